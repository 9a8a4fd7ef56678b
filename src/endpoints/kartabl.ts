import { sql } from '@payloadcms/db-postgres'
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { readerOf } from '../access/readRule'
import { mayReadReferralContent } from '../access/referrals'
import { formatJalaliDate } from '../lib/jalali'
import { isOverdue, type State } from '../lib/referrals'
import { canSeeRecord, type Reader } from '../lib/security/readRule'
import { ADDRESSED, letterRowFacts } from '../server/letterRows'
import { executeOnRequest } from '../server/sqlOnRequest'
import { unauthorised } from './unauthorised'

const NOT_LOGGED_IN = 'برای دیدن کارتابل وارد شوید.'

/**
 * GET /api/kartabl — the logged-in user's desk: open referrals to them (overdue first, then
 * by deadline), the open referrals they sent, and counts by state.
 *
 * Lean SQL on the request rather than Payload finds: the desk is opened all day by everyone,
 * and must answer in well under 50 ms with 10,000 open referrals among a million (see
 * bench/kartabl.ts). No rule is bypassed: the rows are the user's own referrals (what the
 * referrals' read access gives them), and each paper's subject is shown only when the read
 * rule — its pure form, with the same reader — lets the user see that paper.
 */
const OPEN = sql`r.state IN ('sent', 'seen', 'in-progress')`
// Referrals to a user, reached from their own kartabl rows (referral_inbox, kept by the referrals' hook).
// (The kartabl columns are numeric, as Payload makes number fields: cast, or the join cannot use referrals_pkey.)
const toUserFrom = (userId: number) => sql`referral_inbox i JOIN referrals r ON r.id = i.referral_id::int AND i.user_id = ${userId}`
// Open, and not on an archived letter (filed, every action referral done): that leaves the desk.
const INBOX_OPEN = sql`i.state IN ('sent', 'seen', 'in-progress') AND NOT i.archived`

const pageParam = (value: string | null, fallback: number, max: number) => {
  const n = Number(value ?? fallback)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new APIError('شمارهٔ صفحه یا اندازهٔ صفحه نامعتبر است.', 400, null, true)
  return n
}

type Row = Record<string, unknown>
const rows = async (req: PayloadRequest, query: unknown): Promise<Row[]> => (await executeOnRequest(req, query))?.rows ?? []
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

async function page(req: PayloadRequest, from: unknown, where: unknown, order: unknown, pageNo: number, limit: number) {
  return rows(
    req,
    sql`SELECT r.id, r.purpose, r.state, r.instruction, r.from_id, r.deadline, r.created_at,
               (SELECT rec.letters_id FROM referrals_rels rec WHERE rec.parent_id = r.id AND rec.path = 'record' LIMIT 1) AS letter_id,
               ARRAY(SELECT t.users_id FROM referrals_rels t WHERE t.parent_id = r.id AND t.path = 'to' ORDER BY t."order") AS to_ids
        FROM ${from}
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${limit} OFFSET ${(pageNo - 1) * limit}`,
  )
}

/** The papers of a page of referrals: number always; subject only where the read rule allows. */
async function papers(req: PayloadRequest, reader: Reader, letterIds: number[]): Promise<{ shown: Map<number, Row>; rows: Map<number, Row> }> {
  if (!letterIds.length) return { shown: new Map(), rows: new Map() }
  const ids = sql.join(letterIds.map((id) => sql`${id}`), sql`, `)
  const found = await rows(
    req,
    sql`SELECT l.id, l.registry_number, l.subject, l.urgency, l.classification, l.registered_at, l.created_by_id, l.registered_by_id,
               ${ADDRESSED} AS addressed
        FROM letters l WHERE l.id IN (${ids})`,
  )
  const shown = new Map(
    found.map((l) => {
      const visible = canSeeRecord(reader, letterRowFacts(l))
      return [
        l.id as number,
        {
          relationTo: 'letters',
          id: l.id,
          registryNumber: l.registry_number ?? null,
          subject: visible ? l.subject : null,
          urgency: l.urgency,
          classification: l.classification,
          registeredAtJalali: l.registered_at ? formatJalaliDate(iso(l.registered_at)!) : null,
        },
      ]
    }),
  )
  return { shown, rows: new Map(found.map((l) => [l.id as number, l])) }
}

function shape(r: Row, paper: Row | undefined, now: Date, instructionShown: boolean) {
  const deadline = iso(r.deadline)
  const createdAt = iso(r.created_at)!
  return {
    id: r.id,
    purpose: r.purpose,
    state: r.state,
    // Content of the paper: its readers' and the sender's (src/access/referrals.ts).
    instruction: instructionShown ? (r.instruction ?? null) : null,
    from: r.from_id ?? null,
    to: r.to_ids ?? [],
    deadline,
    deadlineJalali: deadline ? formatJalaliDate(deadline) : null,
    createdAt,
    createdAtJalali: formatJalaliDate(createdAt),
    overdue: isOverdue({ state: r.state as State, deadline }, now),
    record: paper ?? null,
  }
}

export const kartablEndpoint: Endpoint = {
  path: '/kartabl',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || user.active === false) return unauthorised(NOT_LOGGED_IN)
    const params = req.searchParams
    const limit = pageParam(params.get('limit'), 20, 100)
    const inboxPage = pageParam(params.get('page'), 1, 100_000)
    const sentPage = pageParam(params.get('sentPage'), 1, 100_000)
    const userId = Number(user.id)

    const [inboxRows, sentRows, [counts], [sentCount], reader] = await Promise.all([
      page(req, toUserFrom(userId), INBOX_OPEN, sql`i.deadline ASC NULLS LAST, i.sent_at ASC, i.referral_id ASC`, inboxPage, limit),
      page(req, sql`referrals r`, sql`${OPEN} AND r.from_id = ${userId}`, sql`r.deadline ASC NULLS LAST, r.created_at ASC, r.id ASC`, sentPage, limit),
      rows(
        req,
        sql`SELECT count(*) FILTER (WHERE i.state = 'sent') AS sent,
                   count(*) FILTER (WHERE i.state = 'seen') AS seen,
                   count(*) FILTER (WHERE i.state = 'in-progress') AS in_progress,
                   count(*) FILTER (WHERE i.deadline < now()) AS overdue
            FROM referral_inbox i WHERE i.user_id = ${userId} AND ${INBOX_OPEN}`,
      ),
      rows(req, sql`SELECT count(*) AS by_me FROM referrals r WHERE r.from_id = ${userId} AND ${OPEN}`),
      readerOf(req, 'letters', { addressees: true }),
    ])
    if (!reader) return unauthorised(NOT_LOGGED_IN)
    const letterIds = [...new Set([...inboxRows, ...sentRows].map((r) => r.letter_id).filter((id): id is number => typeof id === 'number'))]
    const byId = await papers(req, reader, letterIds)
    const now = new Date()
    const shaped = (list: Row[]) =>
      Promise.all(
        list.map(async (r) => {
          const letter = byId.rows.get(r.letter_id as number) ?? null
          return shape(r, byId.shown.get(r.letter_id as number), now, await mayReadReferralContent(req, { fromId: r.from_id, letter }))
        }),
      )
    const c = counts ?? {}
    const inboxTotal = Number(c.sent ?? 0) + Number(c.seen ?? 0) + Number(c.in_progress ?? 0)
    return Response.json({
      inbox: { docs: await shaped(inboxRows), totalDocs: inboxTotal, page: inboxPage },
      sent: { docs: await shaped(sentRows), totalDocs: Number(sentCount?.by_me ?? 0), page: sentPage },
      counts: { sent: Number(c.sent ?? 0), seen: Number(c.seen ?? 0), inProgress: Number(c.in_progress ?? 0), overdue: Number(c.overdue ?? 0) },
    })
  },
}
