import fc from 'fast-check'
import ICAL from 'ical.js'
import MailComposer from 'nodemailer/lib/mail-composer'
import { describe, expect, it } from 'vitest'

import { meetingInvitation, type MeetingInvitationFacts } from '../../src/lib/calendar/invitation'
import { invitationMail } from '../../src/lib/calendar/invitationMail'

// 1404/10/15 10:00–11:30 Tehran (winter) and 1405/04/15 10:00–11:30 Tehran (summer): both are
// 06:30Z, since Tehran keeps UTC+03:30 all year from 1402; the old summer time would give 05:30Z.
const WINTER = { start: '2026-01-05T06:30:00Z', end: '2026-01-05T08:00:00Z' }
const SUMMER = { start: '2026-07-06T06:30:00Z', end: '2026-07-06T08:00:00Z' }

const meeting = (over: Partial<MeetingInvitationFacts> = {}): MeetingInvitationFacts => ({
  meetingId: 42,
  domain: 'dabir.example.ir',
  sequence: 0,
  title: 'کمیسیون امور قومی و مذهبی; جلسهٔ عادی, دوم',
  ...WINTER,
  place: 'اتاق جلسات مدیرکل',
  organizer: { name: 'رییس دفتر', email: 'office@dabir.example.ir' },
  attendees: [
    { name: 'معاون سیاسی', email: 'political@example.ir' },
    { name: 'کارشناس "قومی"', email: 'ethnic@example.ir' },
  ],
  agenda: [{ title: 'گزارش وضعیت شهرستان‌ها', presenter: 'کارشناس قومی' }, { title: 'پیشنهاد <نشست> بعدی' }],
  status: 'planned',
  ...over,
})

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  const event = new ICAL.Event(vevent)
  return { calendar, vevent, event }
}

const utc = (t: ICAL.Time) => {
  expect(t.zone).toBe(ICAL.Timezone.utcTimezone)
  return t.toJSDate().toISOString()
}

describe('meeting invitations (.ics)', () => {
  it('a winter meeting: DTSTART/DTEND in UTC (06:30Z for 10:00 Tehran), stable UID, SEQUENCE 0, METHOD:REQUEST', () => {
    const { method, ics } = meetingInvitation(meeting())
    expect(method).toBe('REQUEST')
    expect(ics).not.toContain('VTIMEZONE')
    const { calendar, vevent, event } = parse(ics)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(utc(event.startDate)).toBe('2026-01-05T06:30:00.000Z')
    expect(utc(event.endDate)).toBe('2026-01-05T08:00:00.000Z')
    expect(event.uid).toBe('meeting-42@dabir.example.ir')
    expect(event.sequence).toBe(0)
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(event.summary).toBe('کمیسیون امور قومی و مذهبی; جلسهٔ عادی, دوم')
    expect(event.location).toBe('اتاق جلسات مدیرکل')
  })

  it('a summer meeting at 10:00 Tehran is 06:30Z, not the old summer time 05:30Z', () => {
    const { event } = parse(meetingInvitation(meeting(SUMMER)).ics)
    expect(utc(event.startDate)).toBe('2026-07-06T06:30:00.000Z')
    expect(utc(event.endDate)).toBe('2026-07-06T08:00:00.000Z')
    expect(event.description).toContain('۱۴۰۵/۰۴/۱۵')
    expect(event.description).toContain('۱۰:۰۰ تا ۱۱:۳۰ به وقت تهران')
  })

  it('the description carries the Jalali weekday, date and Tehran time, the place and the numbered agenda in Persian', () => {
    const { event } = parse(meetingInvitation(meeting()).ics)
    expect(event.description.split('\n')).toEqual([
      'تاریخ: دوشنبه ۱۴۰۴/۱۰/۱۵',
      'ساعت: ۱۰:۰۰ تا ۱۱:۳۰ به وقت تهران',
      'مکان: اتاق جلسات مدیرکل',
      'دستور جلسه:',
      '۱. گزارش وضعیت شهرستان‌ها (کارشناس قومی)',
      '۲. پیشنهاد <نشست> بعدی',
    ])
  })

  it('organiser and attendees are written as mailto addresses with their names, attendees asked to reply', () => {
    const { vevent } = parse(meetingInvitation(meeting()).ics)
    const organizer = vevent.getFirstProperty('organizer')!
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe('mailto:office@dabir.example.ir')
    expect(organizer.getParameter('cn')).toBe('رییس دفتر')
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      address: String(p.getFirstValue()).toLowerCase(),
      cn: p.getParameter('cn'),
      rsvp: p.getParameter('rsvp'),
      partstat: p.getParameter('partstat'),
    }))
    expect(attendees).toEqual([
      { address: 'mailto:political@example.ir', cn: 'معاون سیاسی', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      // A double quote would end the quoted CN value: it is replaced.
      { address: 'mailto:ethnic@example.ir', cn: 'کارشناس قومی', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
    ])
  })

  it('a line break in a name cannot add a property to the file', () => {
    const { ics } = meetingInvitation(meeting({ attendees: [{ name: 'الف\r\nX-INJECTED:1', email: 'a@example.ir' }] }))
    const { vevent } = parse(ics)
    expect(vevent.getFirstProperty('x-injected')).toBeNull()
    expect(vevent.getFirstProperty('attendee')!.getParameter('cn')).toBe('الف X-INJECTED:1')
  })

  it('an update keeps the UID and carries the higher SEQUENCE and the new time', () => {
    const first = parse(meetingInvitation(meeting()).ics).event
    const moved = parse(meetingInvitation(meeting({ sequence: 1, start: '2026-01-06T07:00:00Z', end: '2026-01-06T08:00:00Z' })).ics).event
    expect(moved.uid).toBe(first.uid)
    expect(moved.sequence).toBeGreaterThan(first.sequence)
    expect(utc(moved.startDate)).toBe('2026-01-06T07:00:00.000Z')
    expect(moved.description).toContain('سه‌شنبه ۱۴۰۴/۱۰/۱۶')
    expect(moved.description).toContain('۱۰:۳۰ تا ۱۱:۳۰')
  })

  it('a cancellation is METHOD:CANCEL with STATUS:CANCELLED, the same UID, the reason, and no reply asked', () => {
    const { method, ics } = meetingInvitation(meeting({ sequence: 2, status: 'cancelled', reason: 'سفر استاندار' }))
    expect(method).toBe('CANCEL')
    const { calendar, vevent, event } = parse(ics)
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.uid).toBe('meeting-42@dabir.example.ir')
    expect(event.sequence).toBe(2)
    expect(event.description).toContain('این جلسه لغو شد.')
    expect(event.description).toContain('علت: سفر استاندار')
    expect(vevent.getAllProperties('attendee').map((p) => p.getParameter('rsvp'))).toEqual(['FALSE', 'FALSE'])
  })

  it('a postponed meeting leaves the calendars too (METHOD:CANCEL)', () => {
    const { method, ics } = meetingInvitation(meeting({ sequence: 1, status: 'postponed', reason: 'هم‌زمانی با شورای تأمین' }))
    expect(method).toBe('CANCEL')
    expect(parse(ics).event.description).toContain('این جلسه به تعویق افتاد.')
  })

  it('a meeting that ends on another Tehran day shows the end date too', () => {
    // 1404/10/15 23:00 Tehran to 1404/10/16 01:00 Tehran.
    const { event } = parse(meetingInvitation(meeting({ start: '2026-01-05T19:30:00Z', end: '2026-01-05T21:30:00Z' })).ics)
    expect(event.description).toContain('ساعت: ۲۳:۰۰ تا سه‌شنبه ۱۴۰۴/۱۰/۱۶ ۰۱:۰۰ به وقت تهران')
  })

  it('a classified meeting is named only by its level: no title, agenda or reason in the file', () => {
    const ics = meetingInvitation(meeting({ classification: 'secret', status: 'cancelled', reason: 'سفر استاندار' })).ics
    const { vevent, event } = parse(ics)
    expect(event.summary).toBe('جلسهٔ سری')
    expect(vevent.getFirstPropertyValue('class')).toBe('CONFIDENTIAL')
    for (const secret of ['قومی و مذهبی', 'شهرستان', 'نشست', 'استاندار']) expect(event.description).not.toContain(secret)
    expect(event.description).toContain('۱۴۰۴/۱۰/۱۵')
  })

  it('refuses bad input instead of writing a wrong file', () => {
    expect(() => meetingInvitation(meeting({ end: WINTER.start }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ sequence: -1 }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ sequence: 1.5 }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ start: '2026-01-05T10:00' }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ domain: 'bad domain' }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ meetingId: '1\r\nX' }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ attendees: [{ name: 'x', email: 'a@b.ir\r\nATTENDEE:mailto:c@d.ir' }] }))).toThrow(RangeError)
    expect(() => meetingInvitation(meeting({ organizer: { name: 'x', email: 'not-an-address' } }))).toThrow(RangeError)
  })

  it('property: for any instant in 1402–1410 the written DTSTART and DTEND are that instant in UTC', () => {
    // 1402/01/01 00:00 Tehran = 2023-03-20T20:30Z; 1411/01/01 00:00 Tehran = 2032-03-19T20:30Z.
    const from = Date.parse('2023-03-20T20:30:00Z') / 1000
    const to = Date.parse('2032-03-19T20:30:00Z') / 1000 - 1
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 * 60 }), (seconds, minutes) => {
        const start = new Date(seconds * 1000)
        const end = new Date(start.getTime() + minutes * 60_000)
        const { event } = parse(meetingInvitation(meeting({ start, end })).ics)
        expect(utc(event.startDate)).toBe(start.toISOString())
        expect(utc(event.endDate)).toBe(end.toISOString())
      }),
    )
  })
})

describe('meeting invitation mails', () => {
  it('an invitation is a Persian RTL mail with the Jalali date, time, place and agenda, carrying the REQUEST .ics', () => {
    const mail = invitationMail({ meeting: meeting(SUMMER), recipientName: 'معاون سیاسی', firstNotice: true, link: 'http://localhost:3000/admin/collections/meetings/42' })
    expect(mail.kind).toBe('invitation')
    expect(mail.subject).toBe('دعوت به جلسه: کمیسیون امور قومی و مذهبی; جلسهٔ عادی, دوم')
    expect(mail.text).toContain('معاون سیاسی گرامی،')
    expect(mail.text).toContain('تاریخ: دوشنبه ۱۴۰۵/۰۴/۱۵')
    expect(mail.text).toContain('ساعت: ۱۰:۰۰ تا ۱۱:۳۰ به وقت تهران')
    expect(mail.text).toContain('مکان: اتاق جلسات مدیرکل')
    expect(mail.text).toContain('۱. گزارش وضعیت شهرستان‌ها (کارشناس قومی)')
    expect(mail.text).toContain('http://localhost:3000/admin/collections/meetings/42')
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.html).toContain('lang="fa"')
    expect(mail.html).toContain('&#60;نشست&#62;')
    expect(mail.html).not.toContain('<نشست>')
    expect(mail.icalEvent.method).toBe('REQUEST')
    expect(mail.icalEvent.filename).toBe('invitation.ics')
    expect(utc(parse(mail.icalEvent.content).event.startDate)).toBe('2026-07-06T06:30:00.000Z')
  })

  it('nodemailer carries the .ics as text/calendar with the method', async () => {
    const mail = invitationMail({ meeting: meeting(), recipientName: 'معاون سیاسی', firstNotice: false })
    const raw = (await new MailComposer({ from: 'office@dabir.example.ir', to: 'political@example.ir', subject: mail.subject, text: mail.text, html: mail.html, icalEvent: mail.icalEvent }).compile().build()).toString()
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i)
    expect(raw).toContain('invitation.ics')
  })

  it('a later notice of a planned meeting is an update; a cancellation gives the reason and the CANCEL .ics', () => {
    expect(invitationMail({ meeting: meeting({ sequence: 1 }), recipientName: 'الف', firstNotice: false }).subject).toBe('تغییر جلسه: کمیسیون امور قومی و مذهبی; جلسهٔ عادی, دوم')
    const mail = invitationMail({ meeting: meeting({ sequence: 2, status: 'cancelled', reason: 'سفر استاندار' }), recipientName: 'الف', firstNotice: false })
    expect(mail.kind).toBe('cancellation')
    expect(mail.subject).toBe('لغو جلسه: کمیسیون امور قومی و مذهبی; جلسهٔ عادی, دوم')
    expect(mail.text).toContain('علت: سفر استاندار')
    expect(mail.icalEvent.method).toBe('CANCEL')
    expect(parse(mail.icalEvent.content).calendar.getFirstPropertyValue('method')).toBe('CANCEL')
  })

  it('a classified meeting is named only by its level in the subject, body and calendar file', () => {
    const mail = invitationMail({ meeting: meeting({ classification: 'confidential' }), recipientName: 'الف', firstNotice: true })
    expect(mail.subject).toBe('دعوت به جلسه: جلسهٔ محرمانه')
    for (const part of [mail.subject, mail.text, mail.html, mail.icalEvent.content]) {
      expect(part).not.toContain('مذهبی')
      expect(part).not.toContain('شهرستان')
    }
    expect(mail.text).toContain('۱۴۰۴/۱۰/۱۵')
  })
})
