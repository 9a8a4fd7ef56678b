import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { recomputeArchived } from '../../../server/archive'

/** Filing (or unfiling) a letter may archive it (or bring it back). */
export const keepArchived: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && idOf(doc.dossier) === idOf(previousDoc?.dossier)) return doc
  if (operation === 'create' && idOf(doc.dossier) === null) return doc
  return { ...doc, archived: await recomputeArchived(req, doc.id) }
}
