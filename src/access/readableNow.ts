import type { PayloadRequest, Where } from 'payload'

import { LETTER_READ } from '../collections/Letters/readSpec'
import type { Reader } from '../lib/security/readRule'
import { attachmentsReadBy } from './attachments'
import { contentWhere, readerOf } from './readRule'

/** Record types with a classification, whose copies (audit values, mails) follow their rule: what the reader may read of each. */
const CLASSIFIED: Record<string, (reader: Reader) => Where> = {
  letters: (reader) => contentWhere(reader, LETTER_READ),
  attachments: attachmentsReadBy,
}

/**
 * Whether the reader may read the content of a record *as it is now*: `true`/`false`, or
 * `null` when the record is not a classified record type or no longer exists (a deleted
 * draft), so that the copy is judged by its own level alone. Counts only (no afterRead hooks,
 * so asking is not itself a recorded read); cached for the request.
 */
export async function contentReadableNow(req: PayloadRequest, collection: string | null | undefined, id: unknown): Promise<boolean | null> {
  const readable = collection ? CLASSIFIED[collection] : undefined
  const recordId = Number(id)
  if (!readable || !Number.isInteger(recordId)) return null
  const reader = await readerOf(req, collection!)
  if (!reader) return false
  const cache = ((req.context.dabirReadableNow as Map<string, Promise<boolean | null>> | undefined) ??= new Map())
  const key = `${reader.id}:${collection}:${recordId}`
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const slug = collection as 'letters'
        const found = await req.payload.count({ collection: slug, where: { and: [{ id: { equals: recordId } }, readable(reader)] }, overrideAccess: true, req })
        if (found.totalDocs) return true
        const exists = await req.payload.count({ collection: slug, where: { id: { equals: recordId } }, overrideAccess: true, req })
        return exists.totalDocs ? false : null
      })(),
    )
  }
  return cache.get(key)!
}
