import { formatJalaliDate } from '../jalali'
import type { Mail } from '../notify/referralMail'
import { escapeHtml, mailPage, SIGNATURE } from '../notify/html'
import type { Block, DocumentPdfModel, Inline, Letterhead } from '../pdf'
import { toPersianDigits } from '../persian'
import { CLEARANCE_LABELS } from '../security/clearance'
import { itemCount, type Digest, type DigestItem } from './model'

export const digestMessages = {
  title: 'گزارش روزانهٔ مدیرکل',
  subtitle: (d: Digest) => `${toPersianDigits(d.dateJalali)} — از ${toPersianDigits(formatJalaliDate(d.from))} تا ${toPersianDigits(formatJalaliDate(d.to))}`,
  hidden: '(بیرون از دسترسی شما)',
  empty: 'موردی نیست.',
  mailSubject: (d: Digest) => `گزارش روزانه ${toPersianDigits(d.dateJalali)}`,
  greeting: (name: string) => `${name} گرامی،`,
  intro: 'گزارش روزانهٔ دبیرخانه در ادامه است. نامه‌های طبقه‌بندی‌شده در این نامه فقط با شماره و سطح آمده‌اند؛ متن کامل را در سامانه ببینید:',
}

const number = (item: DigestItem) => (item.number ? toPersianDigits(item.number) : '—')
/**
 * The facts under an item (sender, registration date, deadline…) are the system's words: a
 * person reads them, so their digits are Persian (1405/09/09 → ۱۴۰۵/۰۹/۰۹) whatever the section
 * gave. Titles and summaries are printed as their writers wrote them.
 */
const facts = (item: DigestItem) => (item.lines?.length ? ` (${item.lines.map(toPersianDigits).join('؛ ')})` : '')

/** The item as one line of text for a reader allowed what the digest holds. */
function describe(item: DigestItem): string {
  const level = item.classification === 'normal' ? '' : ` (${CLEARANCE_LABELS[item.classification]})`
  return `${number(item)}${level} — ${item.title ?? digestMessages.hidden}`
}

/** For a mail: a classified paper is named only by its number and level. */
function describeForMail(item: DigestItem): string {
  if (item.classification !== 'normal') return `شمارهٔ ${number(item)} (${CLEARANCE_LABELS[item.classification]})`
  const summary = item.summary ? ` — ${item.summary}` : ''
  return `${number(item)} — ${item.title ?? digestMessages.hidden}${summary}`
}

/** The digest as a PDF document (for the reader it was built for). */
export function digestDocument(d: Digest, letterhead: Letterhead): DocumentPdfModel {
  return {
    letterhead,
    title: digestMessages.title,
    subtitle: digestMessages.subtitle(d),
    sections: d.sections.map((s) => {
      const blocks: Block[] = []
      if (s.intro) blocks.push({ type: 'paragraph', runs: [{ text: toPersianDigits(s.intro) }] })
      if (!itemCount(s)) blocks.push({ type: 'paragraph', runs: [{ text: digestMessages.empty }] })
      for (const g of s.groups) {
        if (!g.items.length) continue
        if (g.heading) blocks.push({ type: 'heading', level: 3, runs: [{ text: `${g.heading} (${toPersianDigits(String(g.items.length))})`, bold: true }] })
        blocks.push({
          type: 'list',
          ordered: false,
          items: g.items.map((item): Inline[] => [
            { text: describe(item), bold: true },
            ...(item.summary ? [{ text: ` — ${item.summary}` }] : []),
            ...(item.lines?.length ? [{ text: facts(item) }] : []),
          ]),
        })
      }
      return { heading: `${s.title} (${toPersianDigits(String(itemCount(s)))})`, blocks }
    }),
  }
}

/** The digest as a mail: Persian RTL HTML and plain text; classified papers by number and level only. */
export function digestMail(d: Digest, name: string, link: string): Mail {
  const text: string[] = [digestMessages.greeting(name), digestMessages.intro, link, '']
  let html = `<p>${escapeHtml(digestMessages.greeting(name))}</p><p>${escapeHtml(digestMessages.intro)} <a href="${escapeHtml(link)}">PDF</a></p>`
  for (const s of d.sections) {
    text.push(`■ ${s.title} (${toPersianDigits(String(itemCount(s)))})`)
    html += `<h3>${escapeHtml(s.title)} (${toPersianDigits(String(itemCount(s)))})</h3>`
    if (s.intro && !s.groups.some((g) => g.items.some((i) => i.classification !== 'normal'))) {
      text.push(toPersianDigits(s.intro))
      html += `<p>${escapeHtml(toPersianDigits(s.intro))}</p>`
    }
    if (!itemCount(s)) {
      text.push(digestMessages.empty)
      html += `<p>${escapeHtml(digestMessages.empty)}</p>`
    }
    for (const g of s.groups) {
      if (!g.items.length) continue
      if (g.heading) {
        text.push(`  ${g.heading}:`)
        html += `<h4>${escapeHtml(g.heading)}</h4>`
      }
      const lines = g.items.map((i) => describeForMail(i) + facts(i))
      text.push(...lines.map((l) => `  - ${l}`))
      html += `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
    }
    text.push('')
  }
  text.push(SIGNATURE)
  return { subject: digestMessages.mailSubject(d), text: text.join('\n'), html: mailPage(html) }
}
