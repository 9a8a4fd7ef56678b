import type { CollectionBeforeDeleteHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { letterMessages } from '../../../lib/letters/messages'
import { refuse } from '../../../server/refuse'

/** Registered and cancelled letters are never deleted, by anyone; drafts only by their author. */
export const refuseDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const letter = await req.payload.findByID({ collection: 'letters', id, depth: 0, req, disableErrors: true })
  if (!letter) return
  const target = { status: 403, action: 'delete', collection: 'letters', id, classification: letter.classification } as const
  if (letter.status !== 'draft') await refuse(req, { ...target, message: letterMessages.deleteRegistered })
  if (req.user && idOf(letter.createdBy) !== req.user.id) await refuse(req, { ...target, message: letterMessages.deleteNotAuthor })
}
