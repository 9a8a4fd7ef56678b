import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { letterMessages } from '../../../lib/letters/messages'

/** Registered and cancelled letters are never deleted, by anyone; drafts only by their author. */
export const refuseDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const letter = await req.payload.findByID({ collection: 'letters', id, depth: 0, req, disableErrors: true })
  if (!letter) return
  if (letter.status !== 'draft') throw new APIError(letterMessages.deleteRegistered, 403, null, true)
  if (req.user && idOf(letter.createdBy) !== req.user.id) throw new APIError(letterMessages.deleteNotAuthor, 403, null, true)
}
