import type { CollectionAfterChangeHook } from 'payload'

/**
 * When an incoming letter is registered, the routing rules propose its first referrals. The
 * registration only queues the work (in its own transaction: a rolled-back registration
 * proposes nothing); the job queue does it moments later, so the registry number's lock is
 * not held while the rules run.
 */
export const queueProposals: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const registeredNow = doc.status === 'registered' && (operation === 'create' || previousDoc?.status !== 'registered')
  if (!registeredNow || doc.kind !== 'incoming' || !req.user) return doc
  await req.payload.jobs.queue({ task: 'proposeReferrals', input: { letterId: doc.id, userId: Number(req.user.id) }, req })
  return doc
}
