import type { CollectionBeforeChangeHook } from 'payload'

import { messages } from '../../../messages'
import { clears, isClearanceLevel } from '../../../lib/security/clearance'
import { refuse } from '../../../server/refuse'

/**
 * Nobody classifies a paper above their own clearance: they could not read it back, and a
 * `top-secret` paper is the director general's to create.
 */
export const checkClassification: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user
  const classification = data.classification ?? originalDoc?.classification ?? 'normal'
  const changed = operation === 'create' || classification !== originalDoc?.classification
  // An unknown value is the field validation's to refuse (400), not a clearance matter.
  if (user && changed && isClearanceLevel(classification) && !clears(user.clearance, classification)) {
    await refuse(req, {
      message: messages.classificationAboveClearance,
      status: 403,
      action: operation === 'create' ? 'create' : 'update',
      collection: 'letters',
      id: originalDoc?.id,
      classification,
    })
  }
  return data
}
