import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '../../lib/compare'
import { indexText, indexVariants, numberKey } from '../../lib/search'
import { executeOnRequest } from '../sqlOnRequest'
import { searchSpecOf, type SearchEntry } from './types'

const intArray = (values: unknown[]) => {
  const ids = values.map((v) => idOf(v)).filter((v): v is number => v !== null && Number.isInteger(v))
  return sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::integer[]`
}
const textArray = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`

/** Writes (or replaces) a record's index row on the request's transaction. */
export async function writeEntry(req: PayloadRequest, type: string, readAs: string, docId: number, e: SearchEntry): Promise<void> {
  const header = indexText(e.header)
  const content = indexText(e.content)
  const headerVariants = indexVariants(e.header)
  const contentVariants = indexVariants(e.content)
  const date = new Date(e.date)
  await executeOnRequest(
    req,
    sql`INSERT INTO search_index (type, doc_id, title, registry_number, registry_key, sender_key, header_text, content_text, tsv, date,
                                  classification, kind, dossier_id, division_id, sender_ref, grant_collection, grant_id, authors, addressees)
        VALUES (${type}, ${docId}, ${e.title}, ${e.registryNumber ?? null}, ${numberKey(e.registryNumber)}, ${numberKey(e.contentNumber)},
                ${e.header}, ${e.content},
                setweight(to_tsvector('simple', ${header}), 'A') || setweight(to_tsvector('simple', ${content}), 'B')
                  || setweight(to_tsvector('simple', ${headerVariants}), 'C') || setweight(to_tsvector('simple', ${contentVariants}), 'D'),
                ${date.toISOString()}, ${e.classification}, ${e.kind ?? null}, ${e.dossier ?? null}, ${e.division ?? null}, ${e.senderRef ?? null},
                ${readAs}, ${e.grantId ?? docId}, ${intArray(e.authors)}, ${textArray(e.addressees.map((a) => `${a.relationTo}:${a.value}`))})
        ON CONFLICT (type, doc_id) DO UPDATE SET
          title = EXCLUDED.title, registry_number = EXCLUDED.registry_number, registry_key = EXCLUDED.registry_key,
          sender_key = EXCLUDED.sender_key, header_text = EXCLUDED.header_text, content_text = EXCLUDED.content_text,
          tsv = EXCLUDED.tsv, date = EXCLUDED.date, classification = EXCLUDED.classification, kind = EXCLUDED.kind,
          dossier_id = EXCLUDED.dossier_id, division_id = EXCLUDED.division_id, sender_ref = EXCLUDED.sender_ref,
          grant_collection = EXCLUDED.grant_collection, grant_id = EXCLUDED.grant_id, authors = EXCLUDED.authors,
          addressees = EXCLUDED.addressees`,
  )
  // Entries that borrow this record's access (a response on a letter) follow its classification.
  await executeOnRequest(
    req,
    sql`UPDATE search_index SET classification = ${e.classification}
        WHERE grant_collection = ${type} AND grant_id = ${docId} AND type <> ${type} AND classification <> ${e.classification}`,
  )
}

export async function removeEntry(req: PayloadRequest, type: string, docId: number): Promise<void> {
  await executeOnRequest(req, sql`DELETE FROM search_index WHERE type = ${type} AND doc_id = ${docId}`)
}

/** afterChange for a collection that declares `custom.search`. */
export const indexForSearch: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const spec = searchSpecOf(collection)
  if (!spec) return doc
  // The stored record, not `doc`: afterChange gets the saver's view, with fields they may not
  // read (a body above their clearance) stripped, and the index must hold the whole record.
  const stored = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
  const entry = stored ? await spec.entry(stored as Record<string, unknown>, req) : null
  if (entry) await writeEntry(req, collection.slug, spec.readAs ?? collection.slug, Number(doc.id), entry)
  else await removeEntry(req, collection.slug, Number(doc.id))
  return doc
}

/** afterDelete (only drafts are ever deleted): the record leaves the index. */
export const unindexForSearch: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (searchSpecOf(collection)) await removeEntry(req, collection.slug, Number(doc.id))
  return doc
}
