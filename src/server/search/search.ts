import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { factsSql, readerOf } from '../../access/readRule'
import { formatJalaliDate } from '../../lib/jalali'
import { buildTsQuery, exactTokens, lexiconCandidates, looksLikeNumber, numberKey, queryWords, snippet, typoCandidates, wordForms, type Lexicon, type QueryWords, type SearchParams } from '../../lib/search'
import { clearanceRank } from '../../lib/security/clearance'
import { audit } from '../audit'
import { executeOnRequest } from '../sqlOnRequest'
import { searchSpecOf, type SearchSpec } from './types'

export interface SearchHit {
  type: string
  id: number
  title: string
  registryNumber: string | null
  snippet: string
  date: string
  dateJalali: string
  classification: string
  score: number
  url: string
}

/**
 * Candidates ranked per query: a broader query reports «more than POOL» hits. Finding the newest
 * POOL matches costs about POOL ÷ (the share of letters that match) row checks, so the pool is
 * what keeps a common word under 50 ms in a million letters (docs/benchmarks.md).
 */
export const POOL = 200

/**
 * Added to a hit's score for each query word found in its text exactly as typed: above the text
 * rank (ts_rank of a record is tenths), below the number's own letter (1000).
 */
const EXACT_SPELLING_BONUS = 10

export interface SearchResult {
  docs: SearchHit[]
  totalDocs: number
  /** The query matched more than POOL records: totalDocs is POOL, the hits are the best of the newest POOL. */
  totalIsCapped?: boolean
  page: number
  limit: number
}

/** Record types that declared `custom.search`, by collection slug. */
export function searchableTypes(req: PayloadRequest): Map<string, SearchSpec> {
  const out = new Map<string, SearchSpec>()
  for (const c of req.payload.config.collections) {
    const spec = searchSpecOf(c)
    if (spec) out.set(c.slug, spec)
  }
  return out
}

type Row = Record<string, unknown>
const rows = async (req: PayloadRequest, query: SQL): Promise<Row[]> => (await executeOnRequest(req, query))?.rows ?? []
const list = (values: (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/**
 * What the word list (every indexed word of 3+ letters) says of the query's words, in one
 * round trip: near misses (trigram similarity) of a word it does not hold as written, a typo;
 * and which words begin longer ones, the only ones worth matching as prefixes: a prefix that
 * begins nothing can only mislead the planner into scanning by date through every letter.
 */
async function lexiconOf(req: PayloadRequest, qw: QueryWords): Promise<Lexicon> {
  const words = lexiconCandidates(qw)
  const typos = new Set(typoCandidates(qw))
  const expansions = new Map<string, string[]>()
  const prefixes = new Set<string>()
  if (!words.length) return { expansions, prefixes }
  const found = await rows(
    req,
    sql`SELECT t.term,
               EXISTS (SELECT 1 FROM search_words e WHERE e.word > t.term AND e.word < t.term || chr(1114111) AND left(e.word, length(t.term)) = t.term) AS begins,
               CASE WHEN EXISTS (SELECT 1 FROM search_words e WHERE e.word = t.term) THEN ARRAY[]::text[]
                    ELSE ARRAY(SELECT n.word FROM (SELECT w.word, w.word <-> t.term AS d FROM search_words w WHERE w.word % t.term ORDER BY d LIMIT 6) n WHERE n.d < 0.55
                               GROUP BY n.word ORDER BY min(n.d) LIMIT 3) END AS near
        FROM unnest(ARRAY[${list(words)}]::text[]) AS t(term)`,
  )
  for (const r of found) {
    const term = String(r.term)
    if (r.begins) prefixes.add(term)
    // A word that begins longer ones is typed in part, not misspelt: it matches as a prefix.
    if (typos.has(term) && !r.begins && (r.near as string[]).length) expansions.set(term, r.near as string[])
  }
  return { expansions, prefixes }
}

/** A tree filter (dossier with its sub-dossiers, division with what lies within it). */
const subtree = (table: 'dossiers' | 'divisions', id: number) =>
  sql`(WITH RECURSIVE t(id) AS (SELECT ${id}::int UNION SELECT c.id FROM ${sql.raw(table)} c JOIN t ON c.parent_id = t.id) SELECT id FROM t)`

/**
 * The lookup: every searchable record type in one ranked statement over search_index, limited
 * by the read rule in its SQL form (factsSql) with the same reader as Payload's access, so a
 * hit, its count and its snippet exist only for what the user may see. Content words match
 * only where the user may read the content; elsewhere only the header does.
 */
export async function search(req: PayloadRequest, p: SearchParams, pool = POOL): Promise<SearchResult> {
  const specs = searchableTypes(req)
  const groups = new Map<string, string[]>()
  for (const type of p.types) {
    const readAs = specs.get(type)?.readAs ?? type
    groups.set(readAs, [...(groups.get(readAs) ?? []), type])
  }
  const readable: SQL[] = []
  const visible: SQL[] = []
  // The word list is asked while the readers are worked out (a search runs outside any transaction).
  const qw = queryWords(p.q)
  const lexiconAsked = lexiconOf(req, qw)
  lexiconAsked.catch(() => undefined) // awaited below; not left unhandled if there is no reader
  for (const [readAs, types] of groups) {
    const reader = await readerOf(req, readAs, { addressees: true })
    if (!reader) return { docs: [], totalDocs: 0, page: p.page, limit: p.limit }
    const rule = factsSql(reader, 's')
    const mine = sql`s.grant_collection = ${readAs} AND s.type IN (${list(types)})`
    readable.push(sql`(${mine} AND ${rule.content})`)
    visible.push(sql`(${mine} AND ${rule.visible})`)
  }
  const canRead = sql`(${sql.join(readable, sql` OR `)})`
  const canSee = sql`(${sql.join(visible, sql` OR `)})`

  const lexicon = await lexiconAsked
  const full = buildTsQuery(qw, 'any', lexicon)
  const header = buildTsQuery(qw, 'A', lexicon)
  const key = looksLikeNumber(p.q) ? numberKey(p.q) : null

  const filters: SQL[] = [canSee]
  if (p.from) filters.push(sql`s.date >= ${p.from.toISOString()}`)
  if (p.to) filters.push(sql`s.date < ${p.to.toISOString()}`)
  if (p.kind) filters.push(sql`s.kind = ${p.kind}`)
  if (p.classification) filters.push(sql`s.classification = ${p.classification}`)
  if (p.dossier) filters.push(sql`s.dossier_id IN ${subtree('dossiers', p.dossier)}`)
  if (p.division) filters.push(sql`s.division_id IN ${subtree('divisions', p.division)}`)
  if (p.sender) filters.push(sql`s.sender_ref = ${p.sender}`)

  const numberHit = key ? sql`(s.registry_key = ${key} OR (s.sender_key = ${key} AND ${canRead}))` : sql`false`
  const where = (extra: SQL[]) => sql.join([...filters, ...extra], sql` AND `)
  // Candidates: the number's own letter (by its btree index), and the newest POOL + 1 text
  // (or filter) matches; ranked among themselves. A broad query («استان» in a million letters)
  // so stays bounded: its best hits are looked for among the newest matches, and its count is
  // given as «more than POOL» instead of being counted out.
  const parts: SQL[] = []
  if (key) parts.push(sql`SELECT s.id, s.date, true AS num FROM search_index s WHERE ${where([sql`(s.registry_key = ${key} OR s.sender_key = ${key})`, numberHit])}`)
  let score: SQL = key ? sql`CASE WHEN ${numberHit} THEN 1000 ELSE 0 END` : sql`0::real`
  if (full && header) {
    const fullQuery = sql`to_tsquery('simple', ${full})`
    const headerQuery = sql`to_tsquery('simple', ${header})`
    // The index narrows on the full query (a header-only match is also a full match); the
    // read rule then decides which weights may count: a reader of the content matched the
    // full query already, anyone else must match the header.
    const text = where([sql`s.tsv @@ ${fullQuery}`, sql`(${canRead} OR s.tsv @@ ${headerQuery})`])
    // A corrected typo is an OR of specific words whose frequency the planner overestimates; left
    // to itself it reads letters newest first until it has the pool, through a million of them.
    // OFFSET 0 keeps the limit out of the match, so the GIN index finds all of them first.
    const matches = lexicon.expansions.size
      ? sql`(SELECT s.id, s.date FROM search_index s WHERE ${text} OFFSET 0) s`
      : sql`search_index s WHERE ${text}`
    parts.push(sql`(SELECT s.id, s.date, false AS num FROM ${matches} ORDER BY s.date DESC, s.id DESC LIMIT ${pool + 1})`)
    score = sql`${score} + CASE WHEN ${canRead} THEN ts_rank(s.tsv, ${fullQuery}) ELSE ts_rank(s.tsv, ${headerQuery}) END`
    // The index meets every spelling of a word (spelling.ts); a record that has the query's words
    // as typed still ranks first: one point a word found verbatim in what the reader may read.
    for (const token of exactTokens(p.q)) {
      score = sql`${score} + CASE WHEN strpos(s.header_text, ${token}) > 0 OR (${canRead} AND strpos(s.content_text, ${token}) > 0) THEN ${EXACT_SPELLING_BONUS}::real ELSE 0 END`
    }
  } else if (!key) {
    // Punctuation only is nothing to look for; filters alone list the newest first.
    if (p.q && !(p.from || p.to || p.kind || p.classification || p.dossier || p.division || p.sender)) return { docs: [], totalDocs: 0, page: p.page, limit: p.limit }
    parts.push(sql`(SELECT s.id, s.date, false AS num FROM search_index s WHERE ${where([])} ORDER BY s.date DESC, s.id DESC LIMIT ${pool + 1})`)
  }

  const offset = (p.page - 1) * p.limit
  const found = await rows(
    req,
    sql`WITH pool AS MATERIALIZED (${sql.join(parts, sql` UNION `)}),
        -- The extra candidate only tells that there are more; the number's own letter always stays.
        kept AS (SELECT id FROM pool GROUP BY id ORDER BY bool_or(num) DESC, max(date) DESC, id DESC LIMIT ${pool}),
        ranked AS (
          SELECT s.id, s.date, ${canRead} AS readable, ${score} AS score
          FROM kept JOIN search_index s ON s.id = kept.id
          ORDER BY score DESC, s.date DESC, s.id DESC
          LIMIT ${p.limit} OFFSET ${offset})
        SELECT r.readable, r.score, (SELECT count(DISTINCT id) FROM pool) AS total, s.type, s.doc_id, s.title, s.registry_number, s.date,
               s.classification, s.header_text, CASE WHEN r.readable THEN s.content_text END AS content_text
        FROM ranked r JOIN search_index s ON s.id = r.id
        ORDER BY r.score DESC, r.date DESC, r.id DESC`,
  )
  let total = Number(found[0]?.total ?? 0)
  if (!found.length && p.page > 1) {
    const [c] = await rows(req, sql`SELECT count(DISTINCT id) AS total FROM (${sql.join(parts, sql` UNION `)}) pool`)
    total = Number(c?.total ?? 0)
  }
  const capped = total > pool
  if (capped) total = pool

  const wanted = [...qw.words, ...[...lexicon.expansions.values()].flat(), ...qw.words.slice(1).map((w, i) => qw.words[i] + w)].flatMap((w) => wordForms(w))
  const docs = found.map((r): SearchHit => {
    const date = new Date(r.date as string).toISOString()
    const content = r.content_text as string | null
    const inContent = content ? snippet(content, wanted) : ''
    return {
      type: String(r.type),
      id: Number(r.doc_id),
      title: String(r.title),
      registryNumber: (r.registry_number as string | null) ?? null,
      snippet: inContent.includes('<mark>') || !r.header_text ? inContent : snippet(String(r.header_text), wanted),
      date,
      dateJalali: formatJalaliDate(date),
      classification: String(r.classification),
      score: Math.round(Number(r.score) * 1e4) / 1e4,
      url: `/admin/collections/${String(r.type)}/${Number(r.doc_id)}`,
    }
  })
  // A hit names a classified paper: the same read entry as opening it in a list.
  await Promise.all(
    docs
      .filter((d) => clearanceRank(d.classification) >= clearanceRank('confidential'))
      .map((d) => audit(req, { action: 'read', collection: d.type, id: d.id, classification: d.classification })),
  )
  return { docs, totalDocs: total, ...(capped ? { totalIsCapped: true } : {}), page: p.page, limit: p.limit }
}
