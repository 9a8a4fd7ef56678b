import type { CollectionBeforeChangeHook } from 'payload'

import { messages } from '../messages'
import { clears, isClearanceLevel } from '../lib/security/clearance'
import { refuse } from '../server/refuse'

/**
 * Nobody classifies a record above their own clearance (403): they could not read it back,
 * and a `top-secret` record is the director general's to create. For every record type with a
 * `classification` (letters, attachments). Writes without a user (the system raising an
 * attachment to its letter's level) are not a person classifying.
 */
export const refuseAboveClearance =
  (collection: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
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
