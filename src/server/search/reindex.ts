import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { removeEntry, writeEntry } from './indexer'
import { searchSpecOf } from './types'

const PAGE = 200

/**
 * (Re)builds the index rows of every searchable record type from the records themselves: for
 * a database that had records before the index existed, and after a change to what a type
 * puts in the index. A system action: it reads every record to index it, not to show it.
 */
export async function reindexAll(payload: Payload, given?: PayloadRequest): Promise<number> {
  const req = given ?? (await createLocalReq({}, payload))
  let count = 0
  for (const collection of payload.config.collections) {
    const spec = searchSpecOf(collection)
    if (!spec) continue
    for (let page = 1; ; page++) {
      // The whole record, as the system: what the index holds is filtered by the read rule when searched.
      const found = await payload.find({ collection: collection.slug as 'letters', depth: 0, limit: PAGE, page, sort: 'id', overrideAccess: true, req, pagination: true })
      for (const doc of found.docs) {
        const entry = await spec.entry(doc as unknown as Record<string, unknown>, req)
        if (entry) await writeEntry(req, collection.slug, spec.readAs ?? collection.slug, Number(doc.id), entry)
        else await removeEntry(req, collection.slug, Number(doc.id))
        count++
      }
      if (!found.hasNextPage) break
    }
  }
  return count
}

/**
 * After the migrations: a database whose records predate the index (or whose index was
 * emptied) gets every record indexed once. Cheap when there is nothing to do.
 */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }
  const { rows } = await db.drizzle.execute(sql`SELECT EXISTS (SELECT 1 FROM search_index) AS indexed, EXISTS (SELECT 1 FROM letters) AS records`)
  if (rows[0]?.indexed || !rows[0]?.records) return
  const count = await reindexAll(payload)
  payload.logger.info(`search index built for ${count} records`)
}
