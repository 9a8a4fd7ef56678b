import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { limitMessages } from '../lib/limits/messages'

/**
 * Record ids are PostgreSQL serials: `/api/letters/abc` (or an id of 20 digits) is the client's
 * mistake, a Persian 400, not the database's «invalid input syntax» turned into a 500.
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({ args }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const valid = (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) || (typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id))
  if (!valid) throw new APIError(limitMessages.badId, 400, null, true)
  return args
}
