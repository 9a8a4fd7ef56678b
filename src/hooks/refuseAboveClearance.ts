import type { CollectionBeforeChangeHook } from 'payload'

import { messages } from '../messages'
import { clears, isClearanceLevel } from '../lib/security/clearance'
import { refuse } from '../server/refuse'

/**
 * Nobody classifies a record above their own clearance (403): they could not read it back,
 * and a `top-secret` record is the director general's to create. For every record type with a
 * `classification` (letters, attachments). Writes without a user are not a person classifying;
 * nor are the server's own updates of a record no person may update (`createOnly`: an
 * attachment raised to the level of the paper that carries it, whoever saved that paper).
 */
export const refuseAboveClearance =
  (collection: string, opts: { createOnly?: boolean } = {}): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (opts.createOnly && operation !== 'create') return data
    const user = req.user
    const classification = data.classification ?? originalDoc?.classification ?? 'normal'
    const changed = operation === 'create' || classification !== originalDoc?.classification
    // An unknown value is the field validation's to refuse (400), not a clearance matter.
    if (user && changed && isClearanceLevel(classification) && !clears(user.clearance, classification)) {
      await refuse(req, {
        message: messages.classificationAboveClearance,
        status: 403,
        action: operation === 'create' ? 'create' : 'update',
        collection,
        id: originalDoc?.id,
        classification,
      })
    }
    return data
  }
