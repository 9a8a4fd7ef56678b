// Issue 13 items 8 and 9: an attachment is shown by the name its uploader gave (with its type and
// size), never by the server-made file name; a deadline given as a day lasts to that day's end
// in Tehran, so a referral due today is not overdue until today is over.
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { endOfJalaliDay, jalaliDateOf, jalaliToUtc } from '../../src/lib/jalali'
import { toPersianDigits } from '../../src/lib/persian'
import { tinyPdf } from '../helpers/files'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const pdfTitle = (name: string) => `${name} (PDF، ${toPersianDigits(String(tinyPdf.length))} بایت)`
const about = (id: number) => ({ relationTo: 'letters', value: id })

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا (مهلت و پیوست)', kind: 'county-governorate' } })).id
})

describe('an attachment is shown by its original name', () => {
  it('REST: the upload keeps its original name and is titled by it with type and size; the stored file name stays server-made', async () => {
    const res = await uploadFile('attachments', 'گزارش\u200Cهای انتخابات ۱۴۰۵.pdf', tinyPdf, await tokenFor('office'))
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.originalName).toBe('گزارش\u200Cهای انتخابات ۱۴۰۵.pdf')
    expect(doc.title).toBe(pdfTitle('گزارش\u200Cهای انتخابات ۱۴۰۵.pdf'))
    expect(doc.filename).toMatch(/^[0-9a-f]{32}\.pdf$/)

    // Where it is shown: a letter's attachments (depth 1) and a referral's response files.
    const letter = await registerIncoming(payload, sender, { subject: 'نامه با پیوست نام‌دار', attachments: [doc.id] })
    const read = await rest('GET', `/api/letters/${letter.id}?depth=1`, { token: await tokenFor('office') })
    expect(read.status).toBe(200)
    expect(read.body.attachments[0]).toMatchObject({ title: doc.title, originalName: doc.originalName, filename: doc.filename })

    const expert = await demoUser(payload, 'expert.political')
    const referral = await rest('POST', '/api/referrals', { token: await tokenFor('office'), body: { record: about(letter.id), to: [expert.id], purpose: 'action' } })
    expect(referral.status).toBe(201)
    const reply = await uploadFile('attachments', 'پاسخ کارشناس.pdf', tinyPdf, await tokenFor('expert.political'))
    expect(reply.status).toBe(201)
    const token = await tokenFor('expert.political')
    expect((await rest('GET', `/api/referrals/${referral.body.doc.id}`, { token })).status).toBe(200)
    const done = await rest('PATCH', `/api/referrals/${referral.body.doc.id}?depth=1`, { token, body: { state: 'done', response: 'انجام شد', responseAttachments: [reply.body.doc.id] } })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.doc.responseAttachments[0].title).toBe(pdfTitle('پاسخ کارشناس.pdf'))
  })

  it('Local API (access on, a real user): the same, and GraphQL names it alike', async () => {
    const office = await demoUser(payload, 'office')
    const doc = await payload.create({
      collection: 'attachments',
      data: { classification: 'normal' },
      file: { data: Buffer.from(tinyPdf), name: 'صورتجلسهٔ ستاد.pdf', mimetype: 'application/pdf', size: tinyPdf.length },
      user: office,
      overrideAccess: false,
    })
    expect(doc.title).toBe(pdfTitle('صورتجلسهٔ ستاد.pdf'))
    expect(doc.filename).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(doc.filename).not.toContain('صورتجلسه')
    const gql = await graphql(`{ Attachment(id: ${doc.id}) { title originalName filename } }`, await tokenFor('office'))
    expect(gql.body.data?.Attachment).toEqual({ title: doc.title, originalName: 'صورتجلسهٔ ستاد.pdf', filename: doc.filename })
  })

  it('nobody sets the title: it is the server’s, from the upload', async () => {
    const res = await uploadFile('attachments', 'نامه.pdf', tinyPdf, await tokenFor('office'), { title: 'invoice.exe', classification: 'normal' })
    expect(res.status).toBe(201)
    expect(res.body.doc.title).toBe(pdfTitle('نامه.pdf'))
  })

  it('a row stored before names were kept is shown as «پیوست <id>» with its type and size', async () => {
    const office = await demoUser(payload, 'office')
    const doc = await payload.create({ collection: 'attachments', data: { classification: 'normal' }, file: { data: Buffer.from(tinyPdf), name: 'قدیمی.pdf', mimetype: 'application/pdf', size: tinyPdf.length }, user: office, overrideAccess: false })
    await payload.db.drizzle.execute(sql`UPDATE attachments SET title = NULL, original_name = NULL WHERE id = ${doc.id}`)
    const read = await payload.findByID({ collection: 'attachments', id: doc.id, user: office, overrideAccess: false })
    expect(read.title).toBe(`پیوست ${toPersianDigits(String(doc.id))} (PDF، ${toPersianDigits(String(tinyPdf.length))} بایت)`)
  })
})

describe('a deadline given as a day is the end of that day in Tehran', () => {
  const today = () => jalaliDateOf(new Date())
  const endOfToday = () => endOfJalaliDay(today())

  it('REST: today typed in the picker (00:00 Tehran) is stored as 23:59:59.999 Tehran and is not overdue, in the referral nor in the kartabl', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'مهلت امروز' })
    const expert = await demoUser(payload, 'expert.gis')
    const typed = jalaliToUtc(today()).toISOString()
    const res = await rest('POST', '/api/referrals', { token: await tokenFor('office'), body: { record: about(letter.id), to: [expert.id], purpose: 'action', deadline: typed } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.deadline).toBe(endOfToday())
    expect(res.body.doc.deadline.endsWith('T20:29:59.999Z')).toBe(true)
    expect(res.body.doc.deadlineByDefault).toBe(false)
    expect(res.body.doc.overdue).toBe(false)

    const stored = await payload.db.drizzle.execute(sql`SELECT deadline FROM referrals WHERE id = ${res.body.doc.id}`)
    expect(new Date((stored as unknown as { rows: { deadline: string }[] }).rows[0]!.deadline).toISOString()).toBe(endOfToday())

    const desk = await rest('GET', '/api/kartabl?limit=100', { token: await tokenFor('expert.gis') })
    const row = desk.body.inbox.docs.find((d: { id: number }) => d.id === res.body.doc.id)
    expect(row).toMatchObject({ overdue: false, deadline: endOfToday() })
    expect(desk.body.counts.overdue).toBe(0)
  })

  it('Local API (access on): an ISO date, a time of day and the Jalali companion all mean the end of the day', async () => {
    const office = await demoUser(payload, 'office')
    const expert = await demoUser(payload, 'expert.ethnic')
    const letter = await registerIncoming(payload, sender, { subject: 'مهلت به چند شکل' })
    const make = (data: Record<string, unknown>) =>
      payload.create({ collection: 'referrals', data: { record: about(letter.id), to: [expert.id], purpose: 'review', ...data } as never, user: office, overrideAccess: false })
    // 1405/09/20 = 2026-12-11 (a Friday does not matter: the person chose it).
    const end = '2026-12-11T20:29:59.999Z'
    expect((await make({ deadline: '2026-12-11' })).deadline).toBe(end)
    expect((await make({ deadline: '2026-12-11T09:15:00+03:30' })).deadline).toBe(end)
    expect((await make({ deadlineJalali: '۱۴۰۵/۰۹/۲۰' })).deadline).toBe(end)
    await expect(make({ deadlineJalali: '۱۴۰۵/۱۳/۲۰' })).rejects.toMatchObject({ status: 400 })

    // Moving it to today on an update is the same rule.
    const moved = await make({ deadline: '2026-12-11' })
    const updated = await payload.update({ collection: 'referrals', id: moved.id, data: { deadline: jalaliToUtc(today()).toISOString() }, user: office, overrideAccess: false })
    expect(updated.deadline).toBe(endOfToday())
    expect(updated.overdue).toBe(false)
  })
})
