import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { runJobs } from '../helpers/jobs'
import { addressOf, receivedMails } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, emailOf, FILE_TAG, MAIL_DOMAIN, tokenFor, withDemoUsers } from '../helpers/users'

/**
 * Meeting invitations (issue 14): the invitation, its updates and its cancellation reach each
 * invitee with an email as a Persian mail with an iCalendar file (one UID, a rising SEQUENCE,
 * times in UTC), through the job queue, and not when the change rolls back; invitees answer.
 */

const persian = /[\u0600-\u06FF]/
/** An instant given in Tehran time (UTC+03:30 all year since 1402), as ISO. */
const tehran = (day: string, time: string) => new Date(`${day}T${time}:00+03:30`).toISOString()

let payload: Payload
let office: User
let officeToken: string
let roomA: number
let roomB: number
let correspondentEmail: string

const runQueue = () => runJobs(payload, ['sendNotification'])
const mailsTo = async (email: string) => (await receivedMails()).filter((m) => addressOf(m) === email)

/** The mail's calendar file, parsed back with ical.js. */
function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.filename === 'invitation.ics' || /calendar/.test(a.contentType))
  if (!file) throw new Error(`no .ics in «${mail.subject}»`)
  const text = file.content.toString('utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const vevent = calendar.getFirstSubcomponent('vevent')!
  const event = new ICAL.Event(vevent)
  const utc = (t: ICAL.Time) => {
    expect(t.zone).toBe(ICAL.Timezone.utcTimezone)
    return t.toJSDate().toISOString()
  }
  return {
    text,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    start: utc(event.startDate),
    end: utc(event.endDate),
  }
}

const patch = async (id: number, body: Record<string, unknown>, token = officeToken) => rest('PATCH', `/api/meetings/${id}?depth=0`, { token, body })
const answer = async (id: number | string, local: string, body: Record<string, unknown>) =>
  rest('POST', `/api/meetings/${id}/answer`, { token: await tokenFor(local), body })

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  officeToken = await tokenFor('office')
  const room = async (name: string) => (await payload.create({ collection: 'places', data: { name: `${name} ${FILE_TAG}`, capacity: 20 }, user: office, overrideAccess: false })).id
  roomA = await room('اتاق دعوت الف')
  roomB = await room('اتاق دعوت ب')
  correspondentEmail = `farmandari@${MAIL_DOMAIN}`
})

describe('invitations, updates and cancellation by mail with an .ics', () => {
  let meetingId: number
  let uid: string
  const title = 'کمیسیون اقوام و مذاهب — جلسهٔ تابستان'

  it('a planned summer meeting mails each invitee (a user, a post’s holder, a correspondent) a Persian RTL invitation, SEQUENCE 0, times in UTC', async () => {
    const deputyPost = (await payload.find({ collection: 'posts', where: { key: { equals: 'deputy-political' } }, depth: 0, limit: 1 })).docs[0]
    const correspondent = await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری داراب', kind: 'county-governorate', email: correspondentEmail } as never })
    const expert = await demoUser(payload, 'expert.ethnic')
    const res = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: {
        title,
        // 1406/04/23, 10:00–11:30 Tehran: 06:30Z–08:00Z (the old summer time would give 05:30Z).
        start: tehran('2027-07-14', '10:00'),
        end: tehran('2027-07-14', '11:30'),
        place: roomA,
        invitees: [
          { relationTo: 'users', value: expert.id },
          ...(deputyPost ? [{ relationTo: 'posts', value: deputyPost.id }] : []),
          { relationTo: 'correspondents', value: correspondent.id },
        ],
        agenda: [{ title: 'گزارش وضعیت شهرستان‌ها' }],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(deputyPost, 'the seed has the political deputy’s post').toBeDefined()
    meetingId = res.body.doc.id
    expect(res.body.doc.sequence).toBe(0)
    // Queued, not yet sent: the job queue sends.
    expect(await mailsTo(emailOf('expert.ethnic'))).toHaveLength(0)
    await runQueue()

    for (const email of [emailOf('expert.ethnic'), emailOf('deputy.political'), correspondentEmail]) {
      const mails = await mailsTo(email)
      expect(mails.map((m) => m.subject), email).toEqual([`دعوت به جلسه: ${title}`])
      const [mail] = mails
      expect(mail!.html).toContain('dir="rtl"')
      expect(mail!.text).toContain('گزارش وضعیت شهرستان‌ها')
      expect(mail!.text).toMatch(/۱۴۰۶\/۰۴\/۲۳/)
      const ics = calendarOf(mail!)
      expect(ics.method).toBe('REQUEST')
      expect(ics.sequence).toBe(0)
      expect(ics.start).toBe('2027-07-14T06:30:00.000Z')
      expect(ics.end).toBe('2027-07-14T08:00:00.000Z')
      expect(ics.text).toContain('DTSTART:20270714T063000Z')
      uid ??= ics.uid
      expect(ics.uid).toBe(uid)
    }
    expect(uid).toBe(`meeting-${meetingId}@localhost`)

    // Users inside the system also find it among their notifications.
    const expertUser = await demoUser(payload, 'expert.ethnic')
    const notes = await payload.find({ collection: 'notifications', where: { meeting: { equals: meetingId } }, user: expertUser, overrideAccess: false, depth: 0 })
    expect(notes.docs.map((n) => [n.kind, n.status])).toEqual([['meeting-invitation', 'sent']])
  })

  it('a change of time mails an update with the same UID and SEQUENCE 1; a save that changes nothing mails nothing', async () => {
    const moved = await patch(meetingId, { start: tehran('2027-07-14', '11:00'), end: tehran('2027-07-14', '12:30') })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.sequence).toBe(1)
    await runQueue()
    const mail = (await mailsTo(emailOf('expert.ethnic'))).at(-1)!
    expect(mail.subject).toBe(`تغییر جلسه: ${title}`)
    const ics = calendarOf(mail)
    expect([ics.method, ics.uid, ics.sequence, ics.start, ics.end]).toEqual(['REQUEST', uid, 1, '2027-07-14T07:30:00.000Z', '2027-07-14T09:00:00.000Z'])
    expect((await mailsTo(correspondentEmail)).at(-1)!.subject).toBe(`تغییر جلسه: ${title}`)

    const before = (await receivedMails()).length
    const same = await patch(meetingId, { start: tehran('2027-07-14', '11:00'), sequence: 40 })
    expect(same.status).toBe(200)
    expect(same.body.doc.sequence).toBe(1)
    await runQueue()
    expect((await receivedMails()).length).toBe(before)
  })

  it('a change that rolls back (the room is booked) sends nothing and keeps the SEQUENCE', async () => {
    const other = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: { title: 'جلسهٔ اتاق ب', start: tehran('2027-07-14', '11:00'), end: tehran('2027-07-14', '12:00'), place: roomB },
    })
    expect(other.status, JSON.stringify(other.body)).toBe(201)
    await runQueue()
    const before = (await receivedMails()).length
    const refused = await patch(meetingId, { place: roomB })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(persian)
    await runQueue()
    expect((await receivedMails()).length).toBe(before)
    const stored = await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0 })
    expect([stored.sequence, stored.place]).toEqual([1, roomA])
    expect((await payload.find({ collection: 'notifications', where: { dedupeKey: { like: `meeting:${meetingId}:2:` } } })).totalDocs).toBe(0)
  })

  it('a meeting planned in a transaction that rolls back leaves no notification and sends nothing', async () => {
    const before = (await receivedMails()).length
    const expert = await demoUser(payload, 'expert.ethnic')
    const req = await createLocalReq({ user: office }, payload)
    await initTransaction(req)
    const doc = await payload.create({
      collection: 'meetings',
      data: { title: 'جلسهٔ برگشت‌خورده', start: tehran('2027-07-20', '10:00'), end: tehran('2027-07-20', '11:00'), invitees: [{ relationTo: 'users', value: expert.id }] } as never,
      req,
      user: office,
      overrideAccess: false,
    })
    // Queued inside the transaction…
    expect((await payload.find({ collection: 'notifications', where: { meeting: { equals: doc.id } }, req })).totalDocs).toBe(1)
    await killTransaction(req)
    await runQueue()
    // …and gone with it.
    expect((await receivedMails()).length).toBe(before)
    expect((await payload.find({ collection: 'notifications', where: { subject: { contains: 'جلسهٔ برگشت‌خورده' } } })).totalDocs).toBe(0)
  })

  it('a change of agenda mails an update; the cancellation mails METHOD:CANCEL with the same UID and a higher SEQUENCE', async () => {
    const agenda = await patch(meetingId, { agenda: [{ title: 'گزارش وضعیت شهرستان‌ها' }, { title: 'پیشنهاد نشست بعدی' }] })
    expect(agenda.body.doc.sequence).toBe(2)
    await runQueue()
    const update = (await mailsTo(emailOf('deputy.political'))).at(-1)!
    expect(update.text).toContain('پیشنهاد نشست بعدی')
    expect(calendarOf(update).sequence).toBe(2)

    const cancelled = await patch(meetingId, { status: 'cancelled', statusReason: 'سفر استاندار' })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    await runQueue()
    for (const email of [emailOf('expert.ethnic'), emailOf('deputy.political'), correspondentEmail]) {
      const mails = await mailsTo(email)
      expect(mails.map((m) => m.subject)).toEqual([`دعوت به جلسه: ${title}`, `تغییر جلسه: ${title}`, `تغییر جلسه: ${title}`, `لغو جلسه: ${title}`])
      const ics = calendarOf(mails.at(-1)!)
      expect([ics.method, ics.uid, ics.sequence, ics.status]).toEqual(['CANCEL', uid, 3, 'CANCELLED'])
      expect(mails.at(-1)!.text).toContain('سفر استاندار')
    }
  })
})

describe('postponement', () => {
  it('a postponed meeting leaves the calendars (CANCEL, SEQUENCE 1); planned again at a new time, it comes back (REQUEST, SEQUENCE 2)', async () => {
    const gis = await demoUser(payload, 'expert.gis')
    const created = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: { title: 'جلسهٔ تعویقی', start: tehran('2027-07-21', '10:00'), end: tehran('2027-07-21', '11:00'), invitees: [{ relationTo: 'users', value: gis.id }] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    await runQueue()
    expect((await patch(id, { status: 'postponed', statusReason: 'همزمانی با سفر وزیر' })).status).toBe(200)
    await runQueue()
    expect((await patch(id, { status: 'planned', start: tehran('2027-07-28', '10:00'), end: tehran('2027-07-28', '11:00') })).status).toBe(200)
    await runQueue()
    const mails = (await mailsTo(emailOf('expert.gis'))).filter((m) => m.subject?.endsWith('جلسهٔ تعویقی'))
    expect(mails.map((m) => m.subject)).toEqual(['دعوت به جلسه: جلسهٔ تعویقی', 'تعویق جلسه: جلسهٔ تعویقی', 'تغییر جلسه: جلسهٔ تعویقی'])
    expect(mails.map((m) => [calendarOf(m).method, calendarOf(m).sequence])).toEqual([['REQUEST', 0], ['CANCEL', 1], ['REQUEST', 2]])
    expect(calendarOf(mails[2]!).start).toBe('2027-07-28T06:30:00.000Z')
  })
})

describe('invitees answer', () => {
  let meetingId: number

  beforeAll(async () => {
    const expert = await demoUser(payload, 'expert.ethnic')
    const deputyPost = (await payload.find({ collection: 'posts', where: { key: { equals: 'deputy-political' } }, depth: 0, limit: 1 })).docs[0]!
    const res = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: {
        title: 'جلسهٔ پاسخ به دعوت',
        start: tehran('2027-08-02', '09:00'),
        end: tehran('2027-08-02', '10:00'),
        invitees: [{ relationTo: 'users', value: expert.id }, { relationTo: 'posts', value: deputyPost.id }],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    meetingId = res.body.doc.id
  })

  const answersOf = async () =>
    ((await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0 })).answers ?? []).map((a) => [a.user, a.answer, a.substitute ?? null])

  it('records an invitee’s answer (by name, or through the post they hold), a later answer replacing theirs', async () => {
    const expert = await demoUser(payload, 'expert.ethnic')
    const deputy = await demoUser(payload, 'deputy.political')
    expect((await answer(meetingId, 'expert.ethnic', { answer: 'declined' })).status).toBe(200)
    const accepted = await answer(meetingId, 'expert.ethnic', { answer: 'accepted' })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.answer.answer).toBe('accepted')
    const sent = await answer(meetingId, 'deputy.political', { answer: 'substitute', substitute: 'کارشناس سیاسی' })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(await answersOf()).toEqual([
      [expert.id, 'accepted', null],
      [deputy.id, 'substitute', 'کارشناس سیاسی'],
    ])
    // Answers are not a change the invitees are told of.
    expect((await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0 })).sequence).toBe(0)
  })

  it('an invitee added later gets the invitation at the current SEQUENCE; those invited before get nothing new', async () => {
    await runQueue()
    const expertMails = (await mailsTo(emailOf('expert.ethnic'))).length
    const elections = await demoUser(payload, 'expert.elections')
    const current = (await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0 })).invitees ?? []
    const added = await patch(meetingId, { invitees: [...current.map((i) => ({ relationTo: i.relationTo, value: typeof i.value === 'object' ? i.value.id : i.value })), { relationTo: 'users', value: elections.id }] })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body.doc.sequence).toBe(0)
    await runQueue()
    const mails = await mailsTo(emailOf('expert.elections'))
    expect(mails.map((m) => m.subject)).toEqual(['دعوت به جلسه: جلسهٔ پاسخ به دعوت'])
    expect(calendarOf(mails[0]!).sequence).toBe(0)
    expect((await mailsTo(emailOf('expert.ethnic'))).length).toBe(expertMails)
  })

  it('answers given at once are all kept (the meeting is locked before its answers are read)', async () => {
    const people = ['head.political', 'head.elections', 'expert.political', 'expert.divisions', 'deputy.elections']
    const users = await Promise.all(people.map((local) => demoUser(payload, local)))
    const res = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: { title: 'جلسهٔ پاسخ‌های هم‌زمان', start: tehran('2027-08-03', '09:00'), end: tehran('2027-08-03', '10:00'), invitees: users.map((u) => ({ relationTo: 'users', value: u.id })) },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const results = await Promise.all(people.map((local) => answer(res.body.doc.id, local, { answer: 'accepted' })))
    expect(results.map((r) => r.status)).toEqual(people.map(() => 200))
    const stored = (await payload.findByID({ collection: 'meetings', id: res.body.doc.id, depth: 0 })).answers ?? []
    expect(stored.map((a) => a.user).sort()).toEqual(users.map((u) => u.id).sort())
  })

  it('refuses, in Persian and storing nothing, a non-invitee, an unknown meeting, a bad answer; a client cannot write answers', async () => {
    const before = await answersOf()
    const outsider = await answer(meetingId, 'expert.gis', { answer: 'accepted' })
    expect([outsider.status, outsider.body.errors[0].message]).toEqual([403, expect.stringMatching(persian)])
    const unknown = await answer(987654, 'expert.ethnic', { answer: 'accepted' })
    expect([unknown.status, unknown.body.errors[0].message]).toEqual([404, expect.stringMatching(persian)])
    const bad = await answer(meetingId, 'expert.ethnic', { answer: 'maybe' })
    expect([bad.status, bad.body.errors[0].message]).toEqual([400, expect.stringMatching(persian)])
    const noName = await answer(meetingId, 'expert.ethnic', { answer: 'substitute' })
    expect(noName.status).toBe(400)
    const anonymous = await rest('POST', `/api/meetings/${meetingId}/answer`, { body: { answer: 'accepted' } })
    expect(anonymous.status).toBe(401)
    const forged = await patch(meetingId, { answers: [{ user: office.id, answer: 'accepted' }] })
    expect(forged.status).toBe(200)
    expect(await answersOf()).toEqual(before)
  })
})
