import { createEvent, type Attendee, type EventAttributes } from 'ics'

import { formatJalaliDate, tehranParts, toInstant, WEEKDAY_NAMES, type Timestamp } from '../jalali'
import { toPersianDigits } from '../persian'
import { CLEARANCE_LABELS, type ClearanceLevel } from '../security/clearance'

/**
 * A meeting's iCalendar invitation (RFC 5545, scheduled per RFC 5546 iTIP), built with the
 * `ics` library — no hand-written calendar text.
 *
 * - One UID per meeting, `meeting-<id>@<domain>`, so every update and the cancellation replace
 *   the same entry in the invitee's calendar; the caller raises `sequence` on each change.
 * - METHOD:REQUEST (STATUS:CONFIRMED) for an invitation or an update of a planned meeting;
 *   METHOD:CANCEL (STATUS:CANCELLED) for a cancelled or postponed one (a postponed meeting's old
 *   time must leave the calendars; its new time goes out later as a REQUEST with the same UID
 *   and a higher SEQUENCE). `ics` writes the METHOD line from its `method` option.
 * - Times are written in UTC (`…Z`) with no VTIMEZONE: Asia/Tehran is UTC+03:30 all year since
 *   1402 (2023), and several time-zone tables still carry the old +04:30 summer time. The
 *   Jalali date and Tehran time are given, in Persian, in DESCRIPTION.
 * - A meeting classified above `normal` is named only by its level (as referral mails name a
 *   classified paper): its title, agenda and reason stay inside the system.
 *
 * Limits of `ics` 3.12 that callers should know: it folds long lines at 75 characters rather
 * than 75 octets (parsers accept the longer lines), and it quotes parameter values without
 * RFC 6868 escaping, so a double quote in a name is replaced here.
 */
export type MeetingInvitationStatus = 'planned' | 'postponed' | 'cancelled'

export interface CalendarPerson {
  name: string
  email: string
}

export interface AgendaItem {
  title: string
  presenter?: string | null
}

export interface MeetingInvitationFacts {
  meetingId: string | number
  /** A stable host name of the server (e.g. `dabir.example.ir`): the right-hand side of the UID. */
  domain: string
  /** 0 for the first invitation; raised on every change of time, place, agenda or status. */
  sequence: number
  title: string
  start: Timestamp
  end: Timestamp
  place: string | null
  organizer: CalendarPerson
  attendees: CalendarPerson[]
  agenda: AgendaItem[]
  status: MeetingInvitationStatus
  /** Why the meeting was postponed or cancelled. */
  reason?: string | null
  classification?: ClearanceLevel
}

export type InvitationMethod = 'REQUEST' | 'CANCEL'

/** The Persian facts of a meeting that both the calendar file and the mail show. */
export interface MeetingFacts {
  /** The title, or `جلسهٔ سری` etc. for a classified meeting. */
  title: string
  /** `سه‌شنبه ۱۴۰۴/۱۰/۱۵` */
  date: string
  /** `۱۰:۰۰ تا ۱۱:۳۰ به وقت تهران` (the end's date too when it falls on another day). */
  time: string
  place: string | null
  agenda: string[]
  reason: string | null
  classified: boolean
}

const LABELS = {
  classifiedMeeting: (level: string) => `جلسهٔ ${level}`,
  tehranTime: 'به وقت تهران',
  until: 'تا',
  date: 'تاریخ',
  time: 'ساعت',
  place: 'مکان',
  agenda: 'دستور جلسه',
  reason: 'علت',
  classifiedAgenda: 'دستور جلسه در سامانه',
  status: { planned: '', postponed: 'این جلسه به تعویق افتاد.', cancelled: 'این جلسه لغو شد.' },
} as const

const PRODUCT_ID = '-//Dabir//Meetings//FA'
const MAX_SEQUENCE = 2_147_483_647
// Header-safe, single-line parts: no white space, quotes, brackets or separators that could
// break out of a property value.
const EMAIL_RE = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\]+$/
const DOMAIN_RE = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/

export function invitationMethod(status: MeetingInvitationStatus): InvitationMethod {
  return status === 'planned' ? 'REQUEST' : 'CANCEL'
}

export function meetingUid(meetingId: string | number, domain: string): string {
  const id = String(meetingId)
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new RangeError(`Invalid meeting id for a UID: ${id}`)
  if (!DOMAIN_RE.test(domain)) throw new RangeError(`Invalid domain for a UID: ${domain}`)
  return `meeting-${id}@${domain.toLowerCase()}`
}

const pad2 = (n: number) => String(n).padStart(2, '0')
const clock = (at: Timestamp) => {
  const p = tehranParts(at)
  return toPersianDigits(`${pad2(p.hour)}:${pad2(p.minute)}`)
}
const dayOf = (at: Timestamp) => `${WEEKDAY_NAMES[tehranParts(at).weekday]} ${formatJalaliDate(at, { digits: 'persian' })}`

export function meetingFacts(m: MeetingInvitationFacts): MeetingFacts {
  const level = m.classification ?? 'normal'
  const classified = level !== 'normal'
  const sameDay = formatJalaliDate(m.start) === formatJalaliDate(m.end)
  const end = sameDay ? clock(m.end) : `${dayOf(m.end)} ${clock(m.end)}`
  return {
    title: classified ? LABELS.classifiedMeeting(CLEARANCE_LABELS[level]) : m.title,
    date: dayOf(m.start),
    time: `${clock(m.start)} ${LABELS.until} ${end} ${LABELS.tehranTime}`,
    place: m.place?.trim() || null,
    agenda: classified
      ? []
      : m.agenda.map((a, i) => `${toPersianDigits(String(i + 1))}. ${a.title}${a.presenter ? ` (${a.presenter})` : ''}`),
    reason: classified ? null : m.reason?.trim() || null,
    classified,
  }
}

function describe(m: MeetingInvitationFacts, f: MeetingFacts): string {
  const lines = [
    LABELS.status[m.status],
    `${LABELS.date}: ${f.date}`,
    `${LABELS.time}: ${f.time}`,
    f.place ? `${LABELS.place}: ${f.place}` : '',
    f.reason && m.status !== 'planned' ? `${LABELS.reason}: ${f.reason}` : '',
  ]
  if (f.classified) lines.push(LABELS.classifiedAgenda)
  else if (f.agenda.length) lines.push(`${LABELS.agenda}:`, ...f.agenda)
  return lines.filter(Boolean).join('\n')
}

// `ics` quotes CN="…" without RFC 6868 escaping; a quote or a control character (a line
// break) would end the value.
const paramSafe = (name: string) => name.replace(/["\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()

function person(p: CalendarPerson): { name: string; email: string } {
  const email = p.email.trim()
  if (!EMAIL_RE.test(email)) throw new RangeError(`Invalid email address: ${p.email}`)
  return { name: paramSafe(p.name) || email, email }
}

/** The `.ics` text (CRLF line ends) and its iTIP method. Throws RangeError on bad input. */
export function meetingInvitation(m: MeetingInvitationFacts): { method: InvitationMethod; ics: string } {
  const start = toInstant(m.start).getTime()
  const end = toInstant(m.end).getTime()
  if (!(end > start)) throw new RangeError('A meeting must end after it starts')
  if (!Number.isInteger(m.sequence) || m.sequence < 0 || m.sequence > MAX_SEQUENCE) {
    throw new RangeError(`Invalid SEQUENCE: ${m.sequence}`)
  }
  const method = invitationMethod(m.status)
  const facts = meetingFacts(m)
  const attendees: Attendee[] = m.attendees.map((a) => ({
    ...person(a),
    role: 'REQ-PARTICIPANT',
    partstat: 'NEEDS-ACTION',
    rsvp: method === 'REQUEST',
    cutype: 'INDIVIDUAL',
  }))
  const event: EventAttributes = {
    productId: PRODUCT_ID,
    method,
    uid: meetingUid(m.meetingId, m.domain),
    sequence: m.sequence,
    title: facts.title,
    // Milliseconds since the epoch, read and written as UTC: no host time zone is involved.
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    description: describe(m, facts),
    ...(facts.place ? { location: facts.place } : {}),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: person(m.organizer),
    attendees,
    ...(facts.classified ? { classification: 'CONFIDENTIAL' } : {}),
  }
  const { error, value } = createEvent(event)
  if (error || !value) throw new RangeError(`Calendar file not built: ${error?.message ?? 'empty'}`)
  return { method, ics: value }
}
