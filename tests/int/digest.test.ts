import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Digest } from '../../src/lib/digest'
import { addWorkingDays, formatJalaliDate, isWorkingDay, jalaliDateOf, jalaliToUtc } from '../../src/lib/jalali'
import { seededHolidayTable as defaultHolidays } from '../helpers/holidays'
import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter } from '../../src/payload-types'
import { runJobs } from '../helpers/jobs'
import { registerIncoming } from '../helpers/letters'
import { addressOf, receivedMails } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { checkPdf, compact, documentText } from '../helpers/pdf'
import { rest, restBytes } from '../helpers/rest'
import { passDeadline } from '../helpers/referrals'
import { demoUser, emailOf, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const register = (data: Record<string, unknown>, as = 'office') => registerIncoming(payload, sender, data, as)

const REPORT =
  'احتراماً به استحضار می‌رساند، ساعت ۹ صبح امروز حدود دویست نفر از کشاورزان شهرستان در اعتراض به کمبود آب کشاورزی مقابل فرمانداری تجمع کردند. ' +
  'تجمع‌کنندگان خواستار دیدار با فرماندار و رسیدگی فوری به سهمیهٔ آب بودند. تجمع پس از دو ساعت با وعدهٔ تشکیل جلسهٔ شورای تأمین به پایان رسید. ' +
  'خواهشمند است دستور فرمایید اقدام مقتضی معمول گردد.'

async function digestAs(as: string, query = '') {
  return rest('GET', `/api/digest${query}`, { token: await tokenFor(as) }) as Promise<{ status: number; body: Digest & { errors?: { message: string }[] } }>
}
const section = (d: Digest, key: string) => d.sections.find((s) => s.key === key)!
const titles = (d: Digest, key: string) => section(d, key).groups.flatMap((g) => g.items.map((i) => i.title))

let immediate: Letter
let report: Letter
let secret: Letter

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا', kind: 'county-governorate' } })).id
  report = await register({ subject: 'تجمع کشاورزان در اعتراض به کمبود آب', body: plainToRichText(REPORT) })
  immediate = await register({ subject: 'درخواست آنی برای جلسهٔ شورای تأمین', urgency: 'immediate', summary: 'خلاصهٔ دست‌نوشت رییس دفتر' })
  secret = await register({ subject: 'گزارش سری امنیتی روز', classification: 'secret', urgency: 'very-urgent', body: plainToRichText('متن سری گزارش برای مدیرکل.') })
})

describe('summaries', () => {
  it('an incoming letter registered without a summary gets one from its body, marked machine-made', async () => {
    expect(report.summary).toBeTruthy()
    expect(report.summary!.length).toBeLessThanOrEqual(300)
    expect(report.summary).toContain('تجمع کردند')
    expect(report.summary).not.toContain('خواهشمند است')
    expect(report.summaryMachineMade).toBe(true)
    expect(immediate.summary).toBe('خلاصهٔ دست‌نوشت رییس دفتر')
    expect(immediate.summaryMachineMade).toBeFalsy()
  })

  it('a person editing the summary takes the machine mark off; the client cannot set the mark', async () => {
    const token = await tokenFor('office')
    const edited = await rest('PATCH', `/api/letters/${report.id}`, { token, body: { summary: 'تجمع کشاورزان فسا؛ جلسهٔ شورای تأمین در پیش است.' } })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.summaryMachineMade).toBe(false)
    const forged = await rest('PATCH', `/api/letters/${immediate.id}`, { token, body: { summaryMachineMade: true } })
    expect(forged.status).toBe(400)
    expect((await payload.findByID({ collection: 'letters', id: immediate.id })).summaryMachineMade).toBeFalsy()
  })
})

describe('GET /api/digest', () => {
  it('lists new letters by urgency, immediate and very urgent first, with summaries, and the briefing of incoming reports', async () => {
    const { status, body } = await digestAs('director')
    expect(status).toBe(200)
    expect(body.sections.map((s) => s.key)).toEqual(['new-letters', 'briefing', 'overdue-referrals', 'my-open-orders'])
    const groups = section(body, 'new-letters').groups
    expect(groups.map((g) => g.heading)).toEqual(['آنی', 'خیلی فوری', 'فوری', 'عادی'])
    expect(groups[0]!.items.map((i) => i.title)).toContain(immediate.subject)
    expect(groups[1]!.items.map((i) => i.title)).toContain(secret.subject)
    const item = groups[3]!.items.find((i) => i.number === report.registryNumber)!
    expect(item.summary).toBeTruthy()
    const briefing = section(body, 'briefing')
    expect(briefing.title).toBe('خلاصه گزارش‌های واصله')
    expect(briefing.intro).toMatch(persian)
  })

  it("respects the reader's clearance: the office chief (secret) sees the secret paper, not the top-secret one", async () => {
    const topSecret = await register(
      { kind: 'outgoing', subject: 'دستور به‌کلی سری', classification: 'top-secret', sender: { relationTo: 'posts', value: (await payload.find({ collection: 'posts', where: { key: { equals: 'director' } }, limit: 1 })).docs[0]!.id } },
      'director',
    )
    const office = (await digestAs('office')).body
    expect(titles(office, 'new-letters')).toContain(secret.subject)
    expect(titles(office, 'new-letters')).not.toContain(topSecret.subject)
    expect(JSON.stringify(office)).not.toContain('دستور به‌کلی سری')
  })

  it('overdue referrals across the directorate by unit, and the open orders of the director', async () => {
    const expert = await demoUser(payload, 'expert.elections')
    const order = await payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: immediate.id }, to: [expert.id], purpose: 'action', instruction: 'پیگیری فوری' } as never,
      user: await demoUser(payload, 'director'),
      overrideAccess: false,
    })
    // Three days past its deadline.
    await passDeadline(payload, order.id, 3)
    expect(order.id).toBeGreaterThan(0)
    const d = (await digestAs('director')).body
    const overdue = section(d, 'overdue-referrals')
    const late = overdue.groups.flatMap((g) => g.items.map((i) => ({ ...i, unit: g.heading }))).find((i) => i.number === immediate.registryNumber)!
    expect(late.lines!.join(' ')).toContain('دیرکرد')
    expect(late.unit).toBeTruthy()
    expect(titles(d, 'my-open-orders')).toContain(immediate.subject)
  })

  it('as a PDF: valid, with the section titles in its text', async () => {
    const res = await restBytes('/api/digest?format=pdf', await tokenFor('director'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    await checkPdf(res.bytes)
    const raw = await documentText(res.bytes)
    const text = compact(raw)
    for (const phrase of ['گزارش روزانهٔ مدیرکل', 'نامه‌های ثبت‌شدهٔ تازه', 'ارجاع‌های دیرکرد', immediate.subject]) expect(text).toContain(compact(phrase))
    // Dates a person reads are in Persian digits (issue 12).
    expect(raw).toContain(`ثبت: ${formatJalaliDate(immediate.registeredAt!, { digits: 'persian' })}`)
    expect(raw).not.toMatch(/[0-9]{4}\/[0-9]{2}\/[0-9]{2}/)
  })

  it('refuses staff it is not for (403, recorded), a bad date and a bad format (400, Persian), and no login (401)', async () => {
    const before = (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'digest' }, outcome: { equals: 'denied' } } })).totalDocs
    const expert = await digestAs('expert.gis')
    expect(expert.status).toBe(403)
    expect(errorText(expert.body)).toMatch(persian)
    expect((await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'digest' }, outcome: { equals: 'denied' } } })).totalDocs).toBe(before + 1)
    for (const query of ['?date=1405/13/01', '?date=دیروز', '?format=docx']) {
      const res = await digestAs('director', query)
      expect(res.status, query).toBe(400)
      expect(errorText(res.body)).toMatch(persian)
    }
    expect((await rest('GET', '/api/digest')).status).toBe(401)
  })
})

describe('the 07:00 digest job', () => {
  it('mails each director the digest: Persian RTL, classified papers by number and level only, once a day', async () => {
    const today = jalaliDateOf(new Date())
    // On a working day, now; otherwise the next working day's 07:00 (its window reaches back over today).
    const at = isWorkingDay(today, defaultHolidays) ? new Date() : jalaliToUtc(addWorkingDays(today, 0, defaultHolidays), { hour: 7, minute: 1 })
    const run = async () => {
      await payload.jobs.queue({ task: 'directorDigest', input: { at: at.toISOString() } })
      await runJobs(payload, ['directorDigest', 'sendNotification'])
    }
    await run()
    await run()
    const mails = (await receivedMails()).filter((m) => addressOf(m) === emailOf('director') && m.subject?.startsWith('گزارش روزانه'))
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.subject).toContain(formatJalaliDate(at, { digits: 'persian' }))
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.text).toContain(immediate.subject)
    expect(mail.text).toContain('(سری)')
    expect(mail.text).not.toContain(secret.subject)
    expect(mail.text).not.toContain('متن سری')
    expect(mail.text).toContain('/api/digest?date=')
    // The audit trail's signed checkpoint, a copy out of the server's reach (src/lib/audit/checkpointMail.ts).
    expect(mail.text).toMatch(/^\d+\t[0-9a-f]{64}\t\S+Z\t[0-9a-f]{64}$/m)
    // Persian digits wherever a person reads (the link keeps its Latin date).
    expect(mail.text).toContain(`ثبت: ${formatJalaliDate(immediate.registeredAt!, { digits: 'persian' })}`)
    expect(String(mail.text).replace(/https?:\/\/\S+/g, '')).not.toMatch(/[0-9]{4}\/[0-9]{2}\/[0-9]{2}/)
    expect(String(mail.html).replace(/href="[^"]*"/g, '')).not.toMatch(/[0-9]{4}\/[0-9]{2}\/[0-9]{2}/)
  })
})
