import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { FAULT_MARKER } from '../../src/collections/Letters/hooks/injectTestFault'
import { formatJalaliDate, jalaliYearOf } from '../../src/lib/jalali'
import type { User } from '../../src/payload-types'
import { incomingRequirements } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let office: User
let sender: number

// The test books require only a subject and a sender: these tests are about numbering under
// load, not about what registration requires (tests/int/registration-requirements.test.ts).
async function newBook(code: string, kinds: ('incoming' | 'outgoing' | 'internal')[] = ['incoming'], format = '{year}/{code}/{seq}') {
  const requirements = kinds.map((kind) => ({ kind, items: ['sender', 'subject'] as ('sender' | 'subject')[] }))
  return payload.create({ collection: 'registry-books', data: { name: `دفتر آزمون ${code}`, code, kinds, format, active: false, requirements } })
}

function incoming(book: number, subject: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'incoming' as const,
    status: 'registered' as const,
    classification: 'normal' as const,
    urgency: 'normal' as const,
    registryBook: book,
    subject,
    sender: { relationTo: 'correspondents' as const, value: sender },
    ...extra,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'وزارت کشور', kind: 'ministry' } })).id
})

afterEach(() => {
  vi.useRealTimers()
})

describe('registration numbers', () => {
  it('numbers an incoming letter registered by the secretariat in the default book for its kind', async () => {
    const letter = await payload.create({
      collection: 'letters',
      // The default book: complete as it requires.
      data: { ...incoming(0, 'گزارش فرمانداری شیراز'), ...incomingRequirements(), registryBook: undefined },
      user: office,
      overrideAccess: false,
    })
    const year = jalaliYearOf(new Date())
    expect(letter.registryYear).toBe(year)
    expect(letter.registryNumber).toBe(`${year}/و/${letter.registrySeq}`)
    expect(letter.registeredAtJalali).toBe(formatJalaliDate(letter.registeredAt!))
    expect(typeof letter.registeredBy === 'object' ? letter.registeredBy?.id : letter.registeredBy).toBe(office.id)
  })

  it('gives a draft no number, and numbers it when it is signed (registered)', async () => {
    const director = await demoUser(payload, 'director')
    const draft = await payload.create({
      collection: 'letters',
      data: { kind: 'outgoing', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پاسخ به وزارت کشور' },
      user: await demoUser(payload, 'expert.political'),
      overrideAccess: false,
    })
    expect(draft.status).toBe('draft')
    expect(draft.registryNumber ?? null).toBeNull()
    const signed = await payload.update({ collection: 'letters', id: draft.id, data: { status: 'registered' }, user: director, overrideAccess: false })
    expect(signed.registryNumber).toMatch(/^\d{4}\/ص\/\d+$/)
    expect(typeof signed.signedBy === 'object' ? signed.signedBy?.id : signed.signedBy).toBe(director.id)
    expect(signed.signedAt).toBeTruthy()
  })

  it('formats numbers from the book template, with Persian digits when the book says so', async () => {
    const book = await payload.create({
      collection: 'registry-books',
      data: { name: 'دفتر گروه انتخابات', code: 'انت', kinds: ['incoming'], format: '{yy}-{code}-{seq:5}', persianDigits: true, active: false, requirements: [{ kind: 'incoming', items: ['sender', 'subject'] }] },
    })
    const letter = await payload.create({ collection: 'letters', data: incoming(book.id, 'قالب ویژه'), user: office, overrideAccess: false })
    const yy = String(jalaliYearOf(new Date())).slice(2)
    expect(letter.registryNumber).toBe(`${yy}-انت-00001`.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]))
  })

  it('keeps 300 concurrent registrations (REST and Local API, 1 in 5 failing after numbering) gap-free and unique', async () => {
    const book = await newBook('هم')
    const token = await tokenFor('office')
    const attempts = Array.from({ length: 300 }, (_, i) => {
      const fail = i % 5 === 4
      const subject = `بار همزمان ${i}${fail ? ` ${FAULT_MARKER}` : ''}`
      const data = incoming(book.id, subject)
      return i % 2 === 0
        ? payload.create({ collection: 'letters', data, user: office, overrideAccess: false }).then(
            () => 'ok',
            () => 'failed',
          )
        : rest('POST', '/api/letters', { body: data, token }).then((r) => (r.status === 201 ? 'ok' : 'failed'))
    })
    const outcomes = await Promise.all(attempts)
    const succeeded = outcomes.filter((o) => o === 'ok').length
    expect(succeeded).toBe(240)
    const letters = await payload.find({ collection: 'letters', where: { registryBook: { equals: book.id } }, pagination: false, depth: 0, sort: 'registrySeq' })
    const seqs = letters.docs.map((l) => l.registrySeq)
    expect(seqs).toEqual(Array.from({ length: succeeded }, (_, i) => i + 1))
    expect(new Set(letters.docs.map((l) => l.registryNumber)).size).toBe(succeeded)
    expect(letters.docs.some((l) => l.subject.includes(FAULT_MARKER))).toBe(false)
  }, 180_000)

  it('restarts at 1 at Nowruz in Tehran time, not UTC', async () => {
    const book = await newBook('نو')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-20T20:29:59Z'))
    const last = await payload.create({ collection: 'letters', data: incoming(book.id, 'واپسین نامهٔ ۱۴۰۴'), user: office, overrideAccess: false })
    expect(last.registryNumber).toBe('1404/نو/1')
    expect(last.registeredAtJalali).toBe('1404/12/29')
    vi.setSystemTime(new Date('2026-03-20T20:30:00Z'))
    const first = await payload.create({ collection: 'letters', data: incoming(book.id, 'نخستین نامهٔ ۱۴۰۵'), user: office, overrideAccess: false })
    expect(first.registryNumber).toBe('1405/نو/1')
    expect(first.registeredAtJalali).toBe('1405/01/01')
  })

  it('registers 30 Esfand of a leap year (1403/12/30) in 1403', async () => {
    const book = await newBook('کب')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-03-20T10:00:00Z'))
    const letter = await payload.create({ collection: 'letters', data: incoming(book.id, 'روز کبیسه'), user: office, overrideAccess: false })
    expect(letter.registryNumber).toBe('1403/کب/1')
    expect(letter.registeredAtJalali).toBe('1403/12/30')
  })

  it('never reuses a cancelled number', async () => {
    const book = await newBook('با')
    const a = await payload.create({ collection: 'letters', data: incoming(book.id, 'نامهٔ نخست'), user: office, overrideAccess: false })
    const cancelled = await payload.update({
      collection: 'letters',
      id: a.id,
      data: { status: 'cancelled', cancelReason: 'ثبت اشتباه' },
      user: office,
      overrideAccess: false,
    })
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.registryNumber).toBe(a.registryNumber)
    expect(cancelled.cancelledAtJalali).toBe(formatJalaliDate(cancelled.cancelledAt!))
    const b = await payload.create({ collection: 'letters', data: incoming(book.id, 'نامهٔ دوم'), user: office, overrideAccess: false })
    expect(b.registrySeq).toBe(2)
  })
})
