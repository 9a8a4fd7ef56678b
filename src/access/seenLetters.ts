import type { PayloadRequest } from 'payload'

import { LETTER_READ } from '../collections/Letters/readSpec'
import { idOf } from '../lib/compare'
import { readerOf, visibleWhere } from './readRule'

/**
 * Whether the requesting user may see the letter `id` at all (its header, by the read rule),
 * asked as a count (no afterRead hooks, so asking is not itself a recorded read) and cached
 * for the request. Without a user (the system) every letter is seen.
 */
export async function letterSeen(req: PayloadRequest, value: unknown): Promise<boolean> {
  const id = idOf(value)
  if (id === null || !req.user) return true
  const reader = await readerOf(req, 'letters', { addressees: true })
  if (!reader) return false
  const cache = ((req.context.dabirSeenLetters as Map<string, Promise<boolean>> | undefined) ??= new Map())
  const key = `${reader.id}:${id}`
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload
        .count({ collection: 'letters', where: { and: [{ id: { equals: id } }, visibleWhere(reader, LETTER_READ)] }, overrideAccess: true, req })
        .then((found) => found.totalDocs > 0),
    )
  }
  return cache.get(key)!
}
