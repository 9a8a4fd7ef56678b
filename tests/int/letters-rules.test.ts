import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter, User } from '../../src/payload-types'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'
import { incomingRequirements } from '../helpers/letters'

let payload: Payload
let office: User
let expert: User
let sender: number

const base = { classification: 'normal' as const, urgency: 'normal' as const }
const persian = /[\u0600-\u06FF]/

function incomingData(subject: string, extra: Record<string, unknown> = {}) {
  return {
    ...base,
    kind: 'incoming' as const,
    status: 'registered' as const,
    subject,
    sender: { relationTo: 'correspondents' as const, value: sender },
    ...incomingRequirements(extra),
    ...extra,
  }
}

async function register(subject: string, extra: Record<string, unknown> = {}): Promise<Letter> {
  return payload.create({ collection: 'letters', data: incomingData(subject, extra), user: office, overrideAccess: false })
}

async function reload(id: number) {
  return payload.findByID({ collection: 'letters', id, depth: 0 })
}

const errorText = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message).join(' ')

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  expert = await demoUser(payload, 'expert.elections')
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری مرودشت', kind: 'county-governorate' } })).id
})

describe('a registered letter is permanent', () => {
  it('refuses a change of subject through REST, GraphQL and the Local API, and keeps the stored letter', async () => {
    const letter = await register('موضوع اصلی', { body: plainToRichText('متن اصلی') })
    // A colleague who may read and save letters (a signer) but is not the office chief.
    const token = await tokenFor('deputy.political')
    const head = await demoUser(payload, 'deputy.political')

    const viaRest = await rest('PATCH', `/api/letters/${letter.id}`, { body: { subject: 'موضوع دیگر' }, token })
    expect(viaRest.status).toBe(409)
    expect(errorText(viaRest.body)).toMatch(persian)

    const viaGraphql = await graphql(`mutation { updateLetter(id: ${letter.id}, data: { subject: "موضوع دیگر" }) { subject } }`, token)
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)

    await expect(
      payload.update({ collection: 'letters', id: letter.id, data: { subject: 'موضوع دیگر' }, user: head, overrideAccess: false }),
    ).rejects.toThrow(/ثبت‌شده/)
    const bodyChange = await rest('PATCH', `/api/letters/${letter.id}`, { body: { body: plainToRichText('متن دیگر') }, token })
    expect(bodyChange.status).toBe(409)

    const stored = await reload(letter.id)
    expect(stored.subject).toBe('موضوع اصلی')
    expect(stored.registryNumber).toBe(letter.registryNumber)
  })

  it('refuses a change of the number, year or book even from the office chief with a reason', async () => {
    const letter = await register('شماره‌ای که نمی‌ماند؟')
    const otherBook = await payload.create({ collection: 'registry-books', data: { name: 'دیگر', code: 'دگ', kinds: ['incoming'], format: '{year}/{code}/{seq}', active: false } })
    await expect(
      payload.update({ collection: 'letters', id: letter.id, data: { registryBook: otherBook.id, correctionReason: 'جابجایی' } as never, user: office, overrideAccess: false }),
    ).rejects.toThrow()
    const res = await rest('PATCH', `/api/letters/${letter.id}`, { body: { registryNumber: '1405/و/99999' }, token: await tokenFor('office') })
    expect(res.status).toBe(400)
    const stored = await reload(letter.id)
    expect(stored.registryNumber).toBe(letter.registryNumber)
    const bookId = (b: unknown) => (typeof b === 'object' && b ? (b as { id: number }).id : b)
    expect(bookId(stored.registryBook)).toBe(bookId(letter.registryBook))
  })

  it('lets only the office chief correct it, with a written reason kept with before and after values', async () => {
    const letter = await register('موضوع با غلط املایی')
    await expect(
      payload.update({ collection: 'letters', id: letter.id, data: { subject: 'موضوع درست', correctionReason: 'غلط املایی' } as never, user: expert, overrideAccess: false }),
    ).rejects.toThrow()
    const noReason = await rest('PATCH', `/api/letters/${letter.id}`, { body: { subject: 'موضوع درست' }, token: await tokenFor('office') })
    expect(noReason.status).toBe(400)
    expect(errorText(noReason.body)).toContain('دلیل اصلاح')

    const corrected = await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { subject: 'موضوع درست', correctionReason: 'غلط املایی در ثبت' } as never,
      user: office,
      overrideAccess: false,
    })
    expect(corrected.subject).toBe('موضوع درست')
    expect(corrected.registryNumber).toBe(letter.registryNumber)
    const correction = corrected.corrections?.at(-1)
    expect(correction?.reason).toBe('غلط املایی در ثبت')
    expect(correction?.changes).toEqual([{ field: 'subject', before: 'موضوع با غلط املایی', after: 'موضوع درست' }])
    const versions = await payload.findVersions({ collection: 'letters', where: { parent: { equals: letter.id } } })
    expect(versions.docs.map((v) => v.version.subject)).toEqual(expect.arrayContaining(['موضوع با غلط املایی', 'موضوع درست']))
  })

  it('accepts the admin form sending the unchanged letter back', async () => {
    const letter = await register('بازفرستادن بی‌تغییر')
    const full = await payload.findByID({ collection: 'letters', id: letter.id, depth: 0 })
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest_ } = full
    const saved = await payload.update({ collection: 'letters', id: letter.id, data: { ...rest_, summary: 'خلاصه افزوده شد' } as never, user: office, overrideAccess: false })
    expect(saved.summary).toBe('خلاصه افزوده شد')
  })
})

describe('registered letters are never deleted', () => {
  it('refuses DELETE through REST, GraphQL and the Local API, for everyone', async () => {
    const letter = await register('نامه‌ای که می‌ماند')
    const restDelete = await rest('DELETE', `/api/letters/${letter.id}`, { token: await tokenFor('office') })
    expect(restDelete.status).toBe(403)
    expect(errorText(restDelete.body)).toContain('هرگز حذف نمی‌شود')
    const gql = await graphql(`mutation { deleteLetter(id: ${letter.id}) { id } }`, await tokenFor('director'))
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const admin = await demoUser(payload, 'admin')
    await expect(payload.delete({ collection: 'letters', id: letter.id, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'letters', id: letter.id })).rejects.toThrow()
    expect((await reload(letter.id)).id).toBe(letter.id)
  })

  it('lets the author delete a draft, and nobody else', async () => {
    const draft = await payload.create({
      collection: 'letters',
      data: { ...base, kind: 'internal', status: 'draft', subject: 'پیش‌نویس موقت' },
      user: expert,
      overrideAccess: false,
    })
    const other = await rest('DELETE', `/api/letters/${draft.id}`, { token: await tokenFor('expert.gis') })
    expect(other.status).toBe(403)
    const own = await rest('DELETE', `/api/letters/${draft.id}`, { token: await tokenFor('expert.elections') })
    expect(own.status).toBe(200)
  })
})

describe('bad input is refused with a Persian message and changes nothing', () => {
  const cases: Array<[string, () => Record<string, unknown>, number]> = [
    ['a missing subject', () => ({ ...incomingData(''), subject: undefined }), 400],
    ['a missing kind', () => ({ ...incomingData('بی‌نوع'), kind: undefined }), 400],
    ['an unknown urgency', () => incomingData('فوریت ناشناخته', { urgency: 'yesterday' }), 400],
    ['an unknown classification', () => incomingData('طبقه ناشناخته', { classification: 'cosmic' }), 400],
    ['a client-sent registeredAt', () => incomingData('زمان دستی', { registeredAt: '2026-01-01T00:00:00.000Z' }), 400],
    ['a client-sent registryNumber', () => incomingData('شماره دستی', { registryNumber: '1405/و/1' }), 400],
    ['a client-sent registrySeq', () => incomingData('ردیف دستی', { registrySeq: 7 }), 400],
    ['a sender date in the future', () => incomingData('تاریخ آینده', { senderDate: new Date(Date.now() + 3 * 86_400_000).toISOString() }), 400],
    ['an invalid Jalali sender date', () => incomingData('تاریخ نادرست', { senderDateJalali: '1404/12/30' }), 400],
    ['an incoming sender that is a post', () => incomingData('فرستندهٔ نادرست', { sender: { relationTo: 'posts', value: 1 } }), 400],
    ['inReplyTo a missing letter', () => incomingData('عطف به ناموجود', { inReplyTo: 99_999_999 }), 400],
  ]

  it.each(cases)('refuses %s', async (_label, build, status) => {
    const before = await payload.count({ collection: 'letters' })
    const res = await rest('POST', '/api/letters', { body: build(), token: await tokenFor('office') })
    expect(res.status).toBe(status)
    expect(errorText(res.body)).toMatch(persian)
    expect((await payload.count({ collection: 'letters' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses inReplyTo pointing at a draft', async () => {
    const draft = await payload.create({ collection: 'letters', data: { ...base, kind: 'outgoing', status: 'draft', subject: 'پیش‌نویس' }, user: office, overrideAccess: false })
    const res = await rest('POST', '/api/letters', { body: incomingData('عطف به پیش‌نویس', { inReplyTo: draft.id }), token: await tokenFor('office') })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toContain('پیش‌نویس')
  })

  it('refuses cancelling without a reason, and keeps the letter registered', async () => {
    const letter = await register('ابطال بی‌دلیل')
    const res = await rest('PATCH', `/api/letters/${letter.id}`, { body: { status: 'cancelled' }, token: await tokenFor('office') })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toContain('دلیل ابطال')
    expect((await reload(letter.id)).status).toBe('registered')
  })

  it('refuses registering an incoming letter for anyone but the secretariat', async () => {
    const res = await rest('POST', '/api/letters', { body: incomingData('ثبت به دست کارشناس'), token: await tokenFor('expert.elections') })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toMatch(persian)
  })

  it('accepts a Jalali sender date typed with Persian digits', async () => {
    const letter = await register('تاریخ شمسی', { senderDateJalali: '۱۴۰۵/۰۸/۰۱', senderNumber: '۴۵۶۷/۱۲' })
    expect(letter.senderDateJalali).toBe('1405/08/01')
  })
})

describe('the same incoming letter registered twice', () => {
  it('is refused with 409 naming the existing number, unless marked deliberate', async () => {
    const first = await register('گزارش هفتگی', { senderNumber: '۱۲۳/الف', senderDateJalali: '1405/08/10' })
    const res = await rest('POST', '/api/letters', {
      body: incomingData('گزارش هفتگی (دوباره)', { senderNumber: '123/الف', senderDateJalali: '۱۴۰۵/۸/۱۰' }),
      token: await tokenFor('office'),
    })
    expect(res.status).toBe(409)
    expect(errorText(res.body)).toContain(first.registryNumber!)
    const deliberate = await rest('POST', '/api/letters', {
      body: incomingData('گزارش هفتگی (رونوشت دوم)', { senderNumber: '123/الف', senderDateJalali: '1405/08/10', deliberateDuplicate: true }),
      token: await tokenFor('office'),
    })
    expect(deliberate.status).toBe(201)
  })

  it('is refused without naming the existing number when that letter is hidden from the one registering', async () => {
    // A top-secret letter (registered by the system here): the office chief (secret) may not see it.
    const hidden = await payload.create({
      collection: 'letters',
      data: incomingData('گزارش بسیار سری', { classification: 'top-secret', senderNumber: '۹۰۹/س', senderDateJalali: '1405/08/12' }),
    })
    expect(hidden.registryNumber).toBeTruthy()
    const res = await rest('POST', '/api/letters', {
      body: incomingData('گزارش (دوباره)', { senderNumber: '909/س', senderDateJalali: '1405/08/12' }),
      token: await tokenFor('office'),
    })
    expect(res.status).toBe(409)
    expect(errorText(res.body)).toMatch(persian)
    expect(errorText(res.body)).not.toContain(hidden.registryNumber!)
    expect(errorText(res.body).replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))).not.toContain(hidden.registryNumber!)
  })
})

describe('links to a letter the reader may not see', () => {
  it('are left out on every door, and a save from the form (which cannot send them) keeps them', async () => {
    // A top-secret letter (by the system): neither the office chief (secret) nor an expert sees it.
    const hidden = await payload.create({ collection: 'letters', data: incomingData('نامهٔ بسیار سری پیشین', { classification: 'top-secret' }) })
    const shown = await payload.create({ collection: 'letters', data: incomingData('پیرو و عطف به نامهٔ پنهان', { inReplyTo: hidden.id, follows: [hidden.id] }) })
    for (const as of ['office', 'expert.elections']) {
      const token = await tokenFor(as)
      for (const depth of [0, 1]) {
        const res = await rest('GET', `/api/letters/${shown.id}?depth=${depth}`, { token })
        expect(res.status).toBe(200)
        expect(res.body.inReplyTo ?? null, `${as} depth ${depth}`).toBeNull()
        expect(res.body.follows ?? [], `${as} depth ${depth}`).toEqual([])
        expect(JSON.stringify(res.body)).not.toContain(hidden.subject)
      }
      const gql = await graphql(`{ Letter(id: ${shown.id}) { inReplyTo { id } follows { id } } }`, token)
      expect(gql.body.data?.Letter?.inReplyTo ?? null).toBeNull()
      expect(gql.body.data?.Letter?.follows ?? []).toEqual([])
      const local = await payload.findByID({ collection: 'letters', id: shown.id, depth: 0, user: await demoUser(payload, as), overrideAccess: false })
      expect(local.inReplyTo ?? null).toBeNull()
    }
    const director = await rest('GET', `/api/letters/${shown.id}?depth=0`, { token: await tokenFor('director') })
    expect(director.body.inReplyTo).toBe(hidden.id)
    expect(director.body.follows).toEqual([hidden.id])

    // The office chief saves the letter as the admin form would: the links it could not see come back empty.
    const saved = await rest('PATCH', `/api/letters/${shown.id}`, { token: await tokenFor('office'), body: { summary: 'خلاصهٔ تازهٔ دبیرخانه', inReplyTo: null, follows: [] } })
    expect(saved.status, errorText(saved.body)).toBe(200)
    const stored = await reload(shown.id)
    expect(stored.summary).toBe('خلاصهٔ تازهٔ دبیرخانه')
    expect(stored.inReplyTo).toBe(hidden.id)
    expect(stored.follows).toEqual([hidden.id])
  })
})

describe('references to our own numbers in the text', () => {
  it('are detected with Persian or Latin digits and offered as links', async () => {
    const earlier = await register('نامهٔ پیشین')
    const persianNumber = earlier.registryNumber!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])
    const letter = await register(`عطف به نامهٔ شماره ${persianNumber} مورخ ۱۴۰۵/۰۹/۰۱`)
    const stored = await reload(letter.id)
    expect(stored.detectedReferences).toEqual([earlier.id])
    const latin = await register('پیرو', { body: plainToRichText(`پیرو نامهٔ ${earlier.registryNumber} و نامهٔ 1405/و/999999`) })
    expect((await reload(latin.id)).detectedReferences).toEqual([earlier.id])
  })
})
