// Issue 13 items 1 and 11: registration refuses a letter missing what its registry book
// requires of its kind; content fields are on the create form; selects offer only what the
// user may choose while the server still refuses the rest with its own message.
import { createLocalReq, docAccessOperation, type Field, type Payload, type SelectField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { User } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { testPayload } from '../helpers/payload'
import { rest, uploadFile } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let office: User
let sender: number
let numbers = 0

const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message).join(' ')
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()

/** An incoming letter with everything the default book requires, minus `omit`. */
function incoming(subject: string, extra: Record<string, unknown> = {}, omit: string[] = []) {
  const data: Record<string, unknown> = {
    kind: 'incoming',
    status: 'registered',
    classification: 'normal',
    urgency: 'normal',
    subject,
    sender: { relationTo: 'correspondents', value: sender },
    senderNumber: `RR-${++numbers}-${Date.now()}`,
    senderDate: daysAgo(3),
    body: plainToRichText('متن کامل نامهٔ وارده'),
    ...extra,
  }
  for (const key of omit) delete data[key]
  return data
}

const lettersWithSubject = async (subject: string) =>
  (await payload.find({ collection: 'letters', where: { subject: { equals: subject } }, depth: 0, overrideAccess: true })).docs

async function refusalOf(run: () => Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await run()
  } catch (err) {
    const e = err as { status?: number; message: string }
    return { status: e.status, message: e.message }
  }
  throw new Error('expected a refusal')
}

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') for (const tab of field.tabs) { const found = findField(tab.fields, name); if (found) return found }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) { const found = findField(field.fields, name); if (found) return found }
  }
  return undefined
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری جهرم (لازمه‌های ثبت)', kind: 'county-governorate' } })).id
})

describe('registering an incoming letter in the default book', () => {
  it('Local API: refuses a letter created registered without sender number, date and body (400, Persian labels) and stores nothing', async () => {
    const subject = 'ثبت ناقص از راه Local API'
    const refusal = await refusalOf(() =>
      payload.create({ collection: 'letters', data: incoming(subject, {}, ['senderNumber', 'senderDate', 'body']) as never, user: office, overrideAccess: false }),
    )
    expect(refusal.status).toBe(400)
    expect(refusal.message).toContain('«شمارهٔ نامهٔ فرستنده»')
    expect(refusal.message).toContain('«تاریخ نامهٔ فرستنده»')
    expect(refusal.message).toContain('«متن نامه یا دست‌کم یک پیوست»')
    expect(refusal.message).not.toContain('«فرستنده»')
    expect(refusal.message).not.toMatch(/senderNumber|senderDate|body/)
    expect(await lettersWithSubject(subject)).toHaveLength(0)
  })

  it('Local API: refuses registering an incomplete draft and leaves the draft as it was; completing it registers it', async () => {
    const subject = 'پیش‌نویس ناقص برای ثبت'
    const draft = await payload.create({
      collection: 'letters',
      data: incoming(subject, { status: 'draft' }, ['senderNumber', 'body']) as never,
      user: office,
      overrideAccess: false,
    })
    const refusal = await refusalOf(() => payload.update({ collection: 'letters', id: draft.id, data: { status: 'registered' } as never, user: office, overrideAccess: false }))
    expect(refusal.status).toBe(400)
    expect(refusal.message).toContain('«شمارهٔ نامهٔ فرستنده»')
    const stored = await payload.findByID({ collection: 'letters', id: draft.id, depth: 0, overrideAccess: true })
    expect(stored.status).toBe('draft')
    expect(stored.registryNumber ?? null).toBeNull()

    const registered = await payload.update({
      collection: 'letters',
      id: draft.id,
      data: { status: 'registered', senderNumber: `RR-complete-${Date.now()}`, body: plainToRichText('متن افزوده') } as never,
      user: office,
      overrideAccess: false,
    })
    expect(registered.status).toBe('registered')
    expect(registered.registryNumber).toBeTruthy()
  })

  it('REST: one 400 with one Persian message naming every missing item; a complete letter is registered in one step', async () => {
    const token = await tokenFor('office')
    const subject = 'ثبت ناقص از راه REST'
    const bare = { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject }
    const refused = await rest('POST', '/api/letters', { body: bare, token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toHaveLength(1)
    const message = errorText(refused.body)
    for (const label of ['«فرستنده»', '«شمارهٔ نامهٔ فرستنده»', '«تاریخ نامهٔ فرستنده»', '«متن نامه یا دست‌کم یک پیوست»']) expect(message).toContain(label)
    expect(message).not.toMatch(/[A-Za-z]/)
    expect(await lettersWithSubject(subject)).toHaveLength(0)

    const ok = await rest('POST', '/api/letters', { body: incoming('ثبت کامل از راه REST', { senderDate: undefined, senderDateJalali: '۱۴۰۵/۰۸/۰۱' }), token })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.status).toBe('registered')
  })

  it('accepts an attachment in place of a body', async () => {
    const token = await tokenFor('office')
    const upload = await uploadFile('attachments', 'نامهٔ فرستنده.pdf', tinyPdf, token)
    expect(upload.status).toBe(201)
    const res = await rest('POST', '/api/letters', { body: incoming('ثبت با پیوست بی‌متن', { attachments: [upload.body.doc.id] }, ['body']), token })
    expect(res.status).toBe(201)
    expect(res.body.doc.registryNumber).toBeTruthy()
  })

  it('leaves drafts alone: an incomplete draft saves', async () => {
    const draft = await payload.create({ collection: 'letters', data: { kind: 'incoming', status: 'draft', subject: 'پیش‌نویس بی‌فرستنده' } as never, user: office, overrideAccess: false })
    expect(draft.status).toBe('draft')
  })
})

describe('a registry book with its own requirements', () => {
  let book: number

  beforeAll(async () => {
    const admin = await demoUser(payload, 'admin')
    book = (
      await payload.create({
        collection: 'registry-books',
        data: {
          name: 'دفتر وارده‌های انتخابات (آزمون لازمه‌ها)',
          code: `ان${Date.now() % 1000}`,
          kinds: ['incoming'],
          format: '{year}/{code}/{seq}',
          requirements: [{ kind: 'incoming', items: ['subject', 'attachments'] }],
        } as never,
        user: admin,
        overrideAccess: false,
      })
    ).id
  })

  it('requires what the book lists (an attachment, even with a body), not the default', async () => {
    const token = await tokenFor('office')
    const refused = await rest('POST', '/api/letters', { body: incoming('وارده در دفتر دیگر بی‌پیوست', { registryBook: book }), token })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain('«دست‌کم یک پیوست»')
    expect(errorText(refused.body)).toMatch(persian)

    const upload = await uploadFile('attachments', 'پیوست دفتر دیگر.pdf', tinyPdf, token)
    const res = await rest('POST', '/api/letters', {
      body: incoming('وارده در دفتر دیگر بی‌شماره', { registryBook: book, attachments: [upload.body.doc.id] }, ['senderNumber', 'senderDate', 'body']),
      token,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.registryBook.id).toBe(book)
  })

  it('the default books carry their requirements from data/registry-books.json', async () => {
    const books = await payload.find({ collection: 'registry-books', where: { code: { equals: 'و' } }, depth: 0, overrideAccess: true })
    expect(books.docs[0]?.requirements?.[0]).toMatchObject({ kind: 'incoming', items: ['sender', 'senderNumber', 'senderDate', 'subject', 'bodyOrAttachment'] })
  })
})

/** Field read permission as Payload sanitizes it (a fully permitted field becomes `true`, a denied one is left out). */
const mayRead = (fields: unknown, name: string) => {
  if (fields === true) return true
  const field = (fields as Record<string, unknown>)[name]
  return field === true || (typeof field === 'object' && field !== null && (field as { read?: unknown }).read === true)
}

describe('the create form shows the content fields', () => {
  const createFormPermissions = async (user: User) => {
    const req = await createLocalReq({ user }, payload)
    // What the admin's create view asks (node_modules/@payloadcms/next/dist/views/Document/getDocumentPermissions.js).
    return docAccessOperation({ collection: payload.collections.letters as never, data: { _status: 'draft' }, req })
  }

  it('lets every author read the body, summary, attachments and sender number of the letter they are writing', async () => {
    for (const local of ['office', 'expert.political', 'deputy.political']) {
      const fields = (await createFormPermissions(await demoUser(payload, local))).fields
      for (const name of ['body', 'summary', 'attachments', 'senderNumber']) expect(mayRead(fields, name), `${local} ${name}`).toBe(true)
    }
  })

  it('still hides the content of a stored letter above the reader’s clearance (its header stays visible to an addressee)', async () => {
    const expert = await demoUser(payload, 'expert.political')
    const post = typeof expert.post === 'object' ? expert.post?.id : expert.post
    const letter = await payload.create({
      collection: 'letters',
      data: incoming('نامهٔ سری برای سنجش فرم', { classification: 'secret', recipients: [{ relationTo: 'posts', value: post }] }) as never,
      user: office,
      overrideAccess: false,
    })
    const req = await createLocalReq({ user: expert }, payload)
    const access = await docAccessOperation({ id: letter.id, collection: payload.collections.letters as never, req })
    expect(mayRead(access.fields, 'body')).toBe(false)
    expect(mayRead(access.fields, 'senderNumber')).toBe(false)
    expect(mayRead(access.fields, 'subject')).toBe(true)
  })
})

describe('selects offer only what the user may choose; the server refuses the rest itself', () => {
  const fields = () => payload.collections.letters.config.fields
  const offered = async (name: string, user: User, data: Record<string, unknown>) => {
    const field = findField(fields(), name) as SelectField
    const req = await createLocalReq({ user }, payload)
    const options = field.filterOptions!({ data, siblingData: data, options: field.options, req } as never) as { value: string }[]
    return options.map((o) => (typeof o === 'string' ? o : o.value))
  }

  it('offers registration of an incoming draft to the office chief, not to an expert; cancellation only once registered', async () => {
    const expert = await demoUser(payload, 'expert.political')
    expect(await offered('status', office, { kind: 'incoming', status: 'draft' })).toEqual(['draft', 'registered'])
    expect(await offered('status', expert, { kind: 'incoming', status: 'draft' })).toEqual(['draft'])
    expect(await offered('status', office, { kind: 'incoming', status: 'registered', registryNumber: '۱۴۰۵/و/۱' })).toEqual(['registered', 'cancelled'])
    expect(await offered('status', await demoUser(payload, 'deputy.political'), { kind: 'incoming', status: 'registered', registryNumber: '۱۴۰۵/و/۱' })).toEqual(['registered'])
  })

  it('offers classifications up to the user’s clearance', async () => {
    const expert = await demoUser(payload, 'expert.political')
    expect(await offered('classification', expert, { classification: 'normal' })).toEqual(['normal', 'confidential'])
    expect(await offered('classification', office, { classification: 'normal' })).toEqual(['normal', 'confidential', 'highly-confidential', 'secret'])
  })

  it('REST: a level above clearance is still refused with its own 403 and Persian message, not a generic invalid choice', async () => {
    const res = await rest('POST', '/api/letters', {
      body: { kind: 'internal', status: 'draft', classification: 'secret', urgency: 'normal', subject: 'بالاتر از صلاحیت' },
      token: await tokenFor('expert.political'),
    })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toMatch(persian)
  })
})
