import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { readerOf } from '../access/readRule'
import { hiddenReferralIds, mayReadReferralContent } from '../access/referrals'
import { idOf } from '../lib/compare'
import { formatJalaliDate, formatJalaliDateTime } from '../lib/jalali'
import { kartablText } from '../lib/kartabl/messages'
import { containsPattern, LIST_STATES, parseKartablQuery, persianLetters, type KartablList, type KartablQuery } from '../lib/kartabl/params'
import { toLatinDigits } from '../lib/persian/digits'
import { isOverdue, type State } from '../lib/referrals'
import { mayTriage } from '../lib/referrals/triage'
import { canSeeRecord, type Reader } from '../lib/security/readRule'
import { ADDRESSED, letterRowFacts } from '../server/letterRows'
import { executeOnRequest } from '../server/sqlOnRequest'
import { unauthorised } from './unauthorised'

/**
 * GET /api/kartabl — the logged-in user's desk, in four lists:
 * - `inbox` (کارتابل): open referrals to me, overdue first, then by deadline;
 * - `done` (انجام‌شده): referrals to me I did or returned, latest first;
 * - `followup` (پیگیری): what I referred (sent on), its state and what came back, latest move first;
 * - `drafts` (پیشنهادها): my referrals not yet sent and, for an office chief, every draft proposed
 *   at registration (the triage) on a paper whose content they may read — any chief may send it.
 *
 * Parameters (anything else is a 400, src/lib/kartabl/params.ts): `list`, `page` (1…100000),
 * `limit` (1…100, default 20), filters `state` (of that list's states), `purpose`,
 * `overdue` (true|false), `q` (registry number, or subject where the reader may read it).
 * With `list`: `{ list, docs, totalDocs, page, limit, totalPages, tabs, counts }`.
 * Without: the summary `{ inbox, sent, counts, tabs }` (inbox filtered as above; `sent`, the
 * open referrals I sent, paged by `sentPage`). `tabs` counts each list unfiltered.
 *
 * Lean SQL on the request rather than Payload finds: the desk is opened all day by everyone,
 * and must answer in well under 50 ms with 10,000 open referrals among a million (see
 * bench/kartabl.ts). No rule is bypassed: the rows are the user's own referrals (what the
 * referrals' read access gives them), each paper's subject is shown only when the read rule —
 * its pure form, with the same reader — lets the user see that paper, a referral's content
 * (instruction, response, return reason, response files) only under src/access/referrals.ts,
 * and the response files and notices are read through the Local API as the user.
 */
const OPEN = sql`r.state IN ('sent', 'seen', 'in-progress')`
const letterOf = sql`(SELECT rec.letters_id FROM referrals_rels rec WHERE rec.parent_id = r.id AND rec.path = 'record' LIMIT 1)`
// Referrals to a user, reached from their own kartabl rows (referral_inbox, kept by the referrals' hook).
// (The kartabl columns are numeric, as Payload makes number fields: cast, or the join cannot use referrals_pkey.)
const toUserFrom = (userId: number) => sql`referral_inbox i JOIN referrals r ON r.id = i.referral_id::int AND i.user_id = ${userId}`
// Open, and not on an archived letter (filed, every action referral done): that leaves the desk.
const INBOX_OPEN = sql`i.state IN ('sent', 'seen', 'in-progress') AND NOT i.archived`

type Row = Record<string, unknown>
type ListSource = { from: unknown; where: unknown; order: unknown }
/** Who is asking: their id, and which drafts are theirs to send (see `draftsOf`). */
type Desk = { userId: number; drafts: unknown }

/**
 * The drafts a user may send: their own and, for an office chief, every proposal made at
 * registration whose paper's content they may read (the referrals' read and update rules).
 */
async function draftsOf(req: PayloadRequest, userId: number): Promise<unknown> {
  const own = sql`r.from_id = ${userId}`
  if (!mayTriage(req.user)) return sql`r.state = 'draft' AND ${own}`
  const hidden = await hiddenReferralIds(req, sql`r.state = 'draft' AND r.proposed`)
  const readable = hidden.length ? sql`r.id NOT IN (${sql.join(hidden.map((id) => sql`${id}`), sql`, `)})` : sql`TRUE`
  return sql`r.state = 'draft' AND (${own} OR (r.proposed AND ${readable}))`
}

/** Where each list's rows come from, and their order. */
function sourceOf(list: KartablList, { userId, drafts }: Desk): ListSource {
  switch (list) {
    case 'inbox':
      return { from: toUserFrom(userId), where: INBOX_OPEN, order: sql`i.deadline ASC NULLS LAST, i.sent_at ASC, i.referral_id ASC` }
    case 'done':
      return { from: toUserFrom(userId), where: sql`i.state IN ('done', 'returned')`, order: sql`r.updated_at DESC, r.id DESC` }
    case 'followup':
      return { from: sql`referrals r`, where: sql`r.from_id = ${userId} AND r.state <> 'draft'`, order: sql`r.updated_at DESC, r.id DESC` }
    case 'drafts':
      return { from: sql`referrals r`, where: drafts, order: sql`r.created_at ASC, r.id ASC` }
  }
}

const rows = async (req: PayloadRequest, query: unknown): Promise<Row[]> => (await executeOnRequest(req, query))?.rows ?? []
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
const and = (parts: unknown[]) => sql.join(parts as never[], sql` AND `)

/** The filters of the query, as SQL over `r` (state, purpose, overdue); text separately. */
function filters(query: KartablQuery): unknown[] {
  const parts: unknown[] = []
  if (query.state) parts.push(sql`r.state::text = ${query.state}`)
  if (query.purpose) parts.push(sql`r.purpose::text = ${query.purpose}`)
  if (query.overdue === true) parts.push(sql`(${OPEN} AND r.deadline < now())`)
  if (query.overdue === false) parts.push(sql`NOT (${OPEN} AND r.deadline IS NOT NULL AND r.deadline < now())`)
  return parts
}

/**
 * The papers of a list matching the text: by registry number (digits as typed, Persian or
 * Latin), or by subject where the reader may see the paper — a subject the reader may not read
 * never decides whether a row is found.
 */
async function lettersMatching(req: PayloadRequest, reader: Reader, source: ListSource, where: unknown, text: string): Promise<number[]> {
  const subject = containsPattern(persianLetters(text))
  const number = containsPattern(toLatinDigits(text))
  const found = await rows(
    req,
    sql`SELECT l.id, l.classification, l.created_by_id, l.registered_by_id, ${ADDRESSED} AS addressed,
               (l.registry_number ILIKE ${number}) AS by_number
        FROM letters l
        WHERE l.id IN (SELECT ${letterOf} FROM ${source.from} WHERE ${where})
          AND (l.registry_number ILIKE ${number} OR translate(l.subject, 'يىك', 'ییک') ILIKE ${subject})`,
  )
  return found.filter((l) => l.by_number === true || canSeeRecord(reader, letterRowFacts(l))).map((l) => Number(l.id))
}

/** One page of referral rows of a source, with their paper, recipients and response files. */
function referralRows(req: PayloadRequest, source: ListSource, where: unknown, limit: number, pageNo: number): Promise<Row[]> {
  return rows(
    req,
    sql`SELECT r.id, r.purpose, r.state, r.instruction, r.response, r.return_reason, r.from_id, r.deadline, r.created_at, r.updated_at,
               ${letterOf} AS letter_id,
               ARRAY(SELECT t.users_id FROM referrals_rels t WHERE t.parent_id = r.id AND t.path = 'to' ORDER BY t."order") AS to_ids,
               ARRAY(SELECT a.attachments_id FROM referrals_rels a WHERE a.parent_id = r.id AND a.path = 'responseAttachments' ORDER BY a."order") AS file_ids
        FROM ${source.from}
        WHERE ${where}
        ORDER BY ${source.order}
        LIMIT ${limit} OFFSET ${(pageNo - 1) * limit}`,
  )
}

/** One page of a list under the query's filters, and how many rows match in all. */
async function listPage(req: PayloadRequest, reader: Reader, list: KartablList, desk: Desk, query: KartablQuery, pageNo: number) {
  const source = sourceOf(list, desk)
  const parts = [source.where, ...filters(query)]
  if (query.q) {
    const ids = await lettersMatching(req, reader, source, and(parts), query.q)
    parts.push(ids.length ? sql`${letterOf} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})` : sql`FALSE`)
  }
  const where = and(parts)
  const [found, [count]] = await Promise.all([
    referralRows(req, source, where, query.limit, pageNo),
    rows(req, sql`SELECT count(*) AS n FROM ${source.from} WHERE ${where}`),
  ])
  return { rows: found, total: Number(count?.n ?? 0) }
}

/** How many rows each list holds, unfiltered: the tabs' counts. */
async function tabCounts(req: PayloadRequest, { userId, drafts }: Desk): Promise<Record<KartablList, number>> {
  const [c] = await rows(
    req,
    sql`SELECT (SELECT count(*) FROM referral_inbox i WHERE i.user_id = ${userId} AND ${INBOX_OPEN}) AS inbox,
               (SELECT count(*) FROM referral_inbox i WHERE i.user_id = ${userId} AND i.state IN ('done', 'returned')) AS done,
               (SELECT count(*) FROM referrals r WHERE r.from_id = ${userId} AND r.state <> 'draft') AS followup,
               (SELECT count(*) FROM referrals r WHERE ${drafts}) AS drafts`,
  )
  return { inbox: Number(c?.inbox ?? 0), done: Number(c?.done ?? 0), followup: Number(c?.followup ?? 0), drafts: Number(c?.drafts ?? 0) }
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
          readable: visible,
          urgency: l.urgency,
          classification: l.classification,
          registeredAtJalali: l.registered_at ? formatJalaliDate(iso(l.registered_at)!) : null,
        },
      ]
    }),
  )
  return { shown, rows: new Map(found.map((l) => [l.id as number, l])) }
}

/** Full names of the people named on a page (senders, recipients); users are readable by every user. */
async function names(req: PayloadRequest, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const found = await rows(req, sql`SELECT id, full_name FROM users WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
  return new Map(found.map((u) => [Number(u.id), String(u.full_name)]))
}

/** The response files the user may read (Local API, as the user), by id: `{ id, title }`. */
async function files(req: PayloadRequest, ids: number[]): Promise<Map<number, { id: number; title: string }>> {
  if (!ids.length) return new Map()
  const found = await req.payload.find({
    collection: 'attachments',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return new Map(found.docs.map((f) => [f.id, { id: f.id, title: String(f.title ?? '') }]))
}

const NOTICE_KINDS = ['referral-done', 'referral-returned'] as const

/** The latest notice to me about each referral's outcome (Local API, as the user). */
async function notices(req: PayloadRequest, userId: number, referralIds: number[]): Promise<Map<number, Row>> {
  if (!referralIds.length) return new Map()
  const found = await req.payload.find({
    collection: 'notifications',
    where: { and: [{ referral: { in: referralIds } }, { to: { equals: userId } }, { kind: { in: [...NOTICE_KINDS] } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const byReferral = new Map<number, Row>()
  for (const n of found.docs) {
    const referral = idOf(n.referral)
    if (referral !== null) byReferral.set(referral, { id: n.id, kind: n.kind, status: n.status, createdAt: n.createdAt, createdAtJalali: formatJalaliDateTime(n.createdAt) })
  }
  return byReferral
}

type Shaped = ReturnType<typeof shape>

function shape(r: Row, paper: Row | undefined, now: Date, content: boolean, people: Map<number, string>, shownFiles: Map<number, { id: number; title: string }>) {
  const deadline = iso(r.deadline)
  const createdAt = iso(r.created_at)!
  const updatedAt = iso(r.updated_at)!
  const toIds = ((r.to_ids as number[] | null) ?? []).map(Number)
  const fromId = r.from_id === null || r.from_id === undefined ? null : Number(r.from_id)
  return {
    id: r.id as number,
    purpose: r.purpose,
    state: r.state,
    // Content of the paper: its readers' and the sender's (src/access/referrals.ts).
    instruction: content ? (r.instruction ?? null) : null,
    response: content ? (r.response ?? null) : null,
    returnReason: content ? (r.return_reason ?? null) : null,
    responseAttachments: content ? ((r.file_ids as number[] | null) ?? []).flatMap((id) => shownFiles.get(Number(id)) ?? []) : [],
    contentShown: content,
    from: fromId,
    fromName: fromId === null ? null : (people.get(fromId) ?? null),
    to: toIds,
    toNames: toIds.map((id) => people.get(id) ?? ''),
    deadline,
    deadlineJalali: deadline ? formatJalaliDate(deadline) : null,
    createdAt,
    createdAtJalali: formatJalaliDate(createdAt),
    createdAtJalaliTime: formatJalaliDateTime(createdAt),
    updatedAt,
    updatedAtJalaliTime: formatJalaliDateTime(updatedAt),
    overdue: isOverdue({ state: r.state as State, deadline }, now),
    record: paper ?? null,
    notice: null as Row | null,
  }
}

/** Shapes a page of rows: papers, names, content under the rule, files and notices as the user. */
async function shapeRows(req: PayloadRequest, reader: Reader, userId: number, list: Row[], withNotices: boolean): Promise<Shaped[]> {
  const letterIds = [...new Set(list.map((r) => r.letter_id).filter((id) => id !== null && id !== undefined).map(Number))]
  const peopleIds = [...new Set(list.flatMap((r) => [r.from_id, ...((r.to_ids as unknown[]) ?? [])]).filter((id) => id !== null && id !== undefined).map(Number))]
  const byId = await papers(req, reader, letterIds)
  const contentOf = await Promise.all(
    list.map((r) => mayReadReferralContent(req, { fromId: r.from_id, letter: byId.rows.get(Number(r.letter_id)) ?? null })),
  )
  const fileIds = [...new Set(list.flatMap((r, i) => (contentOf[i] ? ((r.file_ids as number[] | null) ?? []).map(Number) : [])))]
  const [people, shownFiles, notes] = await Promise.all([
    names(req, peopleIds),
    files(req, fileIds),
    withNotices ? notices(req, userId, list.map((r) => Number(r.id))) : Promise.resolve(new Map<number, Row>()),
  ])
  const now = new Date()
  return list.map((r, i) => ({
    ...shape(r, byId.shown.get(Number(r.letter_id)), now, contentOf[i]!, people, shownFiles),
    notice: notes.get(Number(r.id)) ?? null,
  }))
}

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

export const kartablEndpoint: Endpoint = {
  path: '/kartabl',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || user.active === false) return unauthorised(kartablText.notLoggedIn)
    const parsed = parseKartablQuery(req.searchParams)
    if (!parsed.ok) return badRequest(parsed.message)
    const query = parsed.query
    const userId = Number(user.id)
    const reader = await readerOf(req, 'letters', { addressees: true })
    if (!reader) return unauthorised(kartablText.notLoggedIn)
    const desk: Desk = { userId, drafts: await draftsOf(req, userId) }

    if (query.list) {
      const list = query.list
      const [found, tabs] = await Promise.all([listPage(req, reader, list, desk, query, query.page), tabCounts(req, desk)])
      return Response.json({
        list,
        docs: await shapeRows(req, reader, userId, found.rows, list === 'followup'),
        totalDocs: found.total,
        page: query.page,
        limit: query.limit,
        totalPages: Math.max(1, Math.ceil(found.total / query.limit)),
        states: LIST_STATES[list],
        tabs,
      })
    }

    const sentSource = { from: sql`referrals r`, where: sql`${OPEN} AND r.from_id = ${userId}`, order: sql`r.deadline ASC NULLS LAST, r.created_at ASC, r.id ASC` }
    const [inbox, sentRows, [counts], [sentCount], tabs] = await Promise.all([
      listPage(req, reader, 'inbox', desk, query, query.page),
      referralRows(req, sentSource, sentSource.where, query.limit, query.sentPage),
      rows(
        req,
        sql`SELECT count(*) FILTER (WHERE i.state = 'sent') AS sent,
                   count(*) FILTER (WHERE i.state = 'seen') AS seen,
                   count(*) FILTER (WHERE i.state = 'in-progress') AS in_progress,
                   count(*) FILTER (WHERE i.deadline < now()) AS overdue
            FROM referral_inbox i WHERE i.user_id = ${userId} AND ${INBOX_OPEN}`,
      ),
      rows(req, sql`SELECT count(*) AS by_me FROM referrals r WHERE r.from_id = ${userId} AND ${OPEN}`),
      tabCounts(req, desk),
    ])
    const c = counts ?? {}
    return Response.json({
      inbox: { docs: await shapeRows(req, reader, userId, inbox.rows, false), totalDocs: inbox.total, page: query.page },
      sent: { docs: await shapeRows(req, reader, userId, sentRows, false), totalDocs: Number(sentCount?.by_me ?? 0), page: query.sentPage },
      counts: { sent: Number(c.sent ?? 0), seen: Number(c.seen ?? 0), inProgress: Number(c.in_progress ?? 0), overdue: Number(c.overdue ?? 0) },
      tabs,
    })
  },
}

/**
 * POST /api/kartabl/:id/open — opening a referral's paper from the kartabl. Reads the referral
 * as the user (Local API, their access), which marks it seen when they are a recipient and it is
 * still `sent` (src/collections/Referrals/hooks/markSeen.ts: the letter and the referral are
 * locked before the move, so two clicks at once record one `seen`). Answers `{ id, state,
 * record: { relationTo, id } | null, href }`; 400 for a bad id, 404 (Persian) for a referral
 * the user may not read.
 */
export const kartablOpenEndpoint: Endpoint = {
  path: '/kartabl/:id/open',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || user.active === false) return unauthorised(kartablText.notLoggedIn)
    const id = Number(toLatinDigits(String(req.routeParams?.id ?? '')))
    if (!Number.isInteger(id) || id < 1) return badRequest(kartablText.notFound)
    const doc = await req.payload.findByID({ collection: 'referrals', id, depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!doc) return Response.json({ errors: [{ message: kartablText.notFound }] }, { status: 404 })
    const record = doc.record ? { relationTo: doc.record.relationTo, id: idOf(doc.record.value) } : null
    return Response.json({
      id: doc.id,
      state: doc.state,
      record,
      href: record ? `/admin/collections/${record.relationTo}/${record.id}` : null,
    })
  },
}
