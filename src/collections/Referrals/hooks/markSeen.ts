import type { CollectionAfterReadHook } from 'payload'

import { idOf } from '../../../lib/compare'

/**
 * The first time a recipient opens a referral (a read by id, not a list), it becomes `seen`
 * (an information referral closes). Recorded like any transition, by the recipient.
 */
export const markSeen: CollectionAfterReadHook = async ({ doc, findMany, req }) => {
  const user = req.user
  if (findMany || !user || doc?.state !== 'sent' || req.context.dabirMarkingSeen) return doc
  if (!((doc.to as unknown[]) ?? []).some((u) => idOf(u) === user.id)) return doc
  const updated = await req.payload.update({
    collection: 'referrals',
    id: doc.id,
    data: { state: 'seen' },
    user,
    overrideAccess: false,
    depth: 0,
    context: { dabirMarkingSeen: true },
  })
  return { ...doc, state: updated.state, history: updated.history }
}
