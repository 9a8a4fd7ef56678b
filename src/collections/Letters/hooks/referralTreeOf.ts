import type { FieldHook, PayloadRequest } from 'payload'

import { auditContext } from '../../../hooks/audit/context'
import { idOf } from '../../../lib/compare'
import { formatJalaliDate } from '../../../lib/jalali'
import { richTextToPlain } from '../../../lib/letters/text'
import {
  isOverdue,
  PURPOSE_LABELS,
  referralTree,
  STATE_LABELS,
  type ReferralView,
  type State,
  type TreeNode,
} from '../../../lib/referrals'

type Doc = Record<string, unknown>

const name = (u: unknown): string | null => (u && typeof u === 'object' ? ((u as { fullName?: string }).fullName ?? null) : null)
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)
const label = <K extends string>(labels: Record<K, string>, key: unknown): string => labels[key as K] ?? String(key ?? '')

/**
 * The referrals of record `id` of collection `slug` as a tree ({@link ReferralView} nodes), read
 * as the request's user: the referrals' own read access decides which referrals appear (the
 * director general and the office chief follow all; others see those they sent or received) and
 * their field access which content each shows (instruction, response and return reason are null
 * where the reader may not read them). Generic over record types: any collection the referrals'
 * `record` may point at.
 */
export async function loadReferralTree(req: PayloadRequest, slug: string, id: number | string, now = new Date()): Promise<TreeNode<ReferralView>[]> {
  if (!req.user) return []
  const found = await req.payload.find({
    collection: 'referrals',
    where: { and: [{ 'record.relationTo': { equals: slug } }, { 'record.value': { equals: id } }] },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
    select: {
      parent: true, from: true, to: true, purpose: true, state: true, deadline: true, createdAt: true,
      instruction: true, response: true, returnReason: true, history: true,
    },
    // Names only: the people are shown, not their accounts.
    populate: { users: { fullName: true } },
  })
  return referralTree(
    (found.docs as unknown as Doc[]).map((r): ReferralView => {
      const deadline = (r.deadline as string | null | undefined) ?? null
      return {
        id: Number(r.id),
        parent: idOf(r.parent),
        createdAt: String(r.createdAt),
        createdAtJalali: formatJalaliDate(String(r.createdAt)),
        from: name(r.from),
        to: ((r.to as unknown[]) ?? []).map(name),
        purpose: label(PURPOSE_LABELS, r.purpose),
        purposeKey: String(r.purpose ?? ''),
        state: label(STATE_LABELS, r.state),
        stateKey: String(r.state ?? ''),
        instruction: text(r.instruction),
        deadline,
        deadlineJalali: deadline ? formatJalaliDate(deadline) : null,
        overdue: isOverdue({ state: r.state as State, deadline }, now),
        response: richTextToPlain(r.response) === '' ? null : (r.response as Record<string, unknown>),
        returnReason: text(r.returnReason),
        history: ((r.history as Doc[] | undefined) ?? []).map((h) => ({
          state: label(STATE_LABELS, h.state),
          stateKey: String(h.state ?? ''),
          at: (h.at as string | null | undefined) ?? null,
          by: name(h.by),
        })),
      }
    }),
  )
}

/**
 * afterRead of a record's virtual `referralTree`: {@link loadReferralTree} for the reader. Only
 * when one record is opened; a list does not pay for it, and a write's answer does not carry it.
 */
export const referralTreeOf: FieldHook = async ({ collection, findMany, originalDoc, data, req }) => {
  const id = (originalDoc ?? data)?.id
  const slug = collection?.slug
  if (findMany || !req.user || !slug || id === undefined || auditContext(req).operations?.[slug] !== 'read') return undefined
  return loadReferralTree(req, slug, id)
}
