import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatJalaliDate } from '../../src/lib/jalali'
import { plainToRichText } from '../../src/lib/letters/text'
import { toPersianDigits } from '../../src/lib/persian'
import type { Letter } from '../../src/payload-types'
import { parseSearchParams } from '../../src/lib/search'
import { ensureSearchIndex } from '../../src/server/search/reindex'
import { search } from '../../src/server/search/search'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
let otherSender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
// A word of this run only (Persian letters, so it tokenises like the text around it).
const tag = 'ژ' + [...Date.now().toString(36)].map((ch) => 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی'[parseInt(ch, 36) % 32]).join('')

// Filing-plan codes of this run (up to four digits), clear of the other files' codes.
const dossierBase = 5000 + (Date.now() % 4000)
const register = (data: Record<string, unknown>, as = 'office') => registerIncoming(payload, sender, data, as)
type Hit = { type: string; id: number; title: string; registryNumber: string | null; snippet: string; date: string; dateJalali: string; classification: string; score: number }

async function find(as: string, params: Record<string, string>) {
  const res = await rest('GET', `/api/search?${new URLSearchParams(params)}`, { token: await tokenFor(as) })
  return res as { status: number; body: { docs: Hit[]; totalDocs: number; page: number; limit: number; errors?: { message: string }[] } }
}
const ids = (docs: Hit[], type = 'letters') => docs.filter((d) => d.type === type).map((d) => d.id)
const postOf = async (key: string) => (await payload.find({ collection: 'posts', where: { key: { equals: key } }, depth: 0, limit: 1 })).docs[0]!

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری مرودشت', kind: 'county-governorate' } })).id
  otherSender = (await payload.create({ collection: 'correspondents', data: { name: 'استانداری', kind: 'organisation' } })).id
})

describe('Persian-normalised matching', () => {
  let stored: Letter
  beforeAll(async () => {
    stored = await register({ subject: `گزارش کمیتهٔ یکم ${tag}`, body: plainToRichText(`متن آیین‌نامهٔ اجرایی که برای هماهنگی ابلاغ میشود. ${tag}`) })
  })

  it('a query typed with Arabic ي/ك finds text stored with Persian ی/ک', async () => {
    const res = await find('office', { q: `كميته ${tag}` })
    expect(res.status).toBe(200)
    expect(ids(res.body.docs)).toEqual([stored.id])
  })

  it('text stored with Arabic ي/ك is found by a Persian query', async () => {
    const arabic = await register({ subject: `نامهٔ يكم شيراز ${tag}` })
    expect(ids((await find('office', { q: `یکم شیراز ${tag}` })).body.docs)).toEqual([arabic.id])
  })

  it('ZWNJ, a space or nothing between the parts of a word are the same', async () => {
    for (const q of [`آیین‌نامه ${tag}`, `آیین نامه ${tag}`, `آییننامه ${tag}`, `می‌شود ${tag}`, `می شود ${tag}`]) {
      expect(ids((await find('office', { q })).body.docs), q).toContain(stored.id)
    }
  })

  it('partial words and a typo still find the paper, and the match is marked in the snippet', async () => {
    const partial = await find('office', { q: `اجرا ${tag}` })
    expect(ids(partial.body.docs)).toContain(stored.id)
    const typo = await find('office', { q: `هماهنکی ${tag.slice(0, -1)}` })
    expect(ids(typo.body.docs)).toContain(stored.id)
    const hit = partial.body.docs.find((d) => d.id === stored.id)!
    expect(hit.snippet).toContain('<mark>اجرایی</mark>')
    expect(hit.title).toBe(stored.subject)
    expect(hit.dateJalali).toBe(formatJalaliDate(stored.registeredAt!))
  })

  it('query syntax in q is only text: quotes, &, !, :* never error', async () => {
    for (const q of ["'", '&', '!', ':*', `${tag}' & !x:*`, "'); DROP TABLE search_index; --", '\\']) {
      const res = await find('office', { q })
      expect(res.status, q).toBe(200)
    }
    expect(ids((await find('office', { q: `${tag}'&!:*` })).body.docs)).toContain(stored.id)
  })
})

describe('numbers', () => {
  it('a registry number typed with Persian digits finds that letter first', async () => {
    const target = await register({ subject: `نامهٔ شماره‌دار ${tag}` })
    await register({ subject: `اشاره به نامهٔ ${target.registryNumber} ${tag}` })
    const res = await find('expert.gis', { q: toPersianDigits(target.registryNumber!) })
    expect(res.body.docs[0]).toMatchObject({ type: 'letters', id: target.id, registryNumber: target.registryNumber })
    expect(res.body.docs[0]!.score).toBeGreaterThanOrEqual(1000)
  })

  it("the sender's number finds the letter for readers of its content only", async () => {
    const number = `۷۷/${Date.now() % 100000}/ص`
    const letter = await register({ subject: `نامه با شمارهٔ فرستنده ${tag}`, classification: 'secret', senderNumber: number, recipients: [{ relationTo: 'posts', value: (await postOf('expert-ethnic')).id }] })
    expect(ids((await find('office', { q: number })).body.docs)[0]).toBe(letter.id)
    expect(ids((await find('expert.ethnic', { q: number })).body.docs)).not.toContain(letter.id)
  })
})

describe('only what the user may see', () => {
  const word = () => `${tag}سری`
  let secret: Letter
  let topSecret: Letter
  let addressed: Letter

  beforeAll(async () => {
    secret = await register({ subject: `پروندهٔ ویژه ${word()}`, classification: 'secret', body: plainToRichText(`جزئیات پنهان ${word()}`) })
    topSecret = await register({ kind: 'outgoing', sender: { relationTo: 'posts', value: (await postOf('director')).id }, subject: `موضوع بسیار ویژه ${word()}`, classification: 'top-secret' }, 'director')
    addressed = await register({
      subject: `رونوشت برای کارشناس ${word()}`,
      classification: 'secret',
      body: plainToRichText(`محتوای محرمانهٔ متن ${word()} واژهٔ‌درون‌متن`),
      recipients: [{ relationTo: 'posts', value: (await postOf('expert-ethnic')).id }],
    })
  })

  it('an expert below the level finds none of them and the count says so', async () => {
    const res = await find('expert.gis', { q: word() })
    expect(res.body.docs).toEqual([])
    expect(res.body.totalDocs).toBe(0)
  })

  it('the office chief (secret) finds the secret ones, not the top-secret one; the director finds all', async () => {
    const office = ids((await find('office', { q: word() })).body.docs)
    expect(office).toEqual(expect.arrayContaining([secret.id, addressed.id]))
    expect(office).not.toContain(topSecret.id)
    const director = await find('director', { q: word() })
    expect(ids(director.body.docs)).toEqual(expect.arrayContaining([secret.id, addressed.id, topSecret.id]))
    expect(director.body.totalDocs).toBe(director.body.docs.length)
  })

  it('an addressee below the level finds the paper by its header, never by its content, and sees no content in the snippet', async () => {
    const byHeader = await find('expert.ethnic', { q: `رونوشت ${word()}` })
    expect(ids(byHeader.body.docs)).toEqual([addressed.id])
    expect(byHeader.body.docs[0]!.snippet).not.toContain('محتوای')
    expect((await find('expert.ethnic', { q: 'واژهٔ‌درون‌متن' })).body.totalDocs).toBe(0)
    expect(ids((await find('office', { q: 'واژهٔ‌درون‌متن' })).body.docs)).toContain(addressed.id)
  })

  it('a referral opens the paper to its recipient, content included', async () => {
    const expert = await demoUser(payload, 'expert.gis')
    expect((await find('expert.gis', { q: `پنهان ${word()}` })).body.totalDocs).toBe(0)
    await payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: secret.id }, to: [expert.id], purpose: 'review' } as never,
      user: await demoUser(payload, 'director'),
      overrideAccess: false,
    })
    expect(ids((await find('expert.gis', { q: `پنهان ${word()}` })).body.docs)).toEqual([secret.id])
  })

  it('the hit list agrees with Payload’s own access for every demo user', async () => {
    const dossier = (await payload.create({ collection: 'dossiers', data: { code: String(dossierBase), title: `پروندهٔ آزمون جستجو ${tag}` } as never })).id
    for (const classification of ['normal', 'confidential', 'secret', 'top-secret']) {
      if (classification !== 'top-secret') await register({ subject: `سند ${classification} ${tag}`, classification, dossier })
      else {
        // Nobody below top-secret may file it, so the test files it as the system.
        const top = await register({ kind: 'outgoing', sender: { relationTo: 'posts', value: (await postOf('director')).id }, subject: `سند ${classification} ${tag}`, classification }, 'director')
        await payload.update({ collection: 'letters', id: top.id, data: { dossier } })
      }
    }
    for (const local of ['director', 'office', 'deputy.political', 'head.political', 'expert.ethnic', 'expert.gis', 'admin', 'auditor']) {
      const user = await demoUser(payload, local)
      const own = await payload.find({ collection: 'letters', where: { dossier: { equals: dossier } }, user, overrideAccess: false, depth: 0, limit: 100 })
      const res = await find(local, { dossier: String(dossier), types: 'letters', limit: '100' })
      expect(res.status).toBe(200)
      expect(ids(res.body.docs).sort(), local).toEqual(own.docs.map((d) => d.id).sort())
      expect(res.body.totalDocs, local).toBe(own.totalDocs)
    }
  })

  it('each hit on a confidential-or-above paper is a read in the audit trail', async () => {
    const before = (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'letters' }, targetId: { equals: String(secret.id) }, action: { equals: 'read' } } })).totalDocs
    await find('office', { q: `پروندهٔ ویژه ${word()}` })
    const after = (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'letters' }, targetId: { equals: String(secret.id) }, action: { equals: 'read' } } })).totalDocs
    expect(after).toBe(before + 1)
  })
})

describe("referrals' responses", () => {
  it('a response is found by the people of the referral and by readers of the paper, not by others', async () => {
    const letter = await register({ subject: `نامه برای پاسخ ${tag}`, classification: 'highly-confidential' })
    const expert = await demoUser(payload, 'expert.elections')
    // Below the expert's clearance: only the director general may refer it so.
    const created = await payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: letter.id }, to: [expert.id], purpose: 'action' } as never,
      user: await demoUser(payload, 'director'),
      overrideAccess: false,
    })
    const token = await tokenFor('expert.elections')
    await rest('GET', `/api/referrals/${created.id}`, { token })
    const done = await rest('PATCH', `/api/referrals/${created.id}`, { token, body: { state: 'done', response: `بازدید میدانی انجام شد ${tag}پاسخ` } })
    expect(done.status).toBe(200)
    const mine = await find('expert.elections', { q: `میدانی ${tag}پاسخ` })
    expect(mine.body.docs).toEqual([expect.objectContaining({ type: 'referrals', id: created.id, registryNumber: letter.registryNumber })])
    expect(mine.body.docs[0]!.snippet).toContain('<mark>میدانی</mark>')
    expect(ids((await find('office', { q: `میدانی ${tag}پاسخ`, types: 'referrals' })).body.docs, 'referrals')).toEqual([created.id])
    // expert.gis: confidential clearance, no referral of this paper.
    expect((await find('expert.gis', { q: `میدانی ${tag}پاسخ` })).body.totalDocs).toBe(0)
  })
})

describe('filters', () => {
  it('date range (Jalali, Persian or Latin digits), kind, classification, sender', async () => {
    const letter = await register({ subject: `فیلتر تاریخ ${tag}`, classification: 'confidential', sender: { relationTo: 'correspondents', value: otherSender } })
    const today = formatJalaliDate(letter.registeredAt!)
    const [y, m, d] = today.split('/').map(Number)
    const yesterday = formatJalaliDate(new Date(Date.parse(letter.registeredAt!) - 86_400_000))
    const q = `فیلتر ${tag}`
    expect(ids((await find('office', { q, from: toPersianDigits(today), to: today })).body.docs)).toEqual([letter.id])
    expect(ids((await find('office', { q, to: yesterday })).body.docs)).toEqual([])
    expect(ids((await find('office', { q, from: `${y}/${m}/${d}` })).body.docs)).toEqual([letter.id])
    expect(ids((await find('office', { q, kind: 'outgoing' })).body.docs)).toEqual([])
    expect(ids((await find('office', { q, kind: 'incoming', classification: 'confidential' })).body.docs)).toEqual([letter.id])
    expect(ids((await find('office', { q, classification: 'normal' })).body.docs)).toEqual([])
    expect(ids((await find('office', { q, sender: String(otherSender) })).body.docs)).toEqual([letter.id])
    expect(ids((await find('office', { q, sender: String(sender) })).body.docs)).toEqual([])
  })

  it('a sub-dossier counts as part of its dossier', async () => {
    const code = String(dossierBase + 1)
    const top = (await payload.create({ collection: 'dossiers', data: { code, title: 'بالادست' } as never })).id
    const sub = (await payload.create({ collection: 'dossiers', data: { code: `${code}-1`, title: 'زیرپرونده', parent: top } as never })).id
    const letter = await register({ subject: `در زیرپرونده ${tag}`, dossier: sub })
    expect(ids((await find('office', { dossier: String(top) })).body.docs)).toEqual([letter.id])
  })
})

describe('broad queries', () => {
  it('rank among the newest candidates and report the count as capped, never counting hidden papers', async () => {
    const word = `${tag}پهن`
    for (let i = 0; i < 4; i++) await register({ subject: `نامهٔ گسترده ${i} ${word}` })
    await register({ subject: `نامهٔ سری گسترده ${word}`, classification: 'secret' })
    const params = parseSearchParams((name) => ({ q: word })[name as 'q'] ?? null, { types: ['letters', 'referrals'], kinds: [] })
    if (!params.ok) throw new Error(params.error)
    const asExpert = await createLocalReq({ user: { ...(await demoUser(payload, 'expert.gis')), collection: 'users' } }, payload)
    expect(await search(asExpert, params.value, 10)).toMatchObject({ totalDocs: 4 })
    const capped = await search(asExpert, params.value, 3)
    expect(capped).toMatchObject({ totalDocs: 3, totalIsCapped: true })
    expect(capped.docs).toHaveLength(3)
    expect(capped.docs.every((d) => d.classification === 'normal')).toBe(true)
  })
})

describe('bad input gets a Persian 4xx and changes nothing', () => {
  it.each([
    ['a query of 10,000 characters', { q: 'x'.repeat(10_000) }],
    ['month 13', { q: 'نامه', from: '1405/13/01' }],
    ['a page of 100,000', { q: 'نامه', limit: '100000' }],
    ['an unknown type', { q: 'نامه', types: 'letters,passwords' }],
    ['SQL as a dossier id', { q: 'نامه', dossier: '1 OR 1=1' }],
    ['nothing at all', {}],
  ])('%s → 400', async (_label, params) => {
    const count = (await payload.count({ collection: 'letters' })).totalDocs
    const res = await find('office', params as Record<string, string>)
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(persian)
    expect((await payload.count({ collection: 'letters' })).totalDocs).toBe(count)
  })

  it('without a login: 401', async () => {
    const res = await rest('GET', `/api/search?q=${encodeURIComponent(tag)}`)
    expect(res.status).toBe(401)
    expect(errorText(res.body)).toMatch(persian)
  })

  it('a deleted draft leaves the index', async () => {
    const office = await demoUser(payload, 'office')
    const draft = await payload.create({ collection: 'letters', data: { kind: 'internal', status: 'draft', subject: `پیش‌نویس حذفی ${tag}` } as never, user: office, overrideAccess: false })
    expect(ids((await find('office', { q: `حذفی ${tag}` })).body.docs)).toEqual([draft.id])
    await payload.delete({ collection: 'letters', id: draft.id, user: office, overrideAccess: false })
    expect((await find('office', { q: `حذفی ${tag}` })).body.totalDocs).toBe(0)
  })
})

describe('an index that is missing', () => {
  it('is rebuilt from the records at start (a database whose letters predate the index)', async () => {
    const letter = await register({ subject: `پیش از نمایه ${tag}بازسازی` })
    const db = payload.db as unknown as { drizzle: { execute: (q: string) => Promise<unknown> } }
    await db.drizzle.execute('DELETE FROM search_index')
    expect((await find('office', { q: `${tag}بازسازی` })).body.totalDocs).toBe(0)
    await ensureSearchIndex(payload)
    expect(ids((await find('office', { q: `${tag}بازسازی` })).body.docs)).toEqual([letter.id])
  })
})
