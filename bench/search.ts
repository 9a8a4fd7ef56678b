/**
 * npm run bench:search — the lookup over 1,000,000 letters (BENCH_TOTAL to change).
 *
 * The letters and their index rows are bulk-inserted with SQL (a fast path for seeding only:
 * the same columns the letters' hook writes), with Persian text drawn from the words of the
 * two source documents (and their plural/ezafe forms) by a Zipf-like law, so common words are
 * common and rare ones rare. Then 1,000 mixed queries (one word, two words, a prefix, a typo,
 * a registry number in Persian digits, a word within a date range) go through
 * GET /api/search in-process with an expert's JWT, and the same queries as hand-written SQL on
 * the same GIN index (match, the user's clearance, rank, count, first page) run as the baseline.
 * Prints p50/p95/p99 in ms; targets p95 ≤ 50 ms and ≤ 2× the raw query.
 */
import '../src/server/loadEnv'

import fs from 'fs'
import path from 'path'

import { handleEndpoints } from 'payload'

import { buildTsQuery, numberKey, parseSearchParams, queryWords, searchWords } from '../src/lib/search'
import { isStopWord, toPersianDigits } from '../src/lib/persian'
import { POOL } from '../src/server/search/search'
import { BENCH_PASSWORD, openBenchDatabase, percentile, runBench } from './benchDatabase'
import { projectRoot } from '../src/server/paths'

const TOTAL = Number(process.env.BENCH_TOTAL || 1_000_000)
const QUERIES = Number(process.env.BENCH_QUERIES || 1_000)
const CHUNK = 20_000

/** Vocabulary: the source documents' words, plus the plural and ezafe forms people write. */
function vocabulary(): string[] {
  const dir = path.join(projectRoot, 'tests/fixtures/seeds')
  const base = new Set<string>()
  for (const file of fs.readdirSync(dir)) {
    for (const w of searchWords(fs.readFileSync(path.join(dir, file), 'utf8'))) if (w.length >= 3 && !/\d/.test(w) && !isStopWord(w)) base.add(w)
  }
  const words = [...base]
  // Proper names (villages, people, parties) make most of a registry's distinct words: made
  // here from syllables, and rarer than the common words (they come last in the list).
  const syllables = ['با', 'ری', 'نو', 'ده', 'سا', 'مر', 'دشت', 'آباد', 'کو', 'لا', 'زا', 'فر', 'گل', 'شهر', 'ور', 'تا', 'جان', 'بهار', 'سر', 'کام', 'نیک', 'رود', 'خان', 'پور', 'مهر']
  const names = syllables.flatMap((a) => syllables.flatMap((b) => [a + b, ...syllables.map((c) => a + b + c)]))
  return [...words, ...words.map((w) => `${w}ها`), ...words.map((w) => `${w}ی`), ...words.map((w) => `${w}های`), ...new Set(names)]
}

// Deterministic pseudo-random numbers: the same corpus and the same queries every run (the
// queries have their own sequence, so a run on a kept database asks the same).
const generator = (start: number) => {
  let seed = start
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}
const corpusRandom = generator(1405)
const random = generator(1979)
/**
 * Word frequencies follow Zipf's law, P(rank r) ∝ 1/(r + OFFSET): a text's commonest words are
 * its function words, which the vocabulary leaves out (stop words), so the ranks start past
 * them. The same law picks the corpus words (in SQL) and the query words.
 */
const OFFSET = 100
const zipf = (n: number, rnd = random) => Math.min(n - 1, Math.floor(OFFSET * (Math.pow((n + OFFSET) / OFFSET, rnd()) - 1)))

async function main() {
  const db = await openBenchDatabase()
  const { payload, raw } = db
  const words = vocabulary()
  const users = (await payload.find({ collection: 'users', pagination: false, depth: 0 })).docs
  const me = users.find((u) => u.email === 'expert.political@demo.dabir.ir')!
  const office = users.find((u) => u.email === 'office@demo.dabir.ir')!
  const posts = (await payload.find({ collection: 'posts', pagination: false, depth: 0 })).docs.map((p) => p.id)

  const started = Date.now()
  if (!db.reused) await load()
  console.log(`\nLookup, ${TOTAL.toLocaleString('en')} letters, ${words.length.toLocaleString('en')} words (${db.label}); loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`)

  async function load() {
    await raw.query('ALTER TABLE search_index DISABLE TRIGGER search_words_collect')
    // Seeding fast path: the GIN index is built once after the load, as the migration defines it.
    await raw.query('DROP INDEX search_index_tsv_idx')
    // Texts made here (each word drawn by `zipf`), rows written in batches from arrays.
    const text = (n: number) => Array.from({ length: n }, () => words[zipf(words.length, corpusRandom)]).join(' ')
    const LEVELS = ['normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'confidential', 'confidential', 'highly-confidential', 'secret', 'top-secret']
    const now = Date.now()
    for (let from = 1; from <= TOTAL; from += CHUNK) {
      const seqs = Array.from({ length: Math.min(CHUNK, TOTAL - from + 1) }, (_, i) => from + i)
      await raw.query(
        `WITH g AS (SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) AS g(n, subject, body, classification, at, addressee)),
         l AS (
           INSERT INTO letters (kind, status, classification, urgency, subject, registry_number, registry_number_key, registry_year, registry_seq,
                                registered_at, registered_by_id, created_by_id, archived, updated_at, created_at)
           SELECT 'incoming', 'registered', g.classification::enum_letters_classification, 'normal', g.subject,
                  '1404/و/' || g.n, '1404/و/' || g.n, 1404, g.n, g.at, $7, $7, false, g.at, g.at
           FROM g RETURNING id, registry_seq)
         INSERT INTO search_index (type, doc_id, title, registry_number, registry_key, header_text, content_text, tsv, date, classification, kind,
                                   grant_collection, grant_id, authors, addressees)
         SELECT 'letters', l.id, g.subject, '1404/و/' || g.n, '1404/و/' || g.n, g.subject || E'\\n1404/و/' || g.n, g.body,
                setweight(to_tsvector('simple', g.subject || ' 1404 و ' || g.n), 'A') || setweight(to_tsvector('simple', g.body), 'B'),
                g.at, g.classification, 'incoming', 'letters', l.id, ARRAY[$7]::int[], ARRAY[g.addressee]
         FROM l JOIN g ON g.n = l.registry_seq`,
        [
          seqs,
          seqs.map(() => text(6)),
          seqs.map(() => text(40)),
          seqs.map((n) => LEVELS[n % LEVELS.length]),
          seqs.map((n) => new Date(now - (n % 1500) * 86_400_000 - (n % 977) * 60_000).toISOString()),
          seqs.map((n) => `posts:${posts[n % posts.length]}`),
          office.id,
        ],
      )
      process.stdout.write(`\rloaded ${seqs.at(-1)!.toLocaleString('en')} letters`)
  }
  await raw.query(`INSERT INTO search_words (word) SELECT DISTINCT w FROM unnest($1::text[]) AS w`, [words])
  await raw.query('ALTER TABLE search_index ENABLE TRIGGER search_words_collect')
  await raw.query(`SET maintenance_work_mem = '512MB'`)
  await raw.query('CREATE INDEX search_index_tsv_idx ON search_index USING gin (tsv)')
  for (const table of ['letters', 'search_index', 'search_words']) await raw.query(`VACUUM ANALYZE ${table}`)
  }

  // The mix: what staff type. A word someone looks up is a topic, a name or a place: any word
  // of the vocabulary alike (most are names). The commonest words are measured on their own
  // below ('common word'): they match a large share of the corpus.
  const word = () => words[Math.floor(random() * words.length)]!
  const commonWord = () => words[zipf(200)]!
  const queries: { params: Record<string, string>; kind: string }[] = []
  for (let i = 0; i < QUERIES; i++) {
    const r = random()
    if (r < 0.35) queries.push({ kind: 'one word', params: { q: word() } })
    else if (r < 0.6) queries.push({ kind: 'two words', params: { q: `${word()} ${word()}` } })
    else if (r < 0.7) queries.push({ kind: 'prefix', params: { q: word().slice(0, 4) } })
    else if (r < 0.8) {
      const w = word()
      const at = 1 + Math.floor(random() * (w.length - 2))
      queries.push({ kind: 'typo', params: { q: w.slice(0, at) + 'ک' + w.slice(at + 1) } })
    } else if (r < 0.9) queries.push({ kind: 'registry number', params: { q: toPersianDigits(`1404/و/${1 + Math.floor(random() * TOTAL)}`) } })
    else queries.push({ kind: 'word + dates', params: { q: word(), from: '1404/01/01', to: '1404/06/31' } })
  }
  const common = Array.from({ length: 50 }, () => ({ kind: 'common word', params: { q: commonWord() } }))

  const login = await payload.login({ collection: 'users', data: { email: me.email!, password: BENCH_PASSWORD } })
  const viaRest = async (params: Record<string, string>) => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost:3000/api/search?${new URLSearchParams(params)}`, { headers: { Authorization: `JWT ${login.token}` } }),
    })
    if (response.status !== 200) throw new Error(`search ${response.status}: ${await response.text()}`)
    await response.json()
  }
  // The baseline: the same words as a plain tsquery on the same index, ranked, counted, one page.
  const viaSql = async (params: Record<string, string>) => {
    if (/^[\d۰-۹/و]+$/.test(params.q!)) {
      await raw.query(`SELECT id, doc_id, title FROM search_index WHERE registry_key = $1 AND classification IN ('normal', 'confidential') LIMIT 20`, [numberKey(params.q!)])
      return
    }
    const q = buildTsQuery(queryWords(params.q!), 'any')
    if (!q) return
    const p = parseSearchParams((name) => params[name] ?? null, { types: ['letters'], kinds: [] })
    if (!p.ok) throw new Error(p.error)
    const dates = p.value.from ? `AND date >= '${p.value.from.toISOString()}' AND date < '${p.value.to!.toISOString()}'` : ''
    // The same bounded plan as the endpoint (the newest POOL + 1 matches, ranked; their count),
    // for a user of confidential clearance, without the typo list, snippets or audit.
    await raw.query(
      `WITH pool AS MATERIALIZED (
         SELECT id FROM search_index WHERE tsv @@ to_tsquery('simple', $1) AND classification IN ('normal', 'confidential') ${dates}
         ORDER BY date DESC, id DESC LIMIT ${POOL + 1})
       SELECT s.id, s.doc_id, s.title, ts_rank(s.tsv, to_tsquery('simple', $1)) AS score, (SELECT count(*) FROM pool) AS total
       FROM pool JOIN search_index s ON s.id = pool.id ORDER BY score DESC, s.date DESC LIMIT 20`,
      [q],
    )
  }

  const measure = async (fn: (p: Record<string, string>) => Promise<void>, list = queries) => {
    for (const q of list.slice(0, 20)) await fn(q.params) // warm up
    const times: number[] = []
    const byKind = new Map<string, number[]>()
    for (const q of list) {
      const t = process.hrtime.bigint()
      await fn(q.params)
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      times.push(ms)
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms])
    }
    const slowest = list.map((q, i) => ({ q: q.params, ms: times[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5)
    return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), byKind, slowest }
  }
  const base = await measure(viaSql)
  const api = await measure(viaRest)
  console.log('mode               |  p50 ms |  p95 ms |  p99 ms')
  for (const [mode, r] of [['raw SQL', base], ['GET /api/search', api]] as const) {
    console.log(`${mode.padEnd(18)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p95.toFixed(1).padStart(7)} | ${r.p99.toFixed(1).padStart(7)}`)
  }
  console.log('\nGET /api/search by kind of query (p50 / p95 ms, and the raw p95):')
  for (const [kind, times] of api.byKind) {
    console.log(`  ${kind.padEnd(16)} ${String(times.length).padStart(4)} queries  ${percentile(times, 50).toFixed(1).padStart(6)} / ${percentile(times, 95).toFixed(1).padStart(6)}   raw ${percentile(base.byKind.get(kind)!, 95).toFixed(1).padStart(6)}`)
  }
  console.log('\nslowest through the endpoint:')
  for (const { q, ms } of api.slowest) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${JSON.stringify(q)}`)
  const [commonBase, commonApi] = [await measure(viaSql, common), await measure(viaRest, common)]
  console.log(`  ${'common word'.padEnd(16)} ${String(common.length).padStart(4)} queries  ${commonApi.p50.toFixed(1).padStart(6)} / ${commonApi.p95.toFixed(1).padStart(6)}   raw ${commonBase.p95.toFixed(1).padStart(6)}   (one of the 200 commonest words; not in the mix)`)
  const ratio = api.p95 / base.p95
  console.log(`target p95 ≤ 50 ms: ${api.p95 <= 50 ? 'met' : 'NOT met'}; ≤ 2× the raw query: ${ratio <= 2 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`)
  await db.close()
}

runBench(main)
