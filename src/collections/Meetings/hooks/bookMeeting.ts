import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'

import { idOf } from '../../../lib/compare'
import { meetingMessages } from '../../../lib/meetings/messages'
import { BOOKING_STATUSES, type MeetingStatus } from '../../../lib/meetings/options'
import { raceMessages } from '../../../lib/races/messages'
import { refuse } from '../../../server/refuse'
import { executeOnRequest } from '../../../server/sqlOnRequest'

type Invitee = { relationTo?: string; value?: unknown }

/** PostgreSQL's exclusion violation: another meeting already holds the room or the person. */
const EXCLUSION_VIOLATION = '23P01'

const sqlState = (error: unknown): string | undefined => {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.code ?? e?.cause?.code
}

async function run(req: PayloadRequest, query: unknown) {
  const result = await executeOnRequest(req, query, { requireTransaction: true })
  if (!result) throw new APIError(raceMessages.noTransaction, 500, null, true)
  return result
}

/** The people a meeting holds: invited users and the holders of invited posts, each once, in id order. */
async function peopleOf(req: PayloadRequest, invitees: Invitee[]): Promise<number[]> {
  const ids = (kind: string) => invitees.filter((i) => i.relationTo === kind).map((i) => idOf(i.value)).filter((id): id is number => id !== null)
  const people = new Set(ids('users'))
  const posts = ids('posts')
  if (posts.length) {
    const holders = await run(req, sql`SELECT holder_id FROM posts WHERE id IN (${sql.join(posts.map((id) => sql`${id}`), sql`, `)}) AND holder_id IS NOT NULL`)
    for (const row of holders.rows) people.add(Number(row.holder_id))
  }
  return [...people].sort((a, b) => a - b)
}

/**
 * afterChange: the meeting's rows in `meeting_bookings` (its room, each person it holds, over
 * its time), rewritten in the meeting's own transaction. A planned or held meeting holds them;
 * a postponed or cancelled one frees them. The table's exclusion constraints (migration
 * src/migrations/20261130_232950_meetings.ts) refuse an overlap in a room or for a person whatever requests race;
 * the refusal (SQLSTATE 23P01) becomes a Persian 409 naming the meeting in the way, and the
 * whole save rolls back. Rows are written in one order (room, then people by id) so that two
 * bookings wait for each other, never on each other.
 */
export const bookMeeting: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const id = Number(doc.id)
  const holds = BOOKING_STATUSES.includes(doc.status as MeetingStatus)
  const place = holds ? idOf(doc.place) : null
  const people = holds ? await peopleOf(req, (doc.invitees ?? []) as Invitee[]) : []
  const during = sql`tstzrange(${new Date(doc.start).toISOString()}::timestamptz, ${new Date(doc.end).toISOString()}::timestamptz, '[)')`

  await run(req, sql`DELETE FROM meeting_bookings WHERE meeting_id = ${id}`)
  if (!holds) return doc
  const rows = [
    ...(place !== null ? [sql`(${id}, ${place}, NULL, ${during})`] : []),
    ...people.map((person) => sql`(${id}, NULL, ${person}, ${during})`),
  ]
  if (!rows.length) return doc
  // A savepoint, so that after a refusal the transaction can still name the meeting in the way.
  await run(req, sql`SAVEPOINT meeting_booking`)
  try {
    await run(req, sql`INSERT INTO meeting_bookings (meeting_id, place_id, user_id, during) VALUES ${sql.join(rows, sql`, `)}`)
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION) throw error
    await run(req, sql`ROLLBACK TO SAVEPOINT meeting_booking`)
    const conflict = await run(
      req,
      sql`SELECT m.title, extract(epoch FROM m.start) * 1000 AS start_ms, extract(epoch FROM m."end") * 1000 AS end_ms, b.place_id FROM meeting_bookings b JOIN meetings m ON m.id = b.meeting_id
          WHERE b.meeting_id <> ${id} AND b.during && ${during}
            AND (${place !== null ? sql`b.place_id = ${place}` : sql`false`}
                 OR ${people.length ? sql`b.user_id IN (${sql.join(people.map((p) => sql`${p}`), sql`, `)})` : sql`false`})
          ORDER BY (b.place_id IS NULL), m.start LIMIT 1`,
    )
    const other = conflict.rows[0]
    const message = other
      ? meetingMessages.conflict(other.place_id !== null ? 'place' : 'person', String(other.title), new Date(Number(other.start_ms)), new Date(Number(other.end_ms)))
      : raceMessages.changedMeanwhile
    return refuse(req, { message, status: 409, action: operation === 'create' ? 'create' : 'update', collection: 'meetings', id: operation === 'create' ? null : id, classification: doc.classification })
  }
  await run(req, sql`RELEASE SAVEPOINT meeting_booking`)
  return doc
}
