import type { PayloadRequest } from 'payload'

import { LETTER_READ } from '../collections/Letters/readSpec'
import { ATTACHMENT_READ } from './attachments'
import { contentWhere, readerOf, type ReadSpec } from './readRule'

/** Record types with a classification, whose copies (audit values, mails) follow their rule. */
const CLASSIFIED: Record<string, ReadSpec> = { letters: LETTER_READ, attachments: ATTACHMENT_READ }

/**
 * Whether the reader may read the content of a record *as it is now*: `true`/`false`, or
 * `null` when the record is not a classified record type or no longer exists (a deleted
 * draft), so that the copy is judged by its own level alone. Counts only (no afterRead hooks,
 * so asking is not itself a recorded read); cached for the request.
 */
export async function contentReadableNow(req: PayloadRequest, collection: string | null | undefined, id: unknown): Promise<boolean | null> {
  const spec = collection ? CLASSIFIED[collection] : undefined
  const recordId = Number(id)
  if (!spec || !Number.isInteger(recordId)) return null
  const reader = await readerOf(req, collection!)
  if (!reader) return false
  const cache = ((req.context.dabirReadableNow as Map<string, Promise<boolean | null>> | undefined) ??= new Map())
  const key = `${reader.id}:${collection}:${recordId}`
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const slug = collection as 'letters'
        const readable = await req.payload.count({ collection: slug, where: { and: [{ id: { equals: recordId } }, contentWhere(reader, spec)] }, overrideAccess: true, req })
        if (readable.totalDocs) return true
        const exists = await req.payload.count({ collection: slug, where: { id: { equals: recordId } }, overrideAccess: true, req })
        return exists.totalDocs ? false : null
      })(),
    )
  }
  return cache.get(key)!
}
