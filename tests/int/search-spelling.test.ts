import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import { SEARCH_NORMALIZATION_VERSION } from '../../src/lib/persian'
import type { User } from '../../src/payload-types'
import { ensureSearchIndex, indexedNormalizationVersion, reindexAll } from '../../src/server/search/reindex'
import { SPELLING_PAIRS } from '../fixtures/spelling-pairs'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { withDemoUsers } from '../helpers/users'
import { incomingRequirements } from '../helpers/letters'

let payload: Payload
let office: User
let token: string
let sender: number
const password = 'spelling-test-password-1405'
const stamp = Date.now().toString(36)
const LETTERS = 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی'
// Words of this run only (Persian letters, so they tokenise like the text around them).
const tag = 'ژ' + [...stamp].map((ch) => LETTERS[parseInt(ch, 36) % 32]).join('')
const tagOf = (i: number) => `${tag}${LETTERS[Math.floor(i / 32)]}${LETTERS[i % 32]}`
type Hit = { id: number; type: string; snippet: string }

const db = () => payload.db as unknown as { drizzle: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> } }

async function register(subject: string, body?: string): Promise<number> {
  const letter = await payload.create({
    collection: 'letters',
    data: {
      kind: 'incoming',
      status: 'registered',
      urgency: 'normal',
      classification: 'normal',
      subject,
      ...incomingRequirements(),
      ...(body ? { body: plainToRichText(body) } : {}),
      sender: { relationTo: 'correspondents', value: sender },
    } as never,
    user: office,
    overrideAccess: false,
  })
  return letter.id
}

async function find(q: string): Promise<Hit[]> {
  const res = await rest('GET', `/api/search?${new URLSearchParams({ q })}`, { token })
  expect(res.status, q).toBe(200)
  return (res.body.docs as Hit[]).filter((d) => d.type === 'letters')
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await payload.create({
    collection: 'users',
    data: { email: `office.${stamp}@spelling.test`, password, fullName: 'آزمون املا', roles: ['secretariat'], clearance: 'secret', active: true } as never,
    overrideAccess: true,
  })
  token = (await rest('POST', '/api/users/login', { body: { email: office.email, password } })).body.token
  sender = (await payload.create({ collection: 'correspondents', data: { name: `فرمانداری آزمون املا ${stamp}`, kind: 'county-governorate' } as never })).id
})

describe('every pair of the spelling table, both ways, through GET /api/search', () => {
  const letters: { a: number; b: number }[] = []
  beforeAll(async () => {
    for (const [i, pair] of SPELLING_PAIRS.entries()) {
      letters[i] = { a: await register(`گزارش ${pair.a} ${tagOf(i)}`), b: await register(`گزارش ${pair.b} ${tagOf(i)}`) }
    }
  })

  it.each(SPELLING_PAIRS.map((p, i) => [p.rule, p.a, p.b, i] as const))('%s: «%s» and «%s» find each other', async (_rule, a, b, i) => {
    const byB = (await find(`${b} ${tagOf(i)}`)).map((h) => h.id)
    const byA = (await find(`${a} ${tagOf(i)}`)).map((h) => h.id)
    expect(byB, `text «${a}», query «${b}»`).toContain(letters[i]!.a)
    expect(byA, `text «${b}», query «${a}»`).toContain(letters[i]!.b)
    if (SPELLING_PAIRS[i]!.exactFirst) {
      // The paper written exactly as the query ranks first.
      expect(byA[0], `query «${a}»`).toBe(letters[i]!.a)
      expect(byB[0], `query «${b}»`).toBe(letters[i]!.b)
    }
  })

  it('a prefix never reaches another spelling: «رای» does not find «رئیس» by its form «رایس»', async () => {
    const head = await register(`نامهٔ رئیس ${tag}پیشوند`)
    const vote = await register(`رایانه و رای ${tag}پیشوند`)
    const ids = (await find(`رای ${tag}پیشوند`)).map((h) => h.id)
    expect(ids).toContain(vote)
    expect(ids).not.toContain(head)
  })

  it('the snippet marks the word in its own spelling, and the stored text keeps it', async () => {
    const id = await register(`صورتجلسه ${tag}نشان`, `جلسهٔ هیأت نظارت با حضور رئیس شورای تأمین برگزار شد. ${tag}نشان`)
    const hit = (await find(`هیئت ${tag}نشان`)).find((h) => h.id === id)!
    expect(hit.snippet).toContain('<mark>هیأت</mark>')
    const stored = await payload.findByID({ collection: 'letters', id, depth: 0 })
    expect(JSON.stringify(stored.body)).toContain('جلسهٔ هیأت نظارت با حضور رئیس شورای تأمین')
  })
})

describe('the index is rebuilt when its normalisation changes', () => {
  it('start records the version; an index of another version is rebuilt at start, one of this version is left alone', async () => {
    expect(await indexedNormalizationVersion(payload)).toBe(SEARCH_NORMALIZATION_VERSION)
    const id = await register(`گزارش رئیس ${tag}نسخه`)
    // As an index built before the spelling table: the words as written only, version 1.
    const stale = `UPDATE search_index SET tsv = to_tsvector('simple', header_text) WHERE type = 'letters' AND doc_id = ${id}`
    await db().drizzle.execute(stale)
    await db().drizzle.execute(`UPDATE search_meta SET value = 1 WHERE key = 'normalization'`)
    expect((await find(`رییس ${tag}نسخه`)).map((h) => h.id)).not.toContain(id)

    expect(await ensureSearchIndex(payload)).toBeGreaterThan(0)
    expect(await indexedNormalizationVersion(payload)).toBe(SEARCH_NORMALIZATION_VERSION)
    expect((await find(`رییس ${tag}نسخه`)).map((h) => h.id)).toContain(id)
    const words = await db().drizzle.execute(`SELECT count(*)::int AS n FROM search_words WHERE word = 'رییس'`)
    expect(Number(words.rows[0]!.n)).toBeGreaterThan(0)

    // Same version: nothing is rebuilt (the stale row stays stale until its record changes).
    await db().drizzle.execute(stale)
    expect(await ensureSearchIndex(payload)).toBe(0)
    expect((await find(`رییس ${tag}نسخه`)).map((h) => h.id)).not.toContain(id)
    await reindexAll(payload)
    expect((await find(`رییس ${tag}نسخه`)).map((h) => h.id)).toContain(id)
  })
})
