import { escapeHtml, mailPage, SIGNATURE } from '../notify/html'
import type { Mail } from '../notify/referralMail'
import { meetingFacts, meetingInvitation, type InvitationMethod, type MeetingInvitationFacts } from './invitation'

/**
 * The Persian, right-to-left mail a meeting sends each invitee with an email — an invitation,
 * an update, a postponement or a cancellation — with the Jalali date and Tehran time, the place
 * and the agenda, and the `.ics` in the shape of nodemailer's `icalEvent` option (nodemailer
 * adds it as the text/calendar alternative and as an attachment, with the method in the
 * Content-Type). A classified meeting is named only by its level, as in referral mails.
 */
export type InvitationMailKind = 'invitation' | 'update' | 'postponement' | 'cancellation'

export interface InvitationMailFacts {
  meeting: MeetingInvitationFacts
  recipientName: string
  /** True when this invitee has not been sent this meeting before (an invitation, not an update). */
  firstNotice: boolean
  link?: string | null
}

export interface IcalEvent {
  method: InvitationMethod
  filename: 'invitation.ics'
  content: string
}

export interface InvitationMail extends Mail {
  kind: InvitationMailKind
  icalEvent: IcalEvent
}

const HEADS: Record<InvitationMailKind, string> = {
  invitation: 'دعوت به جلسه',
  update: 'تغییر جلسه',
  postponement: 'تعویق جلسه',
  cancellation: 'لغو جلسه',
}
const INTROS: Record<InvitationMailKind, string> = {
  invitation: 'از شما برای شرکت در این جلسه دعوت می‌شود:',
  update: 'زمان، مکان یا دستور این جلسه تغییر کرده است؛ مشخصات تازه:',
  postponement: 'این جلسه به تعویق افتاد؛ زمان تازه جداگانه اعلام می‌شود:',
  cancellation: 'این جلسه لغو شد:',
}
const LABELS = {
  meeting: 'جلسه',
  date: 'تاریخ',
  time: 'ساعت',
  place: 'مکان',
  reason: 'علت',
  agenda: 'دستور جلسه',
  classifiedAgenda: 'دستور جلسه را در سامانه ببینید.',
  link: 'مشاهده در سامانه',
  calendar: 'پروندهٔ تقویم (invitation.ics) پیوست است.',
} as const

export function invitationMailKind(m: MeetingInvitationFacts, firstNotice: boolean): InvitationMailKind {
  if (m.status === 'cancelled') return 'cancellation'
  if (m.status === 'postponed') return 'postponement'
  return firstNotice ? 'invitation' : 'update'
}

export function invitationMail(f: InvitationMailFacts): InvitationMail {
  const { method, ics } = meetingInvitation(f.meeting)
  const facts = meetingFacts(f.meeting)
  const kind = invitationMailKind(f.meeting, f.firstNotice)
  const lines: [string, string][] = [
    [LABELS.meeting, facts.title],
    [LABELS.date, facts.date],
    [LABELS.time, facts.time],
  ]
  if (facts.place) lines.push([LABELS.place, facts.place])
  if (facts.reason && kind !== 'invitation' && kind !== 'update') lines.push([LABELS.reason, facts.reason])

  const greeting = `${f.recipientName} گرامی،`
  const intro = INTROS[kind]
  const agendaText = facts.classified
    ? [LABELS.classifiedAgenda]
    : facts.agenda.length
      ? [`${LABELS.agenda}:`, ...facts.agenda]
      : []
  const text = [
    greeting,
    intro,
    ...lines.map(([k, v]) => `${k}: ${v}`),
    ...(agendaText.length ? ['', ...agendaText] : []),
    '',
    LABELS.calendar,
    ...(f.link ? [`${LABELS.link}: ${f.link}`] : []),
    '',
    SIGNATURE,
  ].join('\n')

  const rows = lines
    .map(([k, v]) => `<tr><th style="text-align:right;padding:4px 8px">${escapeHtml(k)}</th><td style="padding:4px 8px">${escapeHtml(v)}</td></tr>`)
    .join('')
  const agendaHtml = facts.classified
    ? `<p>${escapeHtml(LABELS.classifiedAgenda)}</p>`
    : facts.agenda.length
      ? // The items carry their Persian numbers already (they are shared with the calendar file).
        `<p>${escapeHtml(LABELS.agenda)}:</p><ul style="list-style:none;padding-right:0">${facts.agenda.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>`
      : ''
  const html = mailPage(
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><table>${rows}</table>${agendaHtml}` +
      `<p>${escapeHtml(LABELS.calendar)}</p>` +
      (f.link ? `<p><a href="${escapeHtml(f.link)}">${escapeHtml(LABELS.link)}</a></p>` : ''),
  )
  return {
    kind,
    subject: `${HEADS[kind]}: ${facts.title}`,
    text,
    html,
    icalEvent: { method, filename: 'invitation.ics', content: ics },
  }
}
