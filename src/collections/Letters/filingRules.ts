import type { PayloadRequest } from 'payload'

import { idOf } from '../../lib/compare'

type Data = Record<string, unknown>

/**
 * Where a letter files itself when nobody says: each rule proposes a dossier or passes.
 * Later record types add theirs here (a party's letters to the party file's dossier).
 */
export type FilingRule = (req: PayloadRequest, letter: Data) => Promise<number | null>

const dossierOf = async (req: PayloadRequest, letterId: number | null) => {
  if (letterId === null) return null
  // As the writer sees it: a hidden letter's dossier must not leak into the draft.
  const letter = await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: !req.user, user: req.user, disableErrors: true, select: { dossier: true } })
  return idOf(letter?.dossier)
}

/** A reply (عطف) goes where the letter it answers is filed. */
const sameAsRepliedTo: FilingRule = (req, letter) => dossierOf(req, idOf(letter.inReplyTo))

/** A follow-up (پیرو) goes where the first filed letter it follows is. */
const sameAsFollowed: FilingRule = async (req, letter) => {
  for (const earlier of (letter.follows as unknown[] | undefined) ?? []) {
    const dossier = await dossierOf(req, idOf(earlier))
    if (dossier !== null) return dossier
  }
  return null
}

export const FILING_RULES: FilingRule[] = [sameAsRepliedTo, sameAsFollowed]
