import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { invitationMail, type InvitationMailKind } from '../../lib/calendar/invitationMail'
import type { CalendarPerson, MeetingInvitationFacts, MeetingInvitationStatus } from '../../lib/calendar/invitation'
import { comparable, idOf, sameValue } from '../../lib/compare'
import type { ClearanceLevel } from '../../lib/security/clearance'
import type { Meeting, Notification } from '../../payload-types'
import { appBaseUrl, queueMail } from '../notify'
import { executeOnRequest } from '../sqlOnRequest'

type Data = Record<string, unknown>
type Invitee = { relationTo?: string; value?: unknown }

/** What a meeting's calendar entry shows: a change of any of these raises its SEQUENCE. */
const after = (data: Data, original: Data | undefined, key: string) => (key in data ? data[key] : original?.[key])
const agendaShape = (agenda: unknown) =>
  (Array.isArray(agenda) ? agenda : []).map((item: Data) => ({ title: String(item?.title ?? '').trim(), presenter: comparable(item?.presenter ?? null) }))
const calendarShape = (get: (key: string) => unknown) =>
  JSON.stringify([
    comparable(get('start')),
    comparable(get('end')),
    idOf(get('place')),
    String(get('outsidePlace') ?? '').trim(),
    agendaShape(get('agenda')),
  ])

/** A meeting's invitations go out while it is planned; postponing or cancelling sends a CANCEL. */
const MAILED_STATUSES = new Set(['planned', 'postponed', 'cancelled'])

/** The context flag of the answer endpoint's save: the only write of `answers`. */
export const ANSWER_CONTEXT = 'meetingAnswer'
export interface AnswerContext {
  user: number
  answer: 'accepted' | 'declined' | 'substitute'
  substitute: string | null
}

/**
 * beforeChange: `sequence` and `answers` are the server's. A new meeting starts at SEQUENCE 0;
 * a change of time, place or agenda, and a move to or from postponed or cancelled, raises it by
 * one (RFC 5545: the invitee's calendar replaces the entry of the same UID only with a higher
 * SEQUENCE). A held meeting's calendar entry is left alone. `answers` changes only through
 * POST /api/meetings/:id/answer (src/endpoints/meetingAnswer.ts), which passes its answer in
 * the request context; the row is locked before it is read (lockBeforeWrite), so two answers
 * at once both stay.
 */
export const keepSequenceAndAnswers: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  const original = (originalDoc ?? undefined) as Data | undefined
  if (operation === 'create') {
    data.sequence = 0
    data.answers = []
    return data
  }
  const previous = Number(original?.sequence ?? 0)
  const status = String(after(data, original, 'status') ?? 'planned')
  const moved = status !== original?.status && MAILED_STATUSES.has(status) && MAILED_STATUSES.has(String(original?.status))
  const changed = calendarShape((key) => after(data, original, key)) !== calendarShape((key) => original?.[key])
  data.sequence = (moved || (changed && status !== 'held')) ? previous + 1 : previous

  const answers = ((original?.answers as Data[] | undefined) ?? []).map((row) => ({ ...row }))
  const answer = context?.[ANSWER_CONTEXT] as AnswerContext | undefined
  if (answer) {
    const row = { user: answer.user, answer: answer.answer, substitute: answer.substitute, answeredAt: new Date().toISOString() }
    const at = answers.findIndex((r) => idOf(r.user) === answer.user)
    if (at >= 0) answers[at] = { ...answers[at], ...row }
    else answers.push(row)
  }
  data.answers = answers
  return data
}

export interface Recipient extends CalendarPerson {
  /** The account, for people inside the system (they get a notification too). */
  user: number | null
  /** The deduplication key's part naming this recipient. */
  key: string
}

const list = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `)

/**
 * Who a meeting's mail goes to: its invited users, the holders of its invited posts, the heads
 * of its invited units (the holder of the unit's head post), and its invited correspondents
 * with an email; each person once, active accounts only.
 */
export async function recipientsOf(req: PayloadRequest, invitees: Invitee[]): Promise<Recipient[]> {
  const ids = (kind: string) => invitees.filter((i) => i.relationTo === kind).map((i) => idOf(i.value)).filter((id): id is number => id !== null)
  const [users, posts, units, correspondents] = [ids('users'), ids('posts'), ids('units'), ids('correspondents')]
  const out: Recipient[] = []
  if (users.length || posts.length || units.length) {
    const found = await executeOnRequest(
      req,
      sql`SELECT DISTINCT u.id, u.full_name, u.email FROM users u
          WHERE u.email IS NOT NULL AND u.email <> '' AND u.active IS NOT FALSE AND (
            ${users.length ? sql`u.id IN (${list(users)})` : sql`false`}
            OR ${posts.length ? sql`u.id IN (SELECT holder_id FROM posts WHERE id IN (${list(posts)}))` : sql`false`}
            OR ${units.length ? sql`u.id IN (SELECT holder_id FROM posts WHERE unit_id IN (${list(units)}) AND is_unit_head)` : sql`false`})
          ORDER BY u.id`,
    )
    for (const row of found?.rows ?? []) out.push({ user: Number(row.id), name: String(row.full_name ?? row.email), email: String(row.email), key: `user-${row.id}` })
  }
  if (correspondents.length) {
    const found = await executeOnRequest(req, sql`SELECT id, name, email FROM correspondents WHERE id IN (${list(correspondents)}) AND email IS NOT NULL AND email <> '' ORDER BY id`)
    const seen = new Set(out.map((r) => r.email.toLowerCase()))
    for (const row of found?.rows ?? []) {
      const email = String(row.email)
      if (seen.has(email.toLowerCase())) continue
      seen.add(email.toLowerCase())
      out.push({ user: null, name: String(row.name ?? email), email, key: `correspondent-${row.id}` })
    }
  }
  return out
}

/** Whether `userId` is invited to the meeting: by name, through the post they hold, or the unit they head. */
export async function isInvitee(req: PayloadRequest, meetingId: number, userId: number): Promise<boolean> {
  const result = await executeOnRequest(
    req,
    sql`SELECT 1 FROM meetings_rels r WHERE r.parent_id = ${meetingId} AND r.path = 'invitees' AND (
          r.users_id = ${userId}
          OR r.posts_id IN (SELECT id FROM posts WHERE holder_id = ${userId})
          OR r.units_id IN (SELECT unit_id FROM posts WHERE holder_id = ${userId} AND is_unit_head)) LIMIT 1`,
  )
  return Boolean(result?.rows.length)
}

/** The host name of this server (from its address in mails): the UID's right-hand side. */
export function serverHost(req: PayloadRequest): string {
  try {
    return new URL(appBaseUrl(req)).hostname || 'localhost'
  } catch {
    return 'localhost'
  }
}

const NOTIFICATION_KINDS: Record<InvitationMailKind, Notification['kind']> = {
  invitation: 'meeting-invitation',
  update: 'meeting-update',
  postponement: 'meeting-postponement',
  cancellation: 'meeting-cancellation',
}

async function nameOf(req: PayloadRequest, rel: Invitee | null | undefined): Promise<string | null> {
  const id = idOf(rel?.value)
  if (!rel?.relationTo || id === null) return null
  const table = { users: 'users', posts: 'posts', correspondents: 'correspondents' }[rel.relationTo]
  const column = { users: 'full_name', posts: 'title', correspondents: 'name' }[rel.relationTo]
  if (!table || !column) return null
  const found = await executeOnRequest(req, sql`SELECT ${sql.identifier(column)} AS name FROM ${sql.identifier(table)} WHERE id = ${id}`)
  const name = found?.rows[0]?.name
  return typeof name === 'string' ? name : null
}

async function calendarFacts(req: PayloadRequest, doc: Meeting, attendees: Recipient[]): Promise<MeetingInvitationFacts> {
  const domain = serverHost(req)
  const placeId = idOf(doc.place)
  const room = placeId === null ? null : await executeOnRequest(req, sql`SELECT name FROM places WHERE id = ${placeId}`)
  const author = idOf(doc.createdBy)
  const organiser = author === null ? null : await executeOnRequest(req, sql`SELECT full_name, email FROM users WHERE id = ${author}`)
  const org = organiser?.rows[0]
  const agenda = []
  for (const item of doc.agenda ?? []) agenda.push({ title: item.title, presenter: await nameOf(req, item.presenter as Invitee | null) })
  return {
    meetingId: doc.id,
    domain,
    sequence: Number(doc.sequence ?? 0),
    title: doc.title,
    start: doc.start,
    end: doc.end,
    place: (room?.rows[0]?.name as string | undefined) ?? doc.outsidePlace ?? null,
    organizer: org?.email ? { name: String(org.full_name ?? org.email), email: String(org.email) } : { name: 'دبیر', email: `dabir@${domain}` },
    attendees: attendees.map(({ name, email }) => ({ name, email })),
    agenda,
    status: doc.status as MeetingInvitationStatus,
    reason: doc.statusReason ?? null,
    classification: (doc.classification ?? 'normal') as ClearanceLevel,
  }
}

/**
 * afterChange (after the booking, so a refused booking sends nothing): the invitation, update,
 * postponement or cancellation mail, with its `.ics`, to each invitee with an email, queued in
 * the meeting's own transaction (a rolled-back save sends nothing). Once per (meeting,
 * SEQUENCE, recipient): a save that changes nothing the calendar shows mails only invitees
 * newly added, who have not had this SEQUENCE. People inside the system find it among their
 * notifications too.
 */
export const queueInvitations: CollectionAfterChangeHook<Meeting> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context?.[ANSWER_CONTEXT]) return doc
  // Nothing the invitees are told of changed, and nobody was added: nothing to mail.
  if (operation === 'update' && previousDoc && previousDoc.sequence === doc.sequence && sameValue(previousDoc.invitees, doc.invitees)) return doc
  const status = doc.status
  if (status === 'held') return doc
  // A postponed or cancelled meeting mails (a CANCEL) only when it moves there.
  if (status !== 'planned' && (operation === 'create' || previousDoc?.status === status)) return doc
  const recipients = await recipientsOf(req, (doc.invitees ?? []) as Invitee[])
  if (!recipients.length) return doc
  const facts = await calendarFacts(req, doc, recipients)
  const link = `${appBaseUrl(req)}/admin/collections/meetings/${doc.id}`
  for (const recipient of recipients) {
    // The system's own question (has this address been invited to this meeting before?), asked
    // to word the mail; the notifications are not the editor's to read, so access is skipped.
    const before = await req.payload.count({
      collection: 'notifications',
      where: { and: [{ meeting: { equals: doc.id } }, { toEmail: { equals: recipient.email } }] },
      req,
      overrideAccess: true,
    })
    const mail = invitationMail({ meeting: facts, recipientName: recipient.name, firstNotice: before.totalDocs === 0, link: recipient.user === null ? null : link })
    await queueMail(req, {
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      icalEvent: mail.icalEvent,
      kind: NOTIFICATION_KINDS[mail.kind],
      to: recipient.user ?? { email: recipient.email },
      meeting: doc.id,
      dedupeKey: `meeting:${doc.id}:${facts.sequence}:${recipient.key}`,
    })
  }
  return doc
}
