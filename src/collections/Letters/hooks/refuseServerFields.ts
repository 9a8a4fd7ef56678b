import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { letterMessages } from '../../../lib/letters/messages'
import { sameValue } from '../../../lib/compare'
import { SERVER_FIELDS } from '../../../lib/letters/rules'

/**
 * Numbering and audit fields are the server's. A client that sends one is refused (400),
 * not silently ignored; sending back the unchanged value (as the admin form does) is fine.
 */
export const refuseServerFields: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  if (!data || req.context.dabirSystemWrite) return data
  for (const field of SERVER_FIELDS) {
    if (!(field in data)) continue
    const incoming = (data as Record<string, unknown>)[field]
    const current = operation === 'update' ? (originalDoc as Record<string, unknown> | undefined)?.[field] : undefined
    if (!sameValue(incoming, current)) throw new APIError(letterMessages.serverField(field), 400, null, true)
  }
  return data
}
