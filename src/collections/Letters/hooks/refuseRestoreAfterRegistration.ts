import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { letterMessages } from '../../../lib/letters/messages'

/**
 * A registered or cancelled letter is the registry's record: it is never put back to an earlier
 * version (POST /api/letters/versions/:id), whose copy would silently undo corrections and the
 * numbering. Refused first (409), pointing to «اصلاح», before any field check answers with a
 * technical reason. Payload marks a restore in `req.context.isRestoringVersion`.
 */
export const refuseRestoreAfterRegistration: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!req.context.isRestoringVersion) return data
  const status = (originalDoc as { status?: unknown } | undefined)?.status
  if (status === 'registered' || status === 'cancelled') throw new APIError(letterMessages.restoreRegistered, 409, null, true)
  return data
}
