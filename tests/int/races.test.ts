import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Letter, User } from '../../src/payload-types'
import { incomingRequirements, registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { expectGapFree, expectOneWinner, fromRest, local, openTransaction, race, settledOrBlocked, type Outcome } from '../helpers/races'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'
import { plainToRichText } from '../../src/lib/letters/text'

// Twenty identical requests at once, half through REST and half through the Local API with
// access control on, each in its own transaction: one moves the record, the others get 409s.
const N = 20

let payload: Payload
let office: User
let sender: number
let books = 0

const about = (id: number) => ({ relationTo: 'letters' as const, value: id })

/** A book of its own (inactive, so nothing else numbers in it), for the incoming kind. */
async function newBook() {
  return payload.create({ collection: 'registry-books', data: { name: `دفتر رقابت ${++books}`, code: `ر${books}`, kinds: ['incoming'], format: '{year}/{code}/{seq}', active: false } })
}

/** The same PATCH, N times at once: even through REST, odd through the Local API as `as`. */
async function patchRace(collection: 'letters' | 'referrals' | 'dossiers', id: number, data: Record<string, unknown>, as: string): Promise<Outcome[]> {
  const token = await tokenFor(as)
  const user = await demoUser(payload, as)
  return race(N, (i) =>
    i % 2 === 0
      ? rest('PATCH', `/api/${collection}/${id}`, { token, body: data }).then(fromRest)
      : local(() => payload.update({ collection, id, data: data as never, user, overrideAccess: false, depth: 0 })),
  )
}

async function draftIn(book: number, subject: string): Promise<Letter> {
  return payload.create({
    collection: 'letters',
    data: { kind: 'incoming', status: 'draft', classification: 'normal', urgency: 'normal', registryBook: book, subject, sender: { relationTo: 'correspondents', value: sender }, ...incomingRequirements() },
    user: office,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری لار (رقابت)', kind: 'county-governorate' } })).id
})

describe('letters under racing requests', () => {
  it('registers a draft once: one number, the others told it is registered, no hole in the book', async () => {
    const book = await newBook()
    const draft = await draftIn(book.id, 'پیش‌نویس ثبت هم‌زمان')
    const outcomes = await patchRace('letters', draft.id, { status: 'registered' }, 'office')
    expectOneWinner(outcomes)
    const letter = await payload.findByID({ collection: 'letters', id: draft.id })
    expect(letter.registrySeq).toBe(1)
    for (const o of outcomes.filter((x) => x.status === 409)) expect(o.message).toContain(letter.registryNumber!)
    await expectGapFree(payload, book.id)
  })

  it('registers identical incoming letters sent at once (same sender, number and date) once; the others are duplicates', async () => {
    const book = await newBook()
    const token = await tokenFor('office')
    const data = {
      kind: 'incoming',
      status: 'registered',
      classification: 'normal',
      urgency: 'normal',
      registryBook: book.id,
      subject: 'نامهٔ تکراری هم‌زمان',
      sender: { relationTo: 'correspondents', value: sender },
      senderNumber: '۱۲۳۴/الف/۵',
      senderDate: '2026-11-01T08:00:00.000Z',
      body: plainToRichText('نامهٔ تکراری'),
    }
    const outcomes = await race(N, (i) =>
      i % 2 === 0
        ? rest('POST', '/api/letters', { token, body: data }).then(fromRest)
        : local(() => payload.create({ collection: 'letters', data: data as never, user: office, overrideAccess: false })),
    )
    expectOneWinner(outcomes)
    const letters = await payload.find({ collection: 'letters', where: { registryBook: { equals: book.id } }, depth: 0 })
    expect(letters.totalDocs).toBe(1)
    for (const o of outcomes.filter((x) => x.status === 409)) expect(o.message).toContain(letters.docs[0]!.registryNumber!)
    await expectGapFree(payload, book.id)
  })

  it('cancels a registered letter once; the others are told it is cancelled and the first reason stands', async () => {
    const book = await newBook()
    const letter = await registerIncoming(payload, sender, { subject: 'ابطال هم‌زمان', registryBook: book.id })
    expectOneWinner(await patchRace('letters', letter.id, { status: 'cancelled', cancelReason: 'ثبت اشتباه' }, 'office'))
    const after = await payload.findByID({ collection: 'letters', id: letter.id })
    expect(after.status).toBe('cancelled')
    expect(after.registryNumber).toBe(letter.registryNumber)
    await expectGapFree(payload, book.id)
  })

  it('a draft deleted while it is being registered waits for the registration, then is refused; the number stays held', async () => {
    const book = await newBook()
    const draft = await draftIn(book.id, 'پیش‌نویس حذف هنگام ثبت')
    const registering = await openTransaction(payload, office)
    await payload.update({ collection: 'letters', id: draft.id, data: { status: 'registered' }, req: registering.req, user: office, overrideAccess: false })
    const deleting = rest('DELETE', `/api/letters/${draft.id}`, { token: await tokenFor('office') })
    const state = await settledOrBlocked(payload, deleting)
    await registering.commit()
    const res = fromRest(await deleting)
    expect(state).toBe('blocked')
    expect(res.status, res.message).toBe(403)
    expect((await payload.findByID({ collection: 'letters', id: draft.id, depth: 0 })).status).toBe('registered')
    await expectGapFree(payload, book.id)
  })

  it('records a correction once: one entry in corrections, the others told there is nothing to correct', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'موضوع نادرست' })
    expectOneWinner(await patchRace('letters', letter.id, { subject: 'موضوع درست', correctionReason: 'غلط تایپی در موضوع' }, 'office'))
    const after = await payload.findByID({ collection: 'letters', id: letter.id })
    expect(after.subject).toBe('موضوع درست')
    expect(after.corrections).toHaveLength(1)
  })
})

describe('referrals under racing requests', () => {
  async function referral(purpose: string, state?: 'draft') {
    const letter = await registerIncoming(payload, sender, { subject: `ارجاع هم‌زمان ${purpose}` })
    const to = [(await demoUser(payload, 'expert.political')).id]
    const res = await rest('POST', '/api/referrals', { token: await tokenFor('office'), body: { record: about(letter.id), to, purpose, ...(state ? { state } : {}) } })
    expect(res.status).toBe(201)
    return res.body.doc.id as number
  }
  const historyOf = async (id: number) => ((await payload.findByID({ collection: 'referrals', id, depth: 0 })).history ?? []).map((h) => h.state)

  it.each([
    { move: 'sent', purpose: 'action', draft: true, as: 'office', before: [] as string[], data: { state: 'sent' } },
    { move: 'seen', purpose: 'action', as: 'expert.political', before: [] as string[], data: { state: 'seen' } },
    { move: 'in-progress', purpose: 'action', as: 'expert.political', before: [] as string[], data: { state: 'in-progress' } },
    { move: 'done', purpose: 'reply', as: 'expert.political', before: ['in-progress'], data: { state: 'done', response: 'پاسخ آماده شد.', createReply: true } },
    { move: 'returned', purpose: 'action', as: 'expert.political', before: [] as string[], data: { state: 'returned', returnReason: 'در حوزهٔ من نیست' } },
    { move: 'recalled', purpose: 'action', as: 'office', before: [] as string[], data: { state: 'recalled' } },
  ])('moves a referral to $move once; the others are told it has moved', async ({ purpose, draft, as, before, data }) => {
    const id = await referral(purpose, draft ? 'draft' : undefined)
    const recipient = await demoUser(payload, 'expert.political')
    for (const state of before) await payload.update({ collection: 'referrals', id, data: { state: state as never }, user: recipient, overrideAccess: false })
    const outcomes = await patchRace('referrals', id, data, as)
    expectOneWinner(outcomes)
    const history = await historyOf(id)
    expect(history.filter((s) => s === data.state)).toHaveLength(1)
    if (data.createReply) {
      const replies = await payload.find({ collection: 'letters', where: { subject: { equals: `پاسخ: ارجاع هم‌زمان ${purpose}` } }, depth: 0 })
      expect(replies.totalDocs).toBe(1)
    }
  })

  it('opening a referral twenty times at once marks it seen once and fails none of the openings', async () => {
    const id = await referral('information')
    const token = await tokenFor('expert.political')
    const opened = await race(N, () => rest('GET', `/api/referrals/${id}`, { token }).then(fromRest))
    expect(opened.map((o) => o.status)).toEqual(Array(N).fill(200))
    // An information referral is done once seen: one move, recorded once.
    expect(await historyOf(id)).toEqual(['sent', 'done'])
  })
})

describe('dossiers under racing requests', () => {
  async function dossier(code: string) {
    const res = await rest('POST', '/api/dossiers', { token: await tokenFor('office'), body: { code, title: `پروندهٔ ${code}` } })
    expect(res.status).toBe(201)
    return res.body.doc.id as number
  }

  it('closes a dossier once; the others are told it is closed', async () => {
    const id = await dossier('41')
    expectOneWinner(await patchRace('dossiers', id, { status: 'closed' }, 'office'))
  })

  it('a letter being filed while its dossier closes waits for the closing, then is refused; nothing is filed in a closed dossier', async () => {
    const id = await dossier('42')
    const letter = await registerIncoming(payload, sender, { subject: 'بایگانی هنگام بستن' })
    const closing = await openTransaction(payload, office)
    await payload.update({ collection: 'dossiers', id, data: { status: 'closed' }, req: closing.req, user: office, overrideAccess: false })
    const filing = rest('PATCH', `/api/letters/${letter.id}`, { token: await tokenFor('office'), body: { dossier: id } })
    const state = await settledOrBlocked(payload, filing)
    await closing.commit()
    const res = fromRest(await filing)
    expect(state).toBe('blocked')
    expect(res.status, res.message).toBe(409)
    expect((await payload.findByID({ collection: 'letters', id: letter.id, depth: 0 })).dossier ?? null).toBeNull()
  })

  it('a dossier closing while letters are filed into it waits for them; every letter filed went in while it was open', async () => {
    const id = await dossier('43')
    const letter = await registerIncoming(payload, sender, { subject: 'بایگانی پیش از بستن' })
    const filing = await openTransaction(payload, office)
    await payload.update({ collection: 'letters', id: letter.id, data: { dossier: id }, req: filing.req, user: office, overrideAccess: false })
    const closing = rest('PATCH', `/api/dossiers/${id}`, { token: await tokenFor('office'), body: { status: 'closed' } })
    const state = await settledOrBlocked(payload, closing)
    await filing.commit()
    expect(state).toBe('blocked')
    expect((await closing).status).toBe(200)
  })

  it('a referral to a letter being cancelled waits for the cancellation, then is refused', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'ارجاع هنگام ابطال' })
    const cancelling = await openTransaction(payload, office)
    await payload.update({ collection: 'letters', id: letter.id, data: { status: 'cancelled', cancelReason: 'ثبت اشتباه' }, req: cancelling.req, user: office, overrideAccess: false })
    const referring = rest('POST', '/api/referrals', { token: await tokenFor('office'), body: { record: about(letter.id), to: [(await demoUser(payload, 'expert.gis')).id], purpose: 'action' } })
    const state = await settledOrBlocked(payload, referring)
    await cancelling.commit()
    const res = fromRest(await referring)
    expect(state).toBe('blocked')
    expect(res.status, res.message).toBe(409)
  })
})

describe('any record type under many concurrent updates', () => {
  // Payload checked its soft lock on a second pooled connection while each update held one for
  // its transaction: ten or more at once exhausted the pool and the server stalled for good.
  it('answers twenty simultaneous updates of one correspondent and of one account, none waiting forever', async () => {
    const admin = await tokenFor('admin')
    const target = await payload.create({ collection: 'correspondents', data: { name: 'بخشداری (هم‌زمانی)', kind: 'district-office' } as never })
    const correspondents = await race(N, (i) => rest('PATCH', `/api/correspondents/${target.id}`, { token: admin, body: { name: `بخشداری (هم‌زمانی ${i})` } }).then(fromRest))
    expect(correspondents.map((o) => o.status)).toEqual(Array(N).fill(200))
    const expert = await demoUser(payload, 'expert.gis')
    const accounts = await race(N, (i) => rest('PATCH', `/api/users/${expert.id}`, { token: admin, body: { fullName: `کارشناس فنی ${i}` } }).then(fromRest))
    expect(accounts.map((o) => o.status)).toEqual(Array(N).fill(200))
  })
})
