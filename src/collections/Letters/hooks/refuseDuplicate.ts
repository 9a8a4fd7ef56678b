import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { jalaliDateOf, tehranDayRange } from '../../../lib/jalali'
import { letterMessages } from '../../../lib/letters/messages'
import { normalizeForSearch } from '../../../lib/persian'
import { lockKey } from '../../../server/rowLock'

/** The sender's number as typed, made comparable (digits, letters, spacing). */
export const senderNumberKey = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? normalizeForSearch(value).replace(/\s*([/\-.])\s*/g, '$1') : null

/**
 * The same incoming letter registered twice (same sender, sender's number and date) is
 * refused with 409 naming the existing number, unless the request marks it deliberate.
 * Registrations of the same key wait for each other (a transaction-level advisory lock on the
 * key, taken before looking), so twins sent at once are refused as if sent one after another.
 */
export const refuseDuplicate: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  data.senderNumberKey = senderNumberKey(merged.senderNumber)
  const registering = data.status === 'registered' && originalDoc?.status !== 'registered'
  if (!registering || merged.kind !== 'incoming' || data.deliberateDuplicate) return data
  const senderId = idOf(merged.sender)
  if (!senderId || !data.senderNumberKey || !merged.senderDate) return data
  const { start, end } = tehranDayRange(jalaliDateOf(new Date(merged.senderDate)))
  await lockKey(req, 'letters:incoming-duplicate', `${senderId}|${data.senderNumberKey}|${start.toISOString()}`)
  const found = await req.payload.find({
    collection: 'letters',
    where: {
      and: [
        { kind: { equals: 'incoming' } },
        { status: { equals: 'registered' } },
        { 'sender.value': { equals: senderId } },
        { 'sender.relationTo': { equals: 'correspondents' } },
        { senderNumberKey: { equals: data.senderNumberKey } },
        { senderDate: { greater_than_equal: start.toISOString() } },
        { senderDate: { less_than: end.toISOString() } },
      ],
    },
    depth: 0,
    limit: 1,
    req,
  })
  const existing = found.docs[0]
  if (!existing) return data
  // The duplicate is named only to those who may see it: a hidden letter is not told by its number.
  const seen = req.user
    ? await req.payload.count({ collection: 'letters', where: { id: { equals: existing.id } }, user: req.user, overrideAccess: false, req })
    : { totalDocs: 0 }
  throw new APIError(seen.totalDocs ? letterMessages.duplicate(existing.registryNumber ?? '') : letterMessages.duplicateHidden, 409, null, true)
}
