import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf } from '../lib/compare'
import { executeOnRequest } from '../server/sqlOnRequest'
import { levelsClearedBy } from '../lib/security/clearance'
import { canReadContent, canSeeRecord, TOP_SECRET, type Addressee, type Reader, type RecordFacts } from '../lib/security/readRule'

/**
 * The clearance rule for every record type, as Payload access (a `where`, so lists and their
 * counts, population, joins and GraphQL all filter in the database) and as field access (per
 * document, for the content fields). A record type declares which of its fields name its
 * authors and its addressees; later issues add grants (referrals) without touching this file.
 */
export interface ReadSpec {
  /** Fields holding the user who created or registered the record. */
  authorFields: readonly string[]
  /** Polymorphic relationship fields (posts/units) a record is addressed or copied to. */
  addresseeFields?: readonly string[]
  /** What a `where` or `sort` may name (src/hooks/confineContentQueries.ts); nothing else. */
  query?: QueryFields
}

/**
 * The whitelist of a record type's filters and sorts. A path not listed is refused (400, in
 * Persian), at any depth of `and`/`or` (in any case), in REST, GraphQL, the Local API and the
 * `where`/`sort` of joins. A dotted path through a listed relationship (`inReplyTo.subject`) is
 * answered by the related record type's own rule: it becomes `inReplyTo in (ids the reader
 * finds there with `subject …`)`, so it can neither read hidden content nor reveal a related
 * record the reader may not see.
 */
export interface QueryFields {
  /** Header fields: whoever sees a record may filter and sort on them. */
  header: readonly string[]
  /** Content fields: a filter or sort on them only looks at records whose content the reader may read. */
  content: readonly string[]
  /** Why a field is not listed, where a reason helps (e.g. rich text: use the lookup). */
  refusals?: Readonly<Record<string, string>>
}

/** A record type's whitelist with its content rule as a `where` (true: every record it shows). */
export interface QuerySpec extends QueryFields {
  contentWhere: (req: PayloadRequest) => Promise<Where | true>
}

const querySpecs = new Map<string, QuerySpec>()

/** Declares how a record type's filters and sorts are judged (once, beside its read rule). */
export function declareQueries(collection: string, spec: QuerySpec): void {
  querySpecs.set(collection, spec)
}

/** The declared whitelist of a record type, if any. */
export const querySpecOf = (collection: string): QuerySpec | undefined => querySpecs.get(collection)

/** Declares the whitelist of a record type read under `ReadSpec` (its content rule is `contentWhere`). */
export function declareQueriesOf(collection: string, spec: ReadSpec): void {
  if (!spec.query) return
  declareQueries(collection, {
    ...spec.query,
    contentWhere: async (req) => {
      const reader = await readerOf(req, collection)
      return reader ? contentWhere(reader, spec) : { id: { in: [0] } }
    },
  })
}

/** Must query on `req` (the request's transaction), never on a fresh connection. */
type GrantProvider = (req: PayloadRequest, collection: string) => Promise<(number | string)[]>

const grantProviders: GrantProvider[] = []

/** Lets another module grant reads (e.g. a referral grants its record to the recipient). */
export function registerReadGrant(provider: GrantProvider): void {
  grantProviders.push(provider)
}

const activeUser = (req: PayloadRequest) => (req.user && req.user.active !== false ? req.user : null)

/**
 * The reader behind a request, worked out once per request and collection. Addressees (the
 * user's post and the unit it heads: one more query) only when the caller needs them.
 */
export async function readerOf(req: PayloadRequest, collection: string, opts: { addressees?: boolean } = {}): Promise<Reader | null> {
  const user = activeUser(req)
  if (!user) return null
  const cache = ((req.context.dabirReaders as Map<string, Promise<Reader>> | undefined) ??= new Map())
  const key = `${user.id}:${collection}:${opts.addressees ? 'a' : ''}`
  if (!cache.has(key)) cache.set(key, buildReader(req, user, collection, Boolean(opts.addressees)))
  return cache.get(key)!
}

async function buildReader(req: PayloadRequest, user: NonNullable<PayloadRequest['user']>, collection: string, withAddressees: boolean): Promise<Reader> {
  const addressees: Addressee[] = []
  const postId = withAddressees ? idOf((user as { post?: unknown }).post) : null
  if (postId !== null) {
    addressees.push({ relationTo: 'posts', value: postId })
    // On the request's own transaction: a second pooled connection, taken while the request
    // may hold the registry counter's lock, is how a busy pool deadlocks. Two columns by SQL:
    // every access check of every request asks this.
    const found = await executeOnRequest(req, sql`SELECT is_unit_head, unit_id FROM posts WHERE id = ${Number(postId)}`)
    const post = found?.rows[0]
    const unitId = post?.is_unit_head ? idOf(post.unit_id) : null
    if (unitId !== null) addressees.push({ relationTo: 'units', value: unitId })
  }
  const grants = new Set<number | string>()
  for (const provider of grantProviders) for (const id of await provider(req, collection)) grants.add(id)
  return { id: user.id, clearance: user.clearance, addressees, grants }
}

/** `where` for records whose content the reader may read. */
export function contentWhere(reader: Reader, spec: ReadSpec): Where {
  const or: Where[] = [{ classification: { in: levelsClearedBy(reader.clearance) } }]
  if (reader.grants.size) or.push({ id: { in: [...reader.grants] } })
  if (spec.authorFields.length) {
    or.push({
      and: [
        { classification: { not_equals: TOP_SECRET } },
        { or: spec.authorFields.map((field) => ({ [field]: { equals: reader.id } })) },
      ],
    })
  }
  return { or }
}

/** `where` for records the reader may see (content, or the header of what is addressed to them). */
export function visibleWhere(reader: Reader, spec: ReadSpec): Where {
  const addressed = (spec.addresseeFields ?? []).flatMap((field) =>
    reader.addressees.map((to) => ({ [field]: { equals: { relationTo: to.relationTo, value: to.value } } })),
  )
  if (!addressed.length) return contentWhere(reader, spec)
  return {
    or: [contentWhere(reader, spec), { and: [{ classification: { not_equals: TOP_SECRET } }, { or: addressed }] }],
  }
}

/**
 * The same rule as SQL over stored facts (the search index's columns: `classification`,
 * `grant_id`, `authors` integer[], `addressees` text[] of `posts:3`), for queries that rank
 * across record types in one statement. `content` and `visible` mirror contentWhere and
 * visibleWhere; tests hold all three forms to each other.
 */
export function factsSql(reader: Reader, alias: string): { content: SQL; visible: SQL } {
  const col = (name: string) => sql.raw(`${alias}.${name}`)
  const cleared = levelsClearedBy(reader.clearance)
  const grants = [...reader.grants].map(Number).filter(Number.isInteger)
  const me = Number(reader.id)
  const or: SQL[] = []
  if (cleared.length) or.push(sql`${col('classification')} IN (${sql.join(cleared.map((c) => sql`${c}`), sql`, `)})`)
  if (grants.length) or.push(sql`${col('grant_id')} = ANY(${sql.raw(`'{${grants.join(',')}}'::integer[]`)})`)
  or.push(sql`(${col('classification')} <> ${TOP_SECRET} AND ${me} = ANY(${col('authors')}))`)
  const content = sql`(${sql.join(or, sql` OR `)})`
  const mine = reader.addressees.map((a) => `${a.relationTo}:${a.value}`)
  const visible = mine.length
    ? sql`(${content} OR (${col('classification')} <> ${TOP_SECRET} AND ${col('addressees')} && ${textArrayLiteral(mine)}))`
    : content
  return { content, visible }
}

const textArrayLiteral = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`

/** A record's facts for the pure predicates. */
export function factsOf(doc: Record<string, unknown>, spec: ReadSpec): RecordFacts {
  const addressees: Addressee[] = []
  for (const field of spec.addresseeFields ?? []) {
    for (const item of (doc[field] as unknown[] | undefined) ?? []) {
      const rel = item as { relationTo?: string; value?: unknown }
      const value = idOf(rel?.value)
      if (rel?.relationTo && value !== null) addressees.push({ relationTo: rel.relationTo, value })
    }
  }
  return {
    id: doc.id as number | string | undefined,
    classification: doc.classification,
    authors: spec.authorFields.map((field) => idOf(doc[field])),
    addressees,
  }
}

/**
 * What every read of a record type fetches whatever `select` asks for (Payload's
 * `forceSelect`): the facts its read rule and the audit of reads judge a document by — the
 * classification, the author fields, the addressee fields — and `extra` (e.g. the stored dates
 * behind virtual Jalali companions). Without them a read selecting only `subject` of a
 * confidential record would go unaudited, and content field access would judge by missing facts.
 * This is what lets a list view select only its columns (`admin.enableListViewSelectAPI`).
 */
export function ruleSelect(spec: ReadSpec, extra: readonly string[] = []): Record<string, true> {
  const fields = ['classification', ...spec.authorFields, ...(spec.addresseeFields ?? []), ...extra]
  return Object.fromEntries(fields.map((field) => [field, true]))
}

/** Collection read access: what the reader may see. */
export const canSee =
  (collection: string, spec: ReadSpec): Access =>
  async ({ req }) => {
    const reader = await readerOf(req, collection, { addressees: Boolean(spec.addresseeFields?.length) })
    return reader ? visibleWhere(reader, spec) : false
  }

/** Collection access limited to records whose content the reader may read. */
export const canReadContentOf =
  (collection: string, spec: ReadSpec): Access =>
  async ({ req }) => {
    const reader = await readerOf(req, collection)
    return reader ? contentWhere(reader, spec) : false
  }

/**
 * A record being written, not a stored one: Payload's create form computes field permissions
 * with `doc` = the form's initial data (`{ _status: 'draft' }`, or a draft's prefilled fields),
 * which has neither an `id` nor a `createdAt`. Every stored record and every version of one
 * (`version.createdAt`) has them.
 */
export const isUnsavedRecord = (doc: Record<string, unknown>): boolean =>
  (doc.id === undefined || doc.id === null) && (doc.createdAt === undefined || doc.createdAt === null)

/**
 * Field read access for content fields. Without a document (Payload checking whether a field
 * may be queried) it allows the query; the letters' beforeOperation hook then confines such a
 * query to records whose content the reader may read, so it cannot probe hidden ones.
 * A record being written (the create form) is judged with the reader as its author (the
 * server makes them so, src/collections/Letters/hooks/setAuthor.ts): the author reads what
 * they write, up to the clearance rule for top-secret.
 */
export const contentField =
  (collection: string, spec: ReadSpec): FieldAccess =>
  async ({ req, doc }) => {
    const reader = await readerOf(req, collection)
    if (!reader) return false
    if (!doc) return true
    const record = doc as Record<string, unknown>
    if (isUnsavedRecord(record)) {
      const facts = factsOf(record, spec)
      return canReadContent(reader, { ...facts, classification: record.classification ?? 'normal', authors: [reader.id] })
    }
    return canReadContent(reader, factsOf(record, spec))
  }

export { canReadContent, canSeeRecord }
