import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { SEARCH_NORMALIZATION_VERSION } from '../../lib/persian'
import { removeEntry, writeEntry } from './indexer'
import { searchSpecOf } from './types'

const PAGE = 200
const NORMALIZATION_KEY = 'normalization'

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

type Executor = { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

/** The normalisation version the index rows were built with; 0 when never recorded. */
export async function indexedNormalizationVersion(payload: Payload): Promise<number> {
  const db = payload.db as unknown as Executor
  const { rows } = await db.drizzle.execute(sql`SELECT value FROM search_meta WHERE key = ${NORMALIZATION_KEY}`)
  return rows.length ? Number(rows[0]!.value) : 0
}

async function recordNormalizationVersion(payload: Payload): Promise<void> {
  const db = payload.db as unknown as Executor
  await db.drizzle.execute(
    sql`INSERT INTO search_meta (key, value) VALUES (${NORMALIZATION_KEY}, ${SEARCH_NORMALIZATION_VERSION})
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
  )
}

/**
 * After the migrations: a database whose records predate the index (or whose index was
 * emptied), or whose index was built with another normalisation (SEARCH_NORMALIZATION_VERSION,
 * src/lib/persian/spelling.ts), gets every record indexed again, and the word list of typos
 * is rebuilt with it. Cheap when there is nothing to do. Returns the number of records indexed.
 */
export async function ensureSearchIndex(payload: Payload): Promise<number> {
  const db = payload.db as unknown as Executor
  const { rows } = await db.drizzle.execute(sql`SELECT EXISTS (SELECT 1 FROM search_index) AS indexed, EXISTS (SELECT 1 FROM letters) AS records`)
  const current = (await indexedNormalizationVersion(payload)) === SEARCH_NORMALIZATION_VERSION
  if (!rows[0]?.records || (rows[0]?.indexed && current)) {
    if (!current) await recordNormalizationVersion(payload)
    return 0
  }
  // Words of the old normalisation would only propose stale near misses.
  if (!current) await db.drizzle.execute(sql`DELETE FROM search_words`)
  const count = await reindexAll(payload)
  await recordNormalizationVersion(payload)
  payload.logger.info(`search index built for ${count} records (normalisation version ${SEARCH_NORMALIZATION_VERSION})`)
  return count
}
