import { formatJalaliDate } from '../jalali'
import { toPersianDigits } from '../persian'
import { CLEARANCE_LABELS, type ClearanceLevel } from '../security/clearance'
import { escapeHtml, mailPage, SIGNATURE } from './html'

/**
 * The mails a referral sends, in Persian, right-to-left, with a plain-text part. A paper
 * classified above `normal` is named only by its number and level: its subject, the
 * instruction and the return reason stay inside the system.
 */
export type ReferralMailKind = 'referral-new' | 'referral-returned' | 'referral-done'

export interface ReferralMailFacts {
  kind: ReferralMailKind
  recipientName: string
  senderName: string
  purposeLabel: string
  registryNumber: string | null
  subject: string
  classification: ClearanceLevel
  deadline: string | null
  instruction: string | null
  returnReason: string | null
  /** The recipient's response (a done referral); left out of mails on a classified paper. */
  response?: string | null
  link: string
}

export interface Mail {
  subject: string
  text: string
  html: string
}

const escape = escapeHtml

const HEADS: Record<ReferralMailKind, string> = { 'referral-new': 'ارجاع تازه', 'referral-returned': 'ارجاع عودت‌شده', 'referral-done': 'ارجاع انجام‌شده' }
const ACTORS: Record<ReferralMailKind, string> = { 'referral-new': 'از', 'referral-returned': 'عودت‌دهنده', 'referral-done': 'انجام‌دهنده' }
const INTROS: Record<ReferralMailKind, string> = {
  'referral-new': 'ارجاعی تازه در کارتابل شماست:',
  'referral-returned': 'ارجاعی که فرستاده بودید عودت شده است:',
  'referral-done': 'ارجاعی که فرستاده بودید انجام شده است:',
}

export function referralMail(f: ReferralMailFacts): Mail {
  const classified = f.classification !== 'normal'
  const paper = classified ? `نامهٔ ${CLEARANCE_LABELS[f.classification]}` : f.subject
  const head = HEADS[f.kind]
  const number = f.registryNumber ? toPersianDigits(f.registryNumber) : '—'
  const lines: [string, string][] = [
    [ACTORS[f.kind], f.senderName],
    ['نامه', classified ? `شمارهٔ ${number} (${CLEARANCE_LABELS[f.classification]})` : `${number} — ${f.subject}`],
    ['هدف', f.purposeLabel],
  ]
  if (f.deadline) lines.push(['مهلت', formatJalaliDate(f.deadline, { digits: 'persian' })])
  if (!classified && f.instruction) lines.push(['هامش', f.instruction])
  if (!classified && f.returnReason) lines.push(['علت عودت', f.returnReason])
  if (!classified && f.response) lines.push(['پاسخ', f.response])

  const greeting = `${f.recipientName} گرامی،`
  const intro = INTROS[f.kind]
  const text = [greeting, intro, ...lines.map(([k, v]) => `${k}: ${v}`), '', `مشاهده در سامانه: ${f.link}`, '', SIGNATURE].join('\n')
  const rows = lines.map(([k, v]) => `<tr><th style="text-align:right;padding:4px 8px">${escape(k)}</th><td style="padding:4px 8px">${escape(v)}</td></tr>`).join('')
  const html = mailPage(`<p>${escape(greeting)}</p><p>${escape(intro)}</p><table>${rows}</table><p><a href="${escape(f.link)}">مشاهده در سامانه</a></p>`)
  return { subject: `${head}: ${paper}`, text, html }
}
