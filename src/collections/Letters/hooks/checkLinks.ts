import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { idOf } from '../../../lib/compare'
import { jalaliDateOf } from '../../../lib/jalali'
import { letterMessages } from '../../../lib/letters/messages'

const bad = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

/** The record as the requesting user may see it (the system sees everything), or null. */
async function asReader(req: PayloadRequest, collection: 'letters' | 'attachments', id: number) {
  const found = await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, req, overrideAccess: !req.user, user: req.user })
  return (found.docs[0] as { status?: string } | undefined) ?? null
}

const dayKey = (d: { jy: number; jm: number; jd: number }) => d.jy * 10000 + d.jm * 100 + d.jd

/**
 * Sender of the right kind, a sender date that is real and not in the future (a Jalali
 * `senderDateJalali` became the ISO date in readSenderDateJalali), links only to registered letters
 * the author may see, and files only the author may read. Hidden and missing answer alike.
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
  const links: Array<[string, unknown[], unknown[]]> = [
    ['inReplyTo', data.inReplyTo ? [data.inReplyTo] : [], originalDoc?.inReplyTo ? [originalDoc.inReplyTo] : []],
    ['follows', Array.isArray(data.follows) ? data.follows : [], Array.isArray(originalDoc?.follows) ? originalDoc.follows : []],
  ]
  for (const [field, values, before] of links) {
    const kept = new Set(before.map(idOf))
    for (const value of values) {
      const id = idOf(value)
      // A link already on the letter was judged when it was made.
      if (id === null || kept.has(id)) continue
      if (selfId !== undefined && id === selfId) bad(letterMessages.linkSelf)
      const linked = await asReader(req, 'letters', id)
      // A letter the author may not see answers exactly as one that does not exist.
      if (!linked) bad(letterMessages.linkMissing(field))
      else if (linked.status === 'draft') bad(letterMessages.linkNotRegistered(field))
    }
  }

  // A file is attached only by someone who may read it (a fresh upload: its uploader), so
  // attaching cannot hand another's upload, or a hidden paper's file, to a new audience.
  const keptFiles = new Set(((originalDoc?.attachments as unknown[] | undefined) ?? []).map(idOf))
  const files = (Array.isArray(data.attachments) ? data.attachments : []).map(idOf).filter((id): id is number => id !== null && !keptFiles.has(id))
  for (const id of files) if (!(await asReader(req, 'attachments', id))) bad(letterMessages.attachmentMissing)
  return data
}
