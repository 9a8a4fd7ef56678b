import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { jalaliToUtc, parseJalaliDate } from '../../../lib/jalali'
import { letterMessages } from '../../../lib/letters/messages'

/**
 * A Jalali `senderDateJalali` («۱۴۰۵/۰۹/۰۲») may be sent instead of the ISO `senderDate`. It
 * becomes `senderDate` before anything judges the save, so the permanence rule of a
 * registered letter sees it as the change of `senderDate` it is.
 */
export const readSenderDateJalali: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || typeof data.senderDateJalali !== 'string' || !data.senderDateJalali.trim() || data.senderDate) return data
  const parsed = parseJalaliDate(data.senderDateJalali)
  if (!parsed.ok) throw new APIError(`${letterMessages.senderDateInvalid} ${parsed.error}`, 400, null, true)
  data.senderDate = jalaliToUtc(parsed.value).toISOString()
  return data
}
