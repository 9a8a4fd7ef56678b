import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { stringify } from 'qs-esm'
import pg from 'pg'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { plainToRichText, richTextToPlain } from '../../src/lib/letters/text'
import { testPayload } from '../helpers/payload'
import { buildWorld, type Who, type World } from '../helpers/queryWorld'
import { graphql, rest } from '../helpers/rest'

/**
 * Non-interference of hidden content with everything a reader can ask.
 *
 * Two databases identical except for the hidden content of papers above the reader's clearance:
 * the world below (state A), and the same world with that content rewritten (state B: the
 * sender's number, its normalised key, the summary and body of each hidden letter; the
 * instruction, response and return reason of referrals on them; the before/after values of
 * audit entries above the reader's clearance). They are one PostgreSQL database switched
 * between the two states by SQL (rows, ids and physical layout otherwise equal), so every
 * query meets both. fast-check generates queries — any path (header, content, dotted through
 * relationships, unknown), nesting with `and`/`or` in any case, operator, value (the hidden
 * values of both states among them), sort; through REST, GraphQL and joins — and each must
 * answer the same (status and body) in both states.
 */
let payload: Payload
let w: World

type Row = Record<string, unknown>
interface Swap {
  table: string
  id: number
  a: Row
  b: Row
}

const run = async (query: ReturnType<typeof sql>) => (await payload.db.drizzle.execute(query)) as unknown as { rows: Row[] }

const LEVEL_ORDER = ['normal', 'confidential', 'highly-confidential', 'secret', 'top-secret']

/** What the reader may not read, and how state B rewrites it. */
async function swapsFor(who: Who): Promise<Swap[]> {
  const hiddenLetters: Record<Who, (keyof World['letters'])[]> = {
    addressee: ['S', 'H', 'T'],
    // The expert was referred the top-secret paper: its content is theirs.
    expert: ['S', 'H'],
    admin: ['C', 'S', 'H', 'T'],
    auditor: ['C', 'S', 'H', 'T'],
    office: ['T'],
    director: [],
  }
  const ids = hiddenLetters[who].map((k) => w.letters[k])
  const swaps: Swap[] = []
  if (ids.length) {
    const list = sql.join(ids.map((id) => sql`${id}`), sql`, `)
    for (const row of (await run(sql`SELECT id, sender_number, sender_number_key, summary, body FROM letters WHERE id IN (${list})`)).rows) {
      swaps.push({
        table: 'letters',
        id: Number(row.id),
        a: { sender_number: row.sender_number, sender_number_key: row.sender_number_key, summary: row.summary, body: row.body },
        b: {
          sender_number: `${row.sender_number}-دیگر`,
          sender_number_key: `${row.sender_number_key}-دیگر`,
          summary: `${row.summary} (دیگر)`,
          body: JSON.parse(JSON.stringify(row.body ?? {}).replace(/متن/g, 'نوشتهٔ دیگر')),
        },
      })
    }
    const me = w.users[who].id
    const referrals = await run(
      sql`SELECT r.id, r.instruction, r.response, r.return_reason FROM referrals r
          JOIN referrals_rels rr ON rr.parent_id = r.id AND rr.path = 'record'
          WHERE rr.letters_id IN (${list}) AND (r.from_id IS NULL OR r.from_id <> ${me})`,
    )
    for (const row of referrals.rows) {
      swaps.push({
        table: 'referrals',
        id: Number(row.id),
        a: { instruction: row.instruction, response: row.response, return_reason: row.return_reason },
        b: { instruction: `${row.instruction ?? ''}-دیگر`, response: plainToRichText(`${richTextToPlain(row.response)}-دیگر`), return_reason: 'علت دیگر' },
      })
    }
  }
  const clearance = w.users[who].clearance as string
  const above = LEVEL_ORDER.slice(LEVEL_ORDER.indexOf(clearance) + 1)
  if (above.length) {
    const levels = sql.join(above.map((l) => sql`${l}`), sql`, `)
    const entries = await run(sql`SELECT id, changes FROM audit_log WHERE id <= ${auditCap} AND classification IN (${levels}) AND changes IS NOT NULL`)
    for (const row of entries.rows) {
      swaps.push({ table: 'audit_log', id: Number(row.id), a: { changes: row.changes }, b: { changes: JSON.parse(JSON.stringify(row.changes).replace(/SN-/g, 'SN-دیگر-').replace(/خلاصهٔ/g, 'چکیدهٔ')) } })
    }
  }
  return swaps
}

/**
 * Writes state A or B, as the database owner: the app's own role may not bypass the audit
 * trail's append-only trigger (that is the point of it), the test's own rewrite must.
 */
async function setState(swaps: Swap[], state: 'a' | 'b') {
  const client = new pg.Client({ connectionString: inject('databaseUri') })
  await client.connect()
  try {
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    for (const swap of swaps) {
      const entries = Object.entries(swap[state])
      const isJson = (column: string) => column === 'body' || column === 'changes' || column === 'response'
      const sets = entries.map(([column], i) => `${column} = $${i + 1}${isJson(column) ? '::jsonb' : ''}`)
      const params = entries.map(([column, value]) => (isJson(column) && value !== null ? JSON.stringify(value) : value))
      await client.query(`UPDATE ${swap.table} SET ${sets.join(', ')} WHERE id = $${entries.length + 1}`, [...params, swap.id])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    await client.end()
  }
}

let auditCap = 0
const WORLD_EPOCH_END = '2026-02-01T00:00:00.000Z'

// ---- the queries -------------------------------------------------------------------------

type Collection = 'letters' | 'referrals' | 'audit-log'

const PATHS: Record<Collection, string[]> = {
  letters: [
    'subject', 'classification', 'status', 'kind', 'registryNumber', 'registeredAt', 'keywords', 'id', 'createdBy', 'inReplyTo', 'dossier',
    'senderNumber', 'senderNumberKey', 'summary', 'attachments', 'detectedReferences', 'body', 'corrections', 'corrections.reason',
    'inReplyTo.senderNumber', 'inReplyTo.summary', 'inReplyTo.subject', 'follows.senderNumber', 'dossier.title', 'inReplyTo.inReplyTo.senderNumber',
    'recipients.value', 'sender.value', 'createdBy.email', 'inReplyTo__senderNumber', 'nosuch', 'referralTree', 'version.senderNumber',
  ],
  referrals: ['state', 'purpose', 'record.value', 'from', 'to', 'instruction', 'response', 'returnReason', 'responseAttachments', 'history.state', 'overdue', 'parent.instruction', 'replyLetter.senderNumber'],
  'audit-log': ['action', 'targetId', 'targetCollection', 'classification', 'outcome', 'changes', 'changes.after.senderNumber', 'changes.after.summary', 'changes.before', 'message', 'actorId'],
}
const SORTS: Record<Collection, string[]> = {
  letters: ['subject', '-subject', 'senderNumber', '-summary', 'registeredAt', '-id', 'body', 'inReplyTo.senderNumber', 'inReplyTo__senderNumber', 'classification,senderNumber', 'nosuch'],
  referrals: ['state', '-instruction', 'response', 'record.value', 'deadline'],
  'audit-log': ['-id', 'changes', 'action', 'classification', 'changes.after.senderNumber'],
}
const GOOD_SORTS: Record<Collection, string[]> = {
  letters: ['subject', '-senderNumber', 'summary', '-summary', 'senderNumberKey', '-registeredAt', 'classification,-senderNumber', 'id'],
  referrals: ['instruction', '-response', 'state', '-returnReason', 'deadline'],
  'audit-log': ['-id', 'action', 'classification', 'targetId'],
}
const OPERATORS = ['equals', 'not_equals', 'like', 'not_like', 'contains', 'in', 'not_in', 'exists', 'greater_than', 'less_than_equal', 'near', 'bogus']

function valuesOf(): string[] {
  const sn = Object.values(w.senderNumbers)
  return [
    ...sn,
    ...sn.map((s) => `${s}-دیگر`),
    w.tag,
    'SN',
    'خلاصهٔ',
    '(دیگر)',
    'متن',
    'دیگر',
    'نامهٔ S',
    'نامهٔ T',
    ...Object.values(w.instructions),
    w.responseOnT,
    'هامش',
    'secret',
    'top-secret',
    'normal',
    'registered',
    'done',
    'true',
    'false',
    String(w.letters.S),
    String(w.letters.T),
    String(w.letters.N),
    'abc',
    '2020-01-01',
    '',
  ]
}

const CASES = ['and', 'or', 'AND', 'OR', 'Or', 'aNd']

const TEXT_OPS = ['equals', 'not_equals', 'like', 'not_like', 'contains', 'in', 'not_in', 'exists']
const CHOICE_OPS = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ID_OPS = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'less_than_equal']

/** Well-formed conditions, by the kind of path: header, content, through relationships. */
function wellFormed(collection: Collection, values: string[]): { paths: string[]; ops: string[]; values: string[] }[] {
  const ids = [...Object.values(w.letters), ...Object.values(w.referrals), w.dossier, w.post, ...Object.values(w.users).map((u) => u.id)].map(String)
  const levels = ['normal', 'confidential', 'highly-confidential', 'secret', 'top-secret']
  // The hidden values of both states, and words of them: a filter that reads them answers differently.
  const sn = Object.values(w.senderNumbers)
  const hidden = [...sn, ...sn.map((s) => `${s}-دیگر`), 'SN-S', 'SN-H', 'SN-T', 'خلاصهٔ S', 'خلاصهٔ T', '(دیگر)', ...Object.values(w.instructions), w.responseOnT, 'دیگر', 'سری']
  if (collection === 'letters')
    return [
      { paths: ['subject', 'registryNumber', 'keywords'], ops: TEXT_OPS, values },
      { paths: ['senderNumber', 'senderNumberKey', 'summary'], ops: TEXT_OPS, values: hidden },
      { paths: ['inReplyTo.senderNumber', 'inReplyTo.summary', 'follows.senderNumber', 'inReplyTo.inReplyTo.senderNumber'], ops: TEXT_OPS, values: hidden },
      // Twice: the probes that matter most.
      { paths: ['senderNumber', 'summary', 'inReplyTo.senderNumber'], ops: ['equals', 'like', 'not_equals', 'in'], values: hidden },
      { paths: ['inReplyTo.subject', 'dossier.title', 'createdBy.email'], ops: TEXT_OPS, values },
      { paths: ['classification', 'inReplyTo.classification'], ops: CHOICE_OPS, values: levels },
      { paths: ['status'], ops: CHOICE_OPS, values: ['draft', 'registered', 'cancelled'] },
      { paths: ['id', 'inReplyTo', 'dossier', 'createdBy', 'follows', 'recipients.value', 'attachments', 'detectedReferences'], ops: ID_OPS.filter((o) => o !== 'greater_than' && o !== 'less_than_equal'), values: ids },
      { paths: ['registeredAt', 'createdAt'], ops: ['greater_than', 'less_than_equal', 'exists'], values: ['2020-01-01', '2026-01-01T00:00:30Z', '2030-01-01'] },
    ]
  if (collection === 'referrals')
    return [
      { paths: ['instruction', 'response', 'returnReason', 'parent.instruction'], ops: TEXT_OPS, values: hidden },
      { paths: ['replyLetter.senderNumber', 'record.value'], ops: ['equals', 'exists', 'in'], values: [...values.slice(0, 8), ...ids] },
      { paths: ['state'], ops: CHOICE_OPS, values: ['sent', 'seen', 'in-progress', 'done', 'recalled', 'returned', 'draft'] },
      { paths: ['from', 'to', 'responseAttachments', 'id'], ops: ['equals', 'not_equals', 'in', 'exists'], values: ids },
    ]
  return [
    { paths: ['changes'], ops: ['exists'], values: ['true', 'false'] },
    // Refused today; a blacklist would let them through. (Twice: the auditor's likeliest probe.)
    { paths: ['changes.after.senderNumber', 'changes.after.summary', 'changes.before.senderNumber'], ops: TEXT_OPS, values: hidden },
    { paths: ['changes.after.senderNumber', 'changes.after.summary'], ops: ['equals', 'like', 'not_equals'], values: hidden },
    { paths: ['classification'], ops: CHOICE_OPS, values: levels },
    { paths: ['targetId', 'message', 'actorEmail'], ops: TEXT_OPS, values: [...values, ...ids] },
    { paths: ['targetCollection'], ops: ['equals', 'not_equals'], values: ['letters', 'referrals'] },
  ]
}

function whereArb(collection: Collection, values: string[]) {
  const build = (path: string, op: string, value: string, second: string, many: boolean) => ({
    [path]: { [op]: op === 'exists' ? (value === 'false' || value === '' ? 'false' : 'true') : (op === 'in' || op === 'not_in') && many ? [value, second] : value },
  })
  const good = fc.oneof(
    ...wellFormed(collection, values).map((kind) =>
      fc
        .record({ path: fc.constantFrom(...kind.paths), op: fc.constantFrom(...kind.ops), value: fc.constantFrom(...kind.values), second: fc.constantFrom(...kind.values), many: fc.boolean() })
        .map(({ path, op, value, second, many }) => build(path, op, value, second, many)),
    ),
  )
  // Anything at all: unknown paths and operators, values of the wrong type.
  const anything = fc
    .record({ path: fc.constantFrom(...PATHS[collection]), op: fc.constantFrom(...OPERATORS), value: fc.constantFrom(...values), many: fc.boolean() })
    .map(({ path, op, value, many }) => ({ [path]: { [op]: (op === 'in' || op === 'not_in') && many ? [value, values[0]] : value } }))
  const leaf = fc.oneof({ arbitrary: good, weight: 20 }, { arbitrary: anything, weight: 1 })
  const { group } = fc.letrec<{ node: Record<string, unknown>; group: Record<string, unknown> }>((tie) => ({
    node: fc.oneof({ maxDepth: 2, depthIdentifier: 'where' }, leaf, tie('group')),
    group: fc
      .record({ key: fc.constantFrom(...CASES), items: fc.array(tie('node'), { minLength: 1, maxLength: 2 }) })
      .map(({ key, items }) => ({ [key]: items })),
  }))
  // Always a group at the top: the case of `and`/`or` is what a blacklist misses.
  return group
}

interface Query {
  door: 'rest' | 'graphql' | 'join-dossier' | 'join-replies' | 'graphql-join'
  where: Record<string, unknown>
  sort?: string
}

function queryArb(collection: Collection, values: string[]): fc.Arbitrary<Query> {
  const doors: Query['door'][] = collection === 'letters' ? ['rest', 'graphql', 'join-dossier', 'join-replies', 'graphql-join'] : ['rest', 'graphql']
  return fc.record({
    door: fc.constantFrom(...doors),
    where: whereArb(collection, values),
    sort: fc.option(fc.oneof({ arbitrary: fc.constantFrom(...GOOD_SORTS[collection]), weight: 6 }, { arbitrary: fc.constantFrom(...SORTS[collection]), weight: 1 }), { nil: undefined }),
  })
}

/** Keeps a query to this world's own records (other test files' rows share the database). */
function scoped(collection: Collection, where: Record<string, unknown>): Record<string, unknown> {
  // The world's letters and referrals were given creation times early in 2026 (beforeAll); every other row is younger.
  if (collection === 'letters' || collection === 'referrals') return { and: [{ createdAt: { less_than: WORLD_EPOCH_END } }, where] }
  const targets = [...Object.values(w.letters), ...Object.values(w.referrals)].map(String)
  return { and: [{ id: { less_than_equal: auditCap } }, { targetId: { in: targets } }, where] }
}

const GRAPHQL: Record<Collection, { list: string; type: string; fields: string }> = {
  letters: { list: 'Letters', type: 'Letter_where', fields: 'id subject senderNumber summary classification' },
  referrals: { list: 'Referrals', type: 'Referral_where', fields: 'id state instruction response' },
  'audit-log': { list: 'AuditLogs', type: 'AuditLog_where', fields: 'id action changes classification' },
}

const NUMERIC_PATHS = new Set(['id', 'inReplyTo', 'dossier', 'createdBy', 'follows', 'attachments', 'detectedReferences', 'from', 'to', 'responseAttachments', 'parent', 'replyLetter', 'actorId'])
const ENUM_PATHS = new Set(['classification', 'status', 'state', 'purpose', 'kind', 'action', 'outcome'])

/**
 * The same query as GraphQL variables: GraphQL's where has only `AND`/`OR`, booleans for
 * `exists`, enum names (`top_secret`) for selects and numbers for ids. A path GraphQL cannot
 * name (dotted) stays as it is and is refused by GraphQL's validation, in both states alike.
 */
function forGraphql(where: unknown, path = ''): unknown {
  if (Array.isArray(where)) return where.map((item) => forGraphql(item, path))
  if (where && typeof where === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(where)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') out[key.toUpperCase()] = forGraphql(value)
      else if (path) out[key] = key === 'exists' ? value === 'true' || value === true : forGraphql(value, path)
      else out[key] = forGraphql(value, key)
    }
    return out
  }
  if (typeof where === 'string' && NUMERIC_PATHS.has(path) && /^\d+$/.test(where)) return Number(where)
  if (typeof where === 'string' && ENUM_PATHS.has(path)) return where.replace(/-/g, '_')
  return where
}

async function ask(who: Who, collection: Collection, query: Query): Promise<unknown> {
  const token = w.tokens[who]
  const where = scoped(collection, query.where)
  switch (query.door) {
    case 'rest': {
      const res = await rest('GET', `/api/${collection}${stringify({ where, sort: query.sort, depth: 0, limit: 100 }, { addQueryPrefix: true })}`, { token })
      return { status: res.status, body: res.body }
    }
    case 'join-dossier':
    case 'join-replies': {
      const join = query.door === 'join-dossier' ? 'letters' : 'repliedBy'
      const path = query.door === 'join-dossier' ? `/api/dossiers/${w.dossier}` : `/api/letters/${w.letters.N}`
      const res = await rest('GET', `${path}${stringify({ depth: 0, joins: { [join]: { where: query.where, sort: query.sort, limit: 100 } } }, { addQueryPrefix: true })}`, { token })
      return { status: res.status, body: res.body?.[join] ?? res.body }
    }
    case 'graphql': {
      const g = GRAPHQL[collection]
      const res = await graphql(`query Q($where: ${g.type}, $sort: String) { ${g.list}(where: $where, sort: $sort, limit: 100) { totalDocs docs { ${g.fields} } } }`, token, { where: forGraphql(where), sort: query.sort })
      return { status: res.status, body: res.body }
    }
    case 'graphql-join': {
      const res = await graphql(
        `query Q($where: Letter_where, $sort: String) { Letter(id: ${w.letters.N}) { repliedBy(where: $where, sort: $sort, limit: 100) { docs { id subject } } } }`,
        token,
        { where: forGraphql(query.where), sort: query.sort },
      )
      return { status: res.status, body: res.body }
    }
  }
}

/** found (some records), empty, refused (4xx or GraphQL errors). */
function outcome(answer: unknown): string {
  const a = answer as { status: number; body: { errors?: unknown[]; totalDocs?: number; docs?: unknown[]; data?: Record<string, { totalDocs?: number; docs?: unknown[]; repliedBy?: { docs: unknown[] } } | null> } }
  if (a.status >= 400 || a.body?.errors?.length) return 'refused'
  const data = a.body?.data ? Object.values(a.body.data)[0] : a.body
  const docs = (data as { docs?: unknown[]; repliedBy?: { docs: unknown[] } } | null)?.docs ?? (data as { repliedBy?: { docs: unknown[] } } | null)?.repliedBy?.docs ?? []
  return docs.length ? 'found' : 'empty'
}

beforeAll(async () => {
  payload = await testPayload()
  w = await buildWorld(payload, 'qni')
  // Distinct creation times: the fallback order never rests on the rows' physical order.
  for (const [table, ids] of [['letters', Object.values(w.letters)], ['referrals', Object.values(w.referrals)]] as const) {
    const list = sql.join(ids.map((id) => sql`${id}`), sql`, `)
    await run(sql`UPDATE ${sql.raw(table)} SET created_at = timestamptz '2026-01-01 00:00:00+00' + id * interval '1 second' WHERE id IN (${list})`)
  }
  auditCap = Number((await run(sql`SELECT max(id) AS id FROM audit_log`)).rows[0]!.id)
})

const READERS: { who: Who; collections: Collection[]; runs: number }[] = [
  { who: 'addressee', collections: ['letters', 'referrals'], runs: 100 },
  { who: 'expert', collections: ['letters'], runs: 120 },
  { who: 'admin', collections: ['letters'], runs: 60 },
  { who: 'auditor', collections: ['audit-log', 'letters'], runs: 80 },
  // The secretariat follows every referral up, but not the content of the top-secret paper's.
  { who: 'office', collections: ['referrals', 'letters'], runs: 60 },
]

describe('what a reader may not read changes no answer they can get', () => {
  for (const [index, { who, collections, runs }] of READERS.entries()) {
    it(`${who}: ${collections.join(' and ')}, REST, GraphQL and joins`, async () => {
      const swaps = await swapsFor(who)
      expect(swaps.length).toBeGreaterThan(0)
      const values = valuesOf()
      const arb = fc.constantFrom(...collections).chain((collection) => queryArb(collection, values).map((query) => ({ collection, query })))
      let different = 0
      const statuses: Record<string, number> = {}
      try {
        await fc.assert(
          fc.asyncProperty(arb, async ({ collection, query }) => {
            await setState(swaps, 'a')
            const a = await ask(who, collection, query)
            await setState(swaps, 'b')
            const b = await ask(who, collection, query)
            if (JSON.stringify(a) !== JSON.stringify(b)) different++
            const status = outcome(a)
            statuses[status] = (statuses[status] ?? 0) + 1
            expect(b).toEqual(a)
          }),
          { numRuns: runs, seed: 1405 + index, endOnFailure: false },
        )
      } finally {
        await setState(swaps, 'a')
      }
      console.log(`non-interference ${who}: ${runs} queries, each in both states; answers by outcome ${JSON.stringify(statuses)}`)
      expect(different).toBe(0)
      // Most queries must be well-formed, and some find something, or the comparison proves little.
      expect(statuses['found'] ?? 0).toBeGreaterThan(0)
      expect(statuses['refused'] ?? 0).toBeLessThan(runs * 0.8)
    })
  }

  it('and the two states really differ for a reader of that content', async () => {
    const swaps = await swapsFor('admin')
    const probe: Query = { door: 'rest', where: { senderNumber: { equals: w.senderNumbers.S } } }
    try {
      await setState(swaps, 'a')
      const a = await ask('director', 'letters', probe)
      await setState(swaps, 'b')
      const b = await ask('director', 'letters', probe)
      expect(b).not.toEqual(a)
    } finally {
      await setState(swaps, 'a')
    }
  })
})
