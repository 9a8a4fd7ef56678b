import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { jalaliDateOf } from '../../../lib/jalali'
import { letterMessages } from '../../../lib/letters/messages'

const bad = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

const dayKey = (d: { jy: number; jm: number; jd: number }) => d.jy * 10000 + d.jm * 100 + d.jd

/**
 * Sender of the right kind, a sender date that is real and not in the future (a Jalali
 * `senderDateJalali` became the ISO date in readSenderDateJalali), and links only to registered letters.
 */
export const checkLinks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind

  if (data.senderDate) {
    const at = new Date(data.senderDate)
    if (Number.isNaN(at.getTime())) bad(letterMessages.senderDateInvalid)
    if (dayKey(jalaliDateOf(at)) > dayKey(jalaliDateOf(new Date()))) bad(letterMessages.senderDateFuture)
  }

  if (data.sender && typeof data.sender === 'object') {
    const relationTo = (data.sender as { relationTo?: string }).relationTo
    if (kind === 'incoming' && relationTo !== 'correspondents') bad(letterMessages.senderMustBeCorrespondent)
    if (kind && kind !== 'incoming' && relationTo !== 'posts') bad(letterMessages.senderMustBePost)
  }

  const selfId = originalDoc?.id
  const links: Array<[string, unknown[]]> = [
    ['inReplyTo', data.inReplyTo ? [data.inReplyTo] : []],
    ['follows', Array.isArray(data.follows) ? data.follows : []],
  ]
  for (const [field, values] of links) {
    for (const value of values) {
      const id = idOf(value)
      if (id === null) continue
      if (selfId !== undefined && id === selfId) bad(letterMessages.linkSelf)
      const found = await req.payload.find({
        collection: 'letters',
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        req,
      })
      const linked = found.docs[0]
      if (!linked) bad(letterMessages.linkMissing(field))
      else if (linked.status === 'draft') bad(letterMessages.linkNotRegistered(field))
    }
  }
  return data
}
