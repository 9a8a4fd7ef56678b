import type { FieldHook } from 'payload'

import { auditContext } from '../../../hooks/audit/context'
import { idOf } from '../../../lib/compare'
import { formatJalaliDate } from '../../../lib/jalali'
import { PURPOSE_LABELS, referralTree, STATE_LABELS, type Purpose, type State } from '../../../lib/referrals'

/**
 * afterRead of the virtual `referralTree`: the paper's referrals as a tree, as far as the
 * reader may see them (the referrals' own read access). Only when one letter is opened; a
 * list does not pay for it.
 */
export const referralTreeOf: FieldHook = async ({ findMany, originalDoc, data, req }) => {
  const id = (originalDoc ?? data)?.id
  // Reading one letter, not answering a write (a new letter has no referrals yet).
  if (findMany || !req.user || id === undefined || auditContext(req).operations?.letters !== 'read') return undefined
  const found = await req.payload.find({
    collection: 'referrals',
    where: { 'record.value': { equals: id } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
    select: { parent: true, from: true, to: true, purpose: true, state: true, deadline: true, createdAt: true, instruction: true },
  })
  const name = (u: unknown) => (u && typeof u === 'object' ? ((u as { fullName?: string }).fullName ?? null) : null)
  return referralTree(
    found.docs.map((r) => ({
      id: r.id,
      parent: idOf(r.parent),
      createdAt: r.createdAt,
      createdAtJalali: formatJalaliDate(r.createdAt),
      from: name(r.from),
      to: (r.to ?? []).map(name),
      purpose: PURPOSE_LABELS[r.purpose as Purpose],
      state: STATE_LABELS[r.state as State],
      instruction: r.instruction ?? null,
      deadlineJalali: r.deadline ? formatJalaliDate(r.deadline) : null,
    })),
  )
}
