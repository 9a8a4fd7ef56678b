import { customType, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { postgresAdapter } from '@payloadcms/db-postgres'

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * One row per searchable record (letters, referrals' responses, and whatever record type
 * declares `custom.search` later): its normalised words as a weighted tsvector (A = header,
 * B = content), the facts the read rule needs, and the filters' columns. Kept by the
 * records' own hooks on their transaction (src/server/search/indexer.ts).
 */
export const searchIndex = pgTable(
  'search_index',
  {
    id: serial('id').primaryKey(),
    type: varchar('type').notNull(),
    docId: integer('doc_id').notNull(),
    title: text('title').notNull(),
    registryNumber: text('registry_number'),
    registryKey: text('registry_key'),
    senderKey: text('sender_key'),
    headerText: text('header_text').notNull(),
    contentText: text('content_text').notNull(),
    tsv: tsvector('tsv').notNull(),
    date: timestamp('date', { withTimezone: true, precision: 3 }).notNull(),
    classification: varchar('classification').notNull(),
    kind: varchar('kind'),
    dossierId: integer('dossier_id'),
    divisionId: integer('division_id'),
    senderRef: varchar('sender_ref'),
    grantCollection: varchar('grant_collection').notNull(),
    grantId: integer('grant_id').notNull(),
    authors: integer('authors').array().notNull(),
    addressees: text('addressees').array().notNull(),
  },
  (t) => [
    uniqueIndex('search_index_type_doc_idx').on(t.type, t.docId),
    index('search_index_tsv_idx').using('gin', t.tsv),
    index('search_index_registry_key_idx').on(t.registryKey),
    index('search_index_sender_key_idx').on(t.senderKey),
    index('search_index_date_idx').on(t.date),
    index('search_index_grant_idx').on(t.grantCollection, t.grantId),
  ],
)

/**
 * Every word the index holds, for typo-tolerant lookups (trigram similarity on a small table).
 * Filled by a trigger on search_index. No unique key on purpose: two registrations bringing
 * the same new word must never wait on each other's transaction (a rare duplicate is harmless).
 */
export const searchWords = pgTable(
  'search_words',
  { id: serial('id').primaryKey(), word: text('word').notNull() },
  (t) => [index('search_words_word_idx').on(t.word), index('search_words_trgm_idx').using('gist', t.word.op('gist_trgm_ops'))],
)

/**
 * Facts about the index as a whole, by key: `normalization` is the SEARCH_NORMALIZATION_VERSION
 * (src/lib/persian/spelling.ts) the rows were built with; a start with another version rebuilds them.
 */
export const searchMeta = pgTable('search_meta', { key: varchar('key').primaryKey(), value: integer('value').notNull() })

/** Adds the search tables to Payload's schema, so migrations create them and push keeps them. */
export const addSearchTables: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, search_index: searchIndex, search_words: searchWords, search_meta: searchMeta },
})
