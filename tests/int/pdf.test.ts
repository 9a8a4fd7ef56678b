import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatJalaliDate } from '../../src/lib/jalali'
import { toPersianDigits } from '../../src/lib/persian'
import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter } from '../../src/payload-types'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { checkPdf, compact, documentText, textLines } from '../helpers/pdf'
import { rest, restBytes } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
let book: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const register = (data: Record<string, unknown>, as = 'office') => registerIncoming(payload, sender, data, as)
const postOf = async (key: string) => (await payload.find({ collection: 'posts', where: { key: { equals: key } }, depth: 0, limit: 1 })).docs[0]!

// Lexical nodes as the editor saves them (bold is format bit 1).
const node = { format: '', indent: 0, version: 1, direction: 'rtl' }
const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (children: unknown[]) => ({ type: 'paragraph', textFormat: 0, ...node, children })
const richText = (children: unknown[]) => ({ root: { type: 'root', ...node, children } })

async function pdfOf(path: string, as?: string) {
  return restBytes(path, as ? await tokenFor(as) : undefined)
}
const extract = async (bytes: Uint8Array) => compact(await documentText(bytes))

const denials = async (collection: string, id: number | string) =>
  (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: collection }, targetId: { equals: String(id) }, action: { equals: 'download' }, outcome: { equals: 'denied' } } }))
    .totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری کازرون', kind: 'county-governorate' } })).id
  await payload.updateGlobal({ slug: 'letterhead', data: { organisation: 'استانداری نمونه', unit: 'دفتر سیاسی، انتخابات و تقسیمات کشوری', address: 'خیابان نمونه، پلاک ۱۲' } })
})

describe('GET /api/letters/:id/pdf', () => {
  let letter: Letter
  beforeAll(async () => {
    letter = await register({
      subject: 'گزارش آمادگی حوزه‌های انتخابیه',
      urgency: 'urgent',
      classification: 'confidential',
      body: richText([
        paragraph([text('با سلام و احترام، '), text('حداکثر تا پایان هفته', 1), text(' گزارش شود.')]),
        { type: 'list', listType: 'bullet', tag: 'ul', start: 1, ...node, children: [{ type: 'listitem', value: 1, ...node, children: [text('تأمین نیروی انسانی شعب')] }] },
      ]),
      recipients: [{ relationTo: 'posts', value: (await postOf('expert-ethnic')).id }],
    })
  })

  it('an incoming paper: number, Jalali date, subject, its text and marks, and a valid PDF', async () => {
    const res = await pdfOf(`/api/letters/${letter.id}/pdf`, 'office')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''")
    expect(await checkPdf(res.bytes)).toBe(1)
    const text = await extract(res.bytes)
    // The number exactly as written, on its line (its ActualText), and the date.
    const lines = await textLines(res.bytes)
    expect(lines).toContain(toPersianDigits(letter.registryNumber!))
    expect(lines.join('\n')).toContain(formatJalaliDate(letter.registeredAt!, { digits: 'persian' }))
    for (const phrase of ['استانداری نمونه', 'گزارش آمادگی حوزه‌های انتخابیه', 'حداکثر تا پایان هفته', 'تأمین نیروی انسانی شعب', 'محرمانه', 'فوری']) expect(text).toContain(compact(phrase))
  })

  it('a reader without the content (an addressee below the level) gets 403; a stranger the same answer as for a missing letter (404); both recorded', async () => {
    const secret = await register({ subject: 'سری برای PDF', classification: 'secret', body: plainToRichText('متن سری'), recipients: [{ relationTo: 'posts', value: (await postOf('expert-ethnic')).id }] })
    const missing = await restBytes('/api/letters/99999999/pdf', await tokenFor('expert.gis'))
    for (const [as, status] of [['expert.ethnic', 403], ['expert.gis', 404]] as const) {
      const before = await denials('letters', secret.id)
      const res = await restBytes(`/api/letters/${secret.id}/pdf`, await tokenFor(as))
      expect(res.status, as).toBe(status)
      expect(res.text).toMatch(persian)
      expect(res.text).not.toContain('متن سری')
      if (status === 404) expect(res.text).toBe(missing.text)
      expect(await denials('letters', secret.id)).toBe(before + 1)
    }
  })

  it('without a login 401; an unknown letter 404; a bad id 400', async () => {
    expect((await restBytes(`/api/letters/${letter.id}/pdf`)).status).toBe(401)
    expect((await restBytes('/api/letters/99999999/pdf', await tokenFor('office'))).status).toBe(404)
    expect((await restBytes('/api/letters/abc/pdf', await tokenFor('office'))).status).toBe(400)
  })

  it('a draft carries «پیش‌نویس» and no number; a long body runs to numbered pages', async () => {
    const office = await demoUser(payload, 'office')
    const long = Array.from({ length: 60 }, (_, i) => `بند ${i + 1}: ${'گزارش اقدامات انجام‌شده در حوزهٔ انتخابیه '.repeat(6)}`).join('\n')
    const draft = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', subject: 'پیش‌نویس بلند', body: plainToRichText(long), sender: { relationTo: 'posts', value: (await postOf('office-chief')).id } } as never,
      user: office,
      overrideAccess: false,
    })
    const res = await pdfOf(`/api/letters/${draft.id}/pdf`, 'office')
    expect(res.status).toBe(200)
    expect(await checkPdf(res.bytes)).toBeGreaterThan(1)
    const text = await extract(res.bytes)
    expect(text).toContain(compact('پیش‌نویس'))
    expect(text).toContain(compact('صفحهٔ 2 از'))
  })

  it('characters outside the font become a visible replacement, never an error', async () => {
    const odd = await register({ subject: 'نامه با نویسه‌های ناآشنا 😀', body: plainToRichText('متن با 漢字 و \u0007 و 🚀 پایان') })
    const res = await pdfOf(`/api/letters/${odd.id}/pdf`, 'office')
    expect(res.status).toBe(200)
    await checkPdf(res.bytes)
    expect(await extract(res.bytes)).toContain(compact('پایان'))
  })
})

describe('an incoming letter prints as its registration record (cover sheet), not as our letter', () => {
  const api = async (method: 'POST' | 'PATCH' | 'GET', path: string, as: string, body?: unknown) => rest(method, path, { token: await tokenFor(as), body })
  const userId = async (local: string) => (await demoUser(payload, local)).id
  let incoming: Letter
  let hiddenInstruction: string

  beforeAll(async () => {
    const res = await api('POST', '/api/letters', 'office', {
      kind: 'incoming',
      status: 'registered',
      urgency: 'urgent',
      classification: 'normal',
      subject: 'درخواست برگزاری نشست شورای تأمین',
      summary: 'فرمانداری برای هفتهٔ آینده نشست مشترک می‌خواهد.',
      senderNumber: '۴۵۶/ف/۱۲',
      senderDateJalali: '1405/08/20',
      sender: { relationTo: 'correspondents', value: sender },
      recipients: [{ relationTo: 'posts', value: (await postOf('director')).id }],
      copies: [{ relationTo: 'posts', value: (await postOf('office-chief')).id }],
      body: plainToRichText('متن نامهٔ فرمانداری دربارهٔ نشست'),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    incoming = res.body.doc
    const first = await api('POST', '/api/referrals', 'office', { record: { relationTo: 'letters', value: incoming.id }, to: [await userId('deputy.political')], purpose: 'action', instruction: 'هماهنگی نشست' })
    expect(first.status).toBe(201)
    await api('GET', `/api/referrals/${first.body.doc.id}`, 'deputy.political')
    const onward = await api('POST', '/api/referrals', 'deputy.political', { record: { relationTo: 'letters', value: incoming.id }, to: [await userId('head.political')], purpose: 'review', parent: first.body.doc.id })
    expect(onward.status).toBe(201)
    hiddenInstruction = 'فقط برای معاون انتخابات'
    const other = await api('POST', '/api/referrals', 'office', { record: { relationTo: 'letters', value: incoming.id }, to: [await userId('deputy.elections')], purpose: 'information', instruction: hiddenInstruction })
    expect(other.status).toBe(201)
    // A proposal still in the office chief's drafts has reached nobody: not a referral so far.
    const draft = await api('POST', '/api/referrals', 'office', { record: { relationTo: 'letters', value: incoming.id }, to: [await userId('expert.gis')], purpose: 'review', state: 'draft' })
    expect(draft.status).toBe(201)
  })

  it('carries our number and date, the sender with their number and date, subject, summary and every referral so far; no letter head or copies block', async () => {
    const res = await pdfOf(`/api/letters/${incoming.id}/pdf`, 'office')
    expect(res.status).toBe(200)
    await checkPdf(res.bytes)
    const lines = await textLines(res.bytes)
    const text = compact(lines.join('\n'))
    expect(lines).toContain(toPersianDigits(incoming.registryNumber!))
    expect(lines.join('\n')).toContain(formatJalaliDate(incoming.registeredAt!, { digits: 'persian' }))
    for (const phrase of [
      'برگ ثبت نامهٔ وارده',
      'فرمانداری کازرون',
      '۴۵۶/ف/۱۲',
      '1405/08/20',
      'درخواست برگزاری نشست شورای تأمین',
      'فرمانداری برای هفتهٔ آینده نشست مشترک می‌خواهد.',
      'ارجاع‌ها تاکنون',
      (await demoUser(payload, 'deputy.political')).fullName!,
      (await demoUser(payload, 'head.political')).fullName!,
      (await demoUser(payload, 'deputy.elections')).fullName!,
      'جهت اقدام',
      'جهت بررسی و اظهار نظر',
      'دیده‌شده',
      'ارسال‌شده',
      'فوری',
    ]) expect(text, phrase).toContain(compact(phrase))
    expect(text).not.toContain(compact((await demoUser(payload, 'expert.gis')).fullName!))
    expect(text).not.toContain(compact('پیش‌نویس'))
    // Not dressed as our own letter: no bismillah letter head, no copies (رونوشت) block under a signature.
    expect(text).not.toContain(compact('بسمه تعالی'))
    expect(text).not.toContain(compact('رونوشت:'))
  })

  it('lists only the referrals the reader may see: a deputy gets their branch, not the other deputy’s', async () => {
    const res = await pdfOf(`/api/letters/${incoming.id}/pdf`, 'deputy.political')
    expect(res.status).toBe(200)
    const text = await extract(res.bytes)
    expect(text).toContain(compact((await demoUser(payload, 'head.political')).fullName!))
    expect(text).not.toContain(compact((await demoUser(payload, 'deputy.elections')).fullName!))
    expect(text).not.toContain(compact(hiddenInstruction))
  })

  it('an outgoing letter is unchanged: our letter head, addressee, signature and copies, no cover sheet', async () => {
    const res = await api('POST', '/api/letters', 'director', {
      kind: 'outgoing',
      status: 'registered',
      subject: 'پاسخ دربارهٔ نشست شورای تأمین',
      body: plainToRichText('با نشست موافقت می‌شود.'),
      sender: { relationTo: 'posts', value: (await postOf('director')).id },
      recipients: [{ relationTo: 'correspondents', value: sender }],
      copies: [{ relationTo: 'posts', value: (await postOf('office-chief')).id }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const pdf = await pdfOf(`/api/letters/${res.body.doc.id}/pdf`, 'director')
    expect(pdf.status).toBe(200)
    await checkPdf(pdf.bytes)
    const lines = await textLines(pdf.bytes)
    const text = compact(lines.join('\n'))
    expect(lines).toContain(toPersianDigits(res.body.doc.registryNumber))
    for (const phrase of ['بسمه تعالی', 'فرمانداری کازرون', 'موضوع:', 'با نشست موافقت می‌شود.', 'رونوشت:', (await demoUser(payload, 'director')).fullName!]) {
      expect(text, phrase).toContain(compact(phrase))
    }
    expect(text).not.toContain(compact('برگ ثبت نامهٔ وارده'))
  })
})

describe('GET /api/registry-book.pdf', () => {
  beforeAll(async () => {
    const letter = await register({ subject: 'نامه برای دفتر اندیکاتور' })
    book = Number((letter.registryBook as { id?: number })?.id ?? letter.registryBook)
  })

  it('prints every number of the period in order, cancelled ones as «باطل», subjects only where the reader may see them', async () => {
    const a = await register({ subject: 'ردیف عادی دفتر' })
    const b = await register({ subject: 'ردیف سری دفتر', classification: 'secret' })
    const c = await register({ subject: 'ردیف ابطالی دفتر' })
    const cancel = await rest('PATCH', `/api/letters/${c.id}`, { token: await tokenFor('office'), body: { status: 'cancelled', cancelReason: 'ثبت نادرست' } })
    expect(cancel.status).toBe(200)
    const today = formatJalaliDate(a.registeredAt!)

    const office = await pdfOf(`/api/registry-book.pdf?book=${book}&from=${encodeURIComponent(today)}&to=${encodeURIComponent(today)}`, 'office')
    expect(office.status).toBe(200)
    await checkPdf(office.bytes)
    const lines = await textLines(office.bytes)
    const text = compact(lines.join('\n'))
    const at = (l: Letter) => lines.indexOf(toPersianDigits(l.registryNumber!))
    expect(at(a)).toBeGreaterThanOrEqual(0)
    expect(at(a)).toBeLessThan(at(b))
    expect(at(b)).toBeLessThan(at(c))
    for (const phrase of ['ردیف عادی دفتر', 'ردیف سری دفتر', 'باطل']) expect(text).toContain(compact(phrase))

    // The auditor (normal clearance) prints it too: every number, the secret one without its subject.
    const auditor = await pdfOf(`/api/registry-book.pdf?book=${book}&from=${encodeURIComponent(today)}`, 'auditor')
    expect(auditor.status).toBe(200)
    const hidden = await extract(auditor.bytes)
    expect(await textLines(auditor.bytes)).toContain(toPersianDigits(b.registryNumber!))
    expect(hidden).toContain(compact('ردیف عادی دفتر'))
    expect(hidden).not.toContain(compact('ردیف سری دفتر'))
  })

  it('names every recipient of an outgoing paper, in their order', async () => {
    const director = await demoUser(payload, 'director')
    const first = await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری شهرستان مرودشت', kind: 'county-governorate' } })
    const second = await payload.create({ collection: 'correspondents', data: { name: 'بخشداری بخش مرکزی کوار', kind: 'county-governorate' } })
    const outgoing = await payload.create({
      collection: 'letters',
      data: {
        kind: 'outgoing',
        status: 'registered',
        subject: 'ابلاغ دستورالعمل به دو گیرنده',
        body: plainToRichText('متن ابلاغ'),
        sender: { relationTo: 'posts', value: (await postOf('director')).id },
        recipients: [
          { relationTo: 'correspondents', value: first.id },
          { relationTo: 'correspondents', value: second.id },
        ],
      } as never,
      user: director,
      overrideAccess: false,
    })
    expect(outgoing.registryNumber).toBeTruthy()
    const outBook = Number((outgoing.registryBook as { id?: number })?.id ?? outgoing.registryBook)
    const day = formatJalaliDate(outgoing.registeredAt!)
    const res = await pdfOf(`/api/registry-book.pdf?book=${outBook}&from=${encodeURIComponent(day)}&to=${encodeURIComponent(day)}`, 'office')
    expect(res.status).toBe(200)
    const text = await extract(res.bytes)
    expect(text).toContain(compact('فرمانداری شهرستان مرودشت، بخشداری بخش مرکزی کوار'))
  })

  it('is refused to staff who do not keep the registry (403, recorded), and to bad input (400, Persian)', async () => {
    const res = await restBytes(`/api/registry-book.pdf?book=${book}`, await tokenFor('expert.gis'))
    expect(res.status).toBe(403)
    expect(res.text).toMatch(persian)
    for (const query of [`book=${book}&from=1405/13/01`, 'book=abc', `book=${book}&from=1405/09/10&to=1405/09/01`]) {
      const bad = await restBytes(`/api/registry-book.pdf?${query}`, await tokenFor('office'))
      expect(bad.status, query).toBe(400)
      expect(errorText(JSON.parse(bad.text))).toMatch(persian)
    }
    expect((await restBytes('/api/registry-book.pdf?book=99999')).status).toBe(401)
    expect((await restBytes('/api/registry-book.pdf?book=99999', await tokenFor('office'))).status).toBe(404)
  })
})
