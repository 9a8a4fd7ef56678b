import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { clearanceRank } from '../../../lib/security/clearance'
import { markCarried } from '../../../hooks/carryAttachments'

/**
 * An attachment is at least as classified as any letter it is attached to, and once a letter
 * carries it, it is no longer its uploader's alone: it follows the letter's rule.
 */
export const classifyAttachments: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = ((doc.attachments ?? []) as unknown[]).map(idOf).filter((id): id is number => id !== null)
  if (!ids.length) return doc
  await markCarried(req, ids)
  const found = await req.payload.find({ collection: 'attachments', where: { id: { in: ids } }, depth: 0, pagination: false, req, overrideAccess: true })
  for (const attachment of found.docs) {
    if (clearanceRank(attachment.classification) < clearanceRank(doc.classification)) {
      await req.payload.update({ collection: 'attachments', id: attachment.id, data: { classification: doc.classification }, req, overrideAccess: true })
    }
  }
  return doc
}
