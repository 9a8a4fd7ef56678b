import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf } from '../lib/compare'
import { clearanceRank, levelsClearedBy } from '../lib/security/clearance'
import { canReadContent } from '../lib/security/readRule'
import { hasRole } from '../lib/security/roles'
import { letterRowFacts } from '../server/letterRows'
import { executeOnRequest } from '../server/sqlOnRequest'
import { declareQueries, readerOf } from './readRule'
import { referralText } from '../collections/Referrals/messages'

/**
 * A referral's instruction (هامش), response, return reason and response files are content of
 * the paper it carries: read only by readers of that paper's content (clearance, a referral of
 * it — which is how its recipients read it —, authorship) and by the referral's own sender, who
 * wrote the instruction. The director general and the office chief follow every referral up,
 * but above their clearance they see its header only. One rule, three forms: per document
 * (field access), as a `where` (filters and sorts), and for SQL readers (the kartabl, via
 * `mayReadReferralContent`).
 */
export const REFERRAL_CONTENT_FIELDS = ['instruction', 'response', 'returnReason', 'responseAttachments'] as const

type Row = Record<string, unknown>
const activeUser = (req: PayloadRequest) => (req.user && req.user.active !== false ? req.user : null)

/** The facts of a referral (its sender, its paper), once per request. */
async function referralFacts(req: PayloadRequest, referralId: number): Promise<Row | null> {
  const cache = ((req.context.dabirReferralFacts as Map<number, Promise<Row | null>> | undefined) ??= new Map())
  if (!cache.has(referralId)) {
    cache.set(
      referralId,
      executeOnRequest(
        req,
        sql`SELECT r.from_id, l.id, l.classification, l.created_by_id, l.registered_by_id
            FROM referrals r
            LEFT JOIN referrals_rels rr ON rr.parent_id = r.id AND rr.path = 'record'
            LEFT JOIN letters l ON l.id = rr.letters_id
            WHERE r.id = ${referralId} LIMIT 1`,
      ).then((result) => result?.rows[0] ?? null),
    )
  }
  return cache.get(referralId)!
}

/** Whether the reader may read a referral's content, from its sender and its paper's row. */
export async function mayReadReferralContent(req: PayloadRequest, row: { fromId: unknown; letter: Row | null }): Promise<boolean> {
  const user = activeUser(req)
  if (!user) return false
  if (row.fromId !== null && row.fromId !== undefined && String(row.fromId) === String(user.id)) return true
  if (!row.letter || row.letter.id === null || row.letter.id === undefined) return false
  const reader = await readerOf(req, 'letters')
  return canReadContent(reader, letterRowFacts(row.letter))
}

/** Field read access of the referral's content fields. */
export const canReadReferralContent: FieldAccess = async ({ req, doc }) => {
  if (!activeUser(req)) return false
  // Without a document Payload asks whether the field may be queried: the whitelist confines that.
  if (!doc) return true
  const id = idOf(doc.id)
  if (id === null) return false
  const facts = await referralFacts(req, id)
  if (!facts) return false
  return mayReadReferralContent(req, { fromId: facts.from_id, letter: facts.id === null ? null : facts })
}

/**
 * Referrals whose content the reader may not read, among those they may list: not theirs as
 * sender, on a paper above their clearance that no grant or authorship opens. Usually few (a
 * reader cleared for everything has none), so the rule is `id not_in […]`. `among` narrows the
 * referrals looked at (SQL over `r`).
 */
export async function hiddenReferralIds(req: PayloadRequest, among: SQL = sql`TRUE`): Promise<number[]> {
  const user = activeUser(req)
  if (!user) return []
  const me = Number(user.id)
  const cleared = levelsClearedBy(user.clearance)
  const aboveClearance = cleared.length ? sql`l.classification NOT IN (${sql.join(cleared.map((c) => sql`${c}`), sql`, `)})` : sql`TRUE`
  const followsAll = hasRole(user, 'director') || hasRole(user, 'secretariat')
  const listed = followsAll ? sql`TRUE` : sql`EXISTS (SELECT 1 FROM referrals_rels t WHERE t.parent_id = r.id AND t.path = 'to' AND t.users_id = ${me})`
  const result = await executeOnRequest(
    req,
    sql`SELECT r.id AS referral_id, l.id, l.classification, l.created_by_id, l.registered_by_id
        FROM referrals r
        JOIN referrals_rels rr ON rr.parent_id = r.id AND rr.path = 'record'
        JOIN letters l ON l.id = rr.letters_id
        WHERE (r.from_id IS NULL OR r.from_id <> ${me}) AND ${aboveClearance} AND ${listed} AND ${among}`,
  )
  const reader = await readerOf(req, 'letters')
  return (result?.rows ?? []).filter((row) => !canReadContent(reader, letterRowFacts(row))).map((row) => Number(row.referral_id))
}

/** `where` of referrals whose content the reader may read. */
export async function referralContentWhere(req: PayloadRequest): Promise<Where | true> {
  // The top of the ladder reads every paper's content; no list to build.
  if (clearanceRank(req.user?.clearance) === clearanceRank('top-secret')) return true
  const hidden = await hiddenReferralIds(req)
  return hidden.length ? { id: { not_in: hidden } } : true
}

// What a referral's filters and sorts may name: its header; its content only under the rule.
declareQueries('referrals', {
  header: ['id', 'record', 'from', 'to', 'toPost', 'toUnit', 'purpose', 'deadline', 'state', 'proposed', 'replyLetter', 'parent', 'createdAt', 'updatedAt'],
  // The response is rich text, as a letter's body: found through the lookup (/api/search), not filters.
  content: REFERRAL_CONTENT_FIELDS.filter((field) => field !== 'response'),
  refusals: { response: referralText.responseNotQueryable },
  contentWhere: referralContentWhere,
})
