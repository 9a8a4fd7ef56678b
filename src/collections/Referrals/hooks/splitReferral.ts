import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

/**
 * One referral per recipient. A referral sent to several people at once («ارجاع» to both
 * deputies) is stored as one referral for the first and a sibling for each of the others, made
 * in the same transaction with the same paper, parent, purpose, instruction and deadline: each
 * recipient sees, answers, returns or finishes their own, and the sender follows each one up
 * (as in office automation: a referral's state is one person's work). A draft keeps its list
 * until it is sent; sending it splits it the same way.
 *
 * prepareReferral (beforeChange) keeps the first recipient on the document and leaves the rest
 * here, under a request-context key that this hook takes (and clears) before it creates the
 * siblings, so a sibling never splits again.
 */
const PENDING = 'dabirReferralSiblings'

interface Pending {
  /** The recipients after the first, as resolved and checked by prepareReferral. */
  recipients: number[]
  /** What each sibling is created with (besides its recipient). */
  data: {
    record: unknown
    purpose: unknown
    instruction?: unknown
    parent?: unknown
    /** Only a deadline the sender gave: otherwise each sibling counts its own default, the same day. */
    deadline?: unknown
  }
}

/** Called by prepareReferral when `recipients` has more than one person: keeps the rest for later. */
export function keepSiblingsForLater(req: PayloadRequest, pending: Pending): void {
  req.context[PENDING] = pending
}

export const createSiblingReferrals: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = req.context[PENDING] as Pending | undefined
  if (!pending) return doc
  delete req.context[PENDING]
  const siblings: number[] = []
  for (const recipient of pending.recipients) {
    const sibling = await req.payload.create({
      collection: 'referrals',
      data: { ...pending.data, to: [recipient], state: 'sent' } as never,
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    siblings.push(sibling.id)
  }
  return { ...doc, siblings }
}
