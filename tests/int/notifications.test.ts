import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { tehranDayRange } from '../../src/lib/jalali'
import { runJobs } from '../helpers/jobs'
import { registerIncoming } from '../helpers/letters'
import { addressOf, receivedMails } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { moveDeadline } from '../helpers/referrals'
import { demoUser, emailOf, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const userId = async (local: string) => (await demoUser(payload, local)).id
const about = (id: number) => ({ relationTo: 'letters', value: id })
const refer = async (by: string, body: Record<string, unknown>) => rest('POST', '/api/referrals', { token: await tokenFor(by), body })
const runQueue = () => runJobs(payload, ['sendNotification', 'dailyReferralMail'])
const mailsTo = async (email: string) => (await receivedMails()).filter((m) => addressOf(m) === email)

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری داراب', kind: 'county-governorate' } })).id
})

describe('mail on a referral', () => {
  it('a new referral mails its recipient through the job queue: Persian, RTL, plain text, Jalali deadline, a link', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'درخواست تشکیل شورای بخش', urgency: 'urgent' })
    const { body } = await refer('office', { record: about(letter.id), to: [await userId('expert.ethnic')], purpose: 'action', instruction: 'پیگیری شود' })
    const before = (await mailsTo(emailOf('expert.ethnic'))).length
    const queued = await payload.find({ collection: 'notifications', where: { referral: { equals: body.doc.id } } })
    expect(queued.docs.map((n) => n.status)).toEqual(['queued'])

    await runQueue()
    const mails = await mailsTo(emailOf('expert.ethnic'))
    expect(mails).toHaveLength(before + 1)
    const mail = mails.at(-1)!
    expect(mail.subject).toBe('ارجاع تازه: درخواست تشکیل شورای بخش')
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.text).toContain('پیگیری شود')
    expect(mail.text).toMatch(/مهلت: ۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/)
    expect(mail.text).toContain(`/admin/collections/referrals/${body.doc.id}`)
    expect((await payload.findByID({ collection: 'notifications', id: queued.docs[0]!.id })).status).toBe('sent')
  })

  it('the link opens the server that sent it: the port npm start listens on when no SERVER_URL is set', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'نشانی پیوند در نامه' })
    const saved = process.env.PORT
    process.env.PORT = '4310'
    try {
      const { body } = await refer('office', { record: about(letter.id), to: [await userId('expert.ethnic')], purpose: 'information' })
      await runQueue()
      const mail = (await mailsTo(emailOf('expert.ethnic'))).at(-1)!
      expect(mail.text).toContain(`http://localhost:4310/admin/collections/referrals/${body.doc.id}`)
    } finally {
      if (saved === undefined) delete process.env.PORT
      else process.env.PORT = saved
    }
  })

  it('a classified paper is named only by number and level; a returned referral mails its sender', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'گزارش سری اقوام', classification: 'secret' })
    const { body } = await refer('director', { record: about(letter.id), to: [await userId('deputy.political')], purpose: 'review', instruction: 'محرمانه بماند' })
    await runQueue()
    const mail = (await mailsTo(emailOf('deputy.political'))).at(-1)!
    expect(mail.subject).toBe('ارجاع تازه: نامهٔ سری')
    expect(mail.raw).not.toMatch(/اقوام|محرمانه بماند/)
    expect(mail.text).not.toMatch(/اقوام|محرمانه بماند/)

    const deputy = await tokenFor('deputy.political')
    await rest('GET', `/api/referrals/${body.doc.id}`, { token: deputy })
    await rest('PATCH', `/api/referrals/${body.doc.id}`, { token: deputy, body: { state: 'returned', returnReason: 'به معاونت انتخابات مربوط است' } })
    await runQueue()
    const back = (await mailsTo(emailOf('director'))).at(-1)!
    expect(back.subject).toBe('ارجاع عودت‌شده: نامهٔ سری')
    expect(back.text).not.toContain('معاونت انتخابات')
  })

  it('a rolled-back referral sends nothing; a draft mails only once it is sent', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'ارجاع برگشت‌خورده' })
    const before = (await receivedMails()).length
    const req = await createLocalReq({ user: await demoUser(payload, 'office') }, payload)
    await initTransaction(req)
    await payload.create({ collection: 'referrals', data: { record: about(letter.id), to: [await userId('expert.gis')], purpose: 'action' } as never, req, overrideAccess: false, user: req.user })
    await killTransaction(req)
    await runQueue()
    expect((await receivedMails()).length).toBe(before)
    expect((await payload.find({ collection: 'notifications', where: { subject: { equals: 'ارجاع تازه: ارجاع برگشت‌خورده' } } })).totalDocs).toBe(0)

    const draft = await refer('office', { record: about(letter.id), to: [await userId('expert.gis')], purpose: 'action', state: 'draft' })
    await runQueue()
    expect((await receivedMails()).length).toBe(before)
    await rest('PATCH', `/api/referrals/${draft.body.doc.id}`, { token: await tokenFor('office'), body: { state: 'sent' } })
    await runQueue()
    expect((await mailsTo(emailOf('expert.gis'))).at(-1)?.subject).toBe('ارجاع تازه: ارجاع برگشت‌خورده')
  })

  it('never sends the same mail twice: not when its job runs again, not after a crash mid-send', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'یک بار و فقط یک بار' })
    const { body } = await refer('office', { record: about(letter.id), to: [await userId('head.elections')], purpose: 'action' })
    await runQueue()
    const count = async () => (await mailsTo(emailOf('head.elections'))).filter((m) => m.subject === 'ارجاع تازه: یک بار و فقط یک بار').length
    expect(await count()).toBe(1)
    const [note] = (await payload.find({ collection: 'notifications', where: { referral: { equals: body.doc.id } } })).docs
    await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: note!.id } })
    await runQueue()
    expect(await count()).toBe(1)

    // A crash between sending and marking leaves the record `sending`: a retry must not send.
    const other = await registerIncoming(payload, sender, { subject: 'ارسال نیمه‌کاره' })
    const second = await refer('office', { record: about(other.id), to: [await userId('head.elections')], purpose: 'action' })
    const [pending] = (await payload.find({ collection: 'notifications', where: { referral: { equals: second.body.doc.id } } })).docs
    await payload.update({ collection: 'notifications', id: pending!.id, data: { status: 'sending' } })
    await runQueue()
    expect((await mailsTo(emailOf('head.elections'))).some((m) => m.subject === 'ارجاع تازه: ارسال نیمه‌کاره')).toBe(false)
    // The same event cannot even be recorded twice.
    await expect(
      payload.create({ collection: 'notifications', data: { kind: 'referral-new', to: pending!.to, toEmail: pending!.toEmail, subject: 'x', dedupeKey: pending!.dedupeKey } as never }),
    ).rejects.toThrow()
  })
})

describe('the working morning’s mail', () => {
  it('reminds of what falls due tomorrow, lists what is overdue to the person and their supervisor, once a day', async () => {
    // Tuesday 1405/09/03, 08:00 Tehran: a working day; tomorrow (Wednesday) too.
    const at = new Date(tehranDayRange({ jy: 1405, jm: 9, jd: 3 }).start.getTime() + 8 * 3_600_000)
    const dueTomorrow = new Date(tehranDayRange({ jy: 1405, jm: 9, jd: 4 }).end.getTime() - 1).toISOString()
    const overdue = new Date(tehranDayRange({ jy: 1405, jm: 9, jd: 1 }).end.getTime() - 1).toISOString()
    const soon = await registerIncoming(payload, sender, { subject: 'مهلت فردا' })
    const late = await registerIncoming(payload, sender, { subject: 'گذشته از مهلت', classification: 'confidential' })
    const expert = await userId('expert.elections')
    for (const [letter, deadline] of [[soon, dueTomorrow], [late, overdue]] as const) {
      // Given on a day before both (a deadline already past is refused when given).
      const res = await refer('office', { record: about(letter.id), to: [expert], purpose: 'action' })
      expect(res.status).toBe(201)
      await moveDeadline(payload, res.body.doc.id, deadline)
    }
    await runQueue()

    const daily = async () => {
      await payload.jobs.queue({ task: 'dailyReferralMail', input: { at: at.toISOString() } })
      await runQueue()
      await runQueue()
    }
    await daily()
    const mine = await mailsTo(emailOf('expert.elections'))
    const reminder = mine.find((m) => m.subject?.startsWith('یادآوری'))
    expect(reminder?.text).toContain('مهلت فردا')
    const list = mine.find((m) => m.subject?.startsWith('ارجاع‌های دیرکرد شما'))
    expect(list?.text).toContain('(محرمانه)')
    expect(list?.text).not.toContain('گذشته از مهلت')
    const head = (await mailsTo(emailOf('head.elections'))).find((m) => m.subject?.startsWith('ارجاع‌های دیرکرد') && !m.subject.includes('شما'))
    expect(head).toBeDefined()

    const total = (await receivedMails()).length
    await daily()
    expect((await receivedMails()).length).toBe(total)
  })
})
