import { formatJalaliDate } from '../jalali'
import { toPersianDigits } from '../persian'
import { CLEARANCE_LABELS, type ClearanceLevel } from '../security/clearance'
import { escapeHtml, mailPage, SIGNATURE } from './html'
import type { Mail } from './referralMail'

/** One referral in a daily list; classified ones are named by number and level only. */
export interface DailyItem {
  registryNumber: string | null
  subject: string
  classification: ClearanceLevel
  purposeLabel: string
  deadline: string
  link: string
}

const escape = escapeHtml

function describe(item: DailyItem): string {
  const number = item.registryNumber ? toPersianDigits(item.registryNumber) : '—'
  const paper = item.classification === 'normal' ? `${number} — ${item.subject}` : `شمارهٔ ${number} (${CLEARANCE_LABELS[item.classification]})`
  return `${paper}؛ ${item.purposeLabel}؛ مهلت ${formatJalaliDate(item.deadline, { digits: 'persian' })}`
}

function build(subject: string, greeting: string, intro: string, items: DailyItem[]): Mail {
  const text = [greeting, intro, ...items.map((i) => `- ${describe(i)}\n  ${i.link}`), '', SIGNATURE].join('\n')
  const list = items.map((i) => `<li>${escape(describe(i))} — <a href="${escape(i.link)}">مشاهده</a></li>`).join('')
  const html = mailPage(`<p>${escape(greeting)}</p><p>${escape(intro)}</p><ul>${list}</ul>`)
  return { subject, text, html }
}

const count = (n: number) => toPersianDigits(String(n))

/** The working day before the deadlines: what falls due tomorrow. */
export const reminderMail = (name: string, items: DailyItem[]): Mail =>
  build(`یادآوری: ${count(items.length)} ارجاع با مهلت فردا`, `${name} گرامی،`, 'مهلت این ارجاع‌ها فردا (نخستین روز کاری پیش رو) به پایان می‌رسد:', items)

/** The daily overdue list, to the person and to the supervisor of their post. */
export const overdueMail = (name: string, items: DailyItem[], of?: string): Mail =>
  of
    ? build(`ارجاع‌های دیرکرد ${of}: ${count(items.length)}`, `${name} گرامی،`, `این ارجاع‌های ${of} از مهلت گذشته‌اند:`, items)
    : build(`ارجاع‌های دیرکرد شما: ${count(items.length)}`, `${name} گرامی،`, 'این ارجاع‌ها از مهلت گذشته‌اند:', items)
