// The PDF renderers, checked with the tools a reader's machine would use: qpdf for structure,
// poppler's pdftotext for what copying or searching the text yields, pdfinfo for pages.
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  renderDocumentPdf,
  renderLetterPdf,
  renderRegistryBookPdf,
  type LetterPdfModel,
  type RegistryBookRow,
} from '../../src/lib/pdf'
import { toLatinDigits, toPersianDigits } from '../../src/lib/persian'
import { compact, extract, numberPattern, pageCount, qpdfCheck, run, savePdf as save } from '../helpers/pdf'

const SENTENCE =
  'بازگشت به نامهٔ شمارهٔ ۱۴۰۵/ص/۳۴۵ در خصوص برگزاری انتخابات شوراهای اسلامی شهر و روستا، به استحضار می‌رساند که کلیهٔ اقدامات لازم برای تعیین حوزه‌های انتخابیه انجام شده است.'

function words(n: number): string {
  const w = SENTENCE.split(' ')
  return Array.from({ length: n }, (_, i) => w[i % w.length]).join(' ')
}

const baseLetter: LetterPdfModel = {
  letterhead: {
    organisation: 'استانداری تهران',
    unit: 'دفتر امور سیاسی، انتخابات و تقسیمات کشوری',
    address: 'تهران، خیابان پاستور، پلاک ۱۲',
  },
  number: '1405/و/12',
  date: '1405/09/02',
  attachments: 'ندارد',
  classification: 'محرمانه',
  urgency: 'فوری',
  addressee: ['جناب آقای دکتر محمدی', 'مدیرکل محترم دفتر انتخابات'],
  subject: 'گزارش آمادگی حوزه‌های انتخابیه',
  body: [
    { type: 'paragraph', runs: [{ text: 'با سلام و احترام، ' + words(120) }] },
    {
      type: 'paragraph',
      runs: [{ text: 'خواهشمند است ' }, { text: 'حداکثر تا پایان هفته', bold: true }, { text: ' نتیجه را اعلام فرمایید. سامانهٔ Payload CMS برای ثبت به کار می‌رود. ' + words(120) }],
    },
    { type: 'list', ordered: true, items: [[{ text: 'تأمین نیروی انسانی شعب' }], [{ text: 'هماهنگی با فرمانداری‌ها' }]] },
  ],
  signature: { name: 'علی رضایی', title: 'مدیرکل امور سیاسی' },
  copies: ['معاونت سیاسی و امنیتی جهت استحضار', 'دبیرخانهٔ مرکزی جهت بایگانی'],
  draft: false,
}

describe('renderLetterPdf', () => {
  it('renders a ~300-word letter on one valid page whose text extracts in logical order', async () => {
    const file = save('letter.pdf', await renderLetterPdf(baseLetter))
    qpdfCheck(file)
    expect(pageCount(file)).toBe(1)
    // Render page 1 for a person to look at (kept in /tmp).
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(tmpdir(), 'dabir-letter')])
    const text = extract(file)
    expect(text).toMatch(numberPattern('۱۴۰۵/و/۱۲'))
    expect(text).toContain(compact('۱۴۰۵/۰۹/۰۲'))
    expect(text).toContain(compact('موضوع:'))
    expect(text).toContain(compact(baseLetter.subject))
    expect(text).toContain(compact('حداکثر تا پایان هفته'))
    expect(text).toContain(compact('تأمین نیروی انسانی شعب'))
    expect(text).toContain(compact('هماهنگی با فرمانداری‌ها'))
    expect(text).toContain(compact('رونوشت:'))
    for (const copy of baseLetter.copies) expect(text).toContain(compact(copy))
    expect(text).toContain(compact('علی رضایی'))
    expect(text).toContain(compact('محرمانه'))
    expect(text).toContain(compact('صفحهٔ ۱ از ۱'))
  })

  it('keeps Latin words un-reversed and joins words across a ZWNJ without a gap', async () => {
    const file = save('latin.pdf', await renderLetterPdf(baseLetter))
    const raw = run('pdftotext', [file, '-'])
    expect(raw).toContain('Payload CMS')
    expect(raw).not.toContain('SMC')
    // «می‌رود» is shaped in two pieces; extraction loses the ZWNJ but keeps the letters in order.
    expect(extract(file)).toContain(compact('می‌رود'))
  })

  it('marks a draft «پیش‌نویس» and prints no registry number even when given one', async () => {
    const file = save('draft.pdf', await renderLetterPdf({ ...baseLetter, draft: true }))
    qpdfCheck(file)
    const text = extract(file)
    expect(text).toContain(compact('پیش‌نویس'))
    expect(text).toContain(compact('شماره:'))
    expect(text).not.toMatch(numberPattern('۱۴۰۵/و/۱۲'))
    expect(text).toContain(compact('۱۴۰۵/۰۹/۰۲'))
  })

  it('flows a long body onto more pages, numbering each «صفحهٔ n از m»', async () => {
    const body = Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, runs: [{ text: words(90) }] }))
    const file = save('long.pdf', await renderLetterPdf({ ...baseLetter, body }))
    qpdfCheck(file)
    const pages = pageCount(file)
    expect(pages).toBeGreaterThanOrEqual(2)
    const text = extract(file)
    for (let n = 1; n <= pages; n++) expect(text).toContain(compact(toPersianDigits(`صفحهٔ ${n} از ${pages}`)))
    // The signature and copies come after the body, on the last page.
    expect(text.lastIndexOf(compact('علی رضایی'))).toBeGreaterThan(text.indexOf(compact(`صفحهٔ ${pages - 1} از`)))
  })

  it('replaces characters the font lacks (emoji, CJK, controls, lone surrogates) instead of failing', async () => {
    const nasty = 'سلام 😀👨‍👩‍👧 漢字 \u0000\u0007\u001b \uFFFF \uD800 پایان \u202Eمعکوس\u202C ي ك ٣'
    const file = save('nasty.pdf', await renderLetterPdf({ ...baseLetter, subject: nasty, body: [{ type: 'paragraph', runs: [{ text: nasty }] }] }))
    qpdfCheck(file)
    const text = extract(file)
    expect(text).toContain('\uFFFD')
    expect(text).toContain(compact('پایان'))
    expect(text).toContain(compact('معکوس'))
    // Arabic yeh/kaf and Arabic-Indic digits are drawn as their Persian forms.
    expect(text).toContain(compact('ی ک ۳'))
  })

  it('accepts a logo, and ignores one it cannot read', async () => {
    // 1×1 PNG
    const png = Uint8Array.from(
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
    )
    const good = save('logo.pdf', await renderLetterPdf({ ...baseLetter, letterhead: { ...baseLetter.letterhead, logo: png } }))
    qpdfCheck(good)
    const broken = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5])
    const bad = save('badlogo.pdf', await renderLetterPdf({ ...baseLetter, letterhead: { ...baseLetter.letterhead, logo: broken } }))
    qpdfCheck(bad)
    expect(extract(bad)).toContain(compact('استانداری تهران'))
  })
})

describe('renderRegistryBookPdf', () => {
  const kinds = ['وارده', 'صادره', 'داخلی']
  const rows: RegistryBookRow[] = Array.from({ length: 1000 }, (_, i) => ({
    number: `1405/و/${i + 1}`,
    date: `1405/09/${String(1 + (i % 30)).padStart(2, '0')}`,
    kind: kinds[i % 3],
    party: i % 4 ? 'فرمانداری شهرستان ری' : 'وزارت کشور — دفتر انتخابات',
    subject: i % 50 === 7 ? null : `${words(4 + (i % 17))} ردیف ${i + 1}`,
    classification: i % 10 === 3 ? 'محرمانه' : 'عادی',
    cancelled: i % 97 === 5,
  }))
  const model = {
    letterhead: { organisation: 'استانداری تهران' },
    title: 'دفتر اندیکاتور — دبیرخانهٔ مرکزی',
    period: 'از ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۳۰',
    rows,
    generatedAt: '1405/09/30 14:20',
  }
  let text = ''
  let file = ''

  it('renders 1,000 rows to a valid multi-page PDF', async () => {
    file = save('book.pdf', await renderRegistryBookPdf(model))
    qpdfCheck(file)
    expect(pageCount(file)).toBeGreaterThan(10)
    text = extract(file)
  })

  it('prints every registry number, in order', () => {
    let from = 0
    for (const i of [0, 1, 499, 500, 998, 999]) expect(text).toMatch(numberPattern(toPersianDigits(rows[i].number)))
    for (const row of rows) {
      const re = numberPattern(row.number)
      re.lastIndex = from
      const m = re.exec(text)
      expect(m, row.number).not.toBeNull()
      from = (m as RegExpExecArray).index + 1
    }
  })

  it('repeats the column headers and the period on every page', () => {
    const pages = pageCount(file)
    const count = (s: string) => text.split(compact(s)).length - 1
    expect(count('فرستنده/گیرنده')).toBe(pages)
    expect(count('طبقه‌بندی')).toBe(pages)
    expect(text).toContain(compact(toPersianDigits(`صفحهٔ ${pages} از ${pages}`)))
  })

  it('shows «باطل» on cancelled rows and a placeholder for hidden subjects', () => {
    const count = (s: string) => text.split(compact(s)).length - 1
    expect(count('باطل')).toBe(rows.filter((r) => r.cancelled).length)
    expect(count('محرمانه — بدون دسترسی')).toBe(rows.filter((r) => r.subject === null).length)
  })
})

describe('renderDocumentPdf', () => {
  it('renders title, classification, sections and blocks', async () => {
    const file = save('document.pdf', await renderDocumentPdf({
      letterhead: { organisation: 'استانداری تهران', address: 'تهران' },
      title: 'گزارش روزانهٔ مدیرکل',
      subtitle: 'چهارشنبه ۱۴۰۵/۰۹/۰۲',
      classification: 'محرمانه',
      draft: true,
      sections: [
        { heading: 'نامه‌های وارده', blocks: baseLetter.body },
        { heading: 'ارجاعات معوق', blocks: [{ type: 'list', ordered: false, items: [[{ text: 'پرونده‌ای معوق نیست' }]] }] },
      ],
    }))
    qpdfCheck(file)
    const text = extract(file)
    for (const s of ['گزارش روزانهٔ مدیرکل', '۱۴۰۵/۰۹/۰۲', 'محرمانه', 'نامه‌های وارده', 'ارجاعات معوق', 'پرونده‌ای معوق نیست', 'حداکثر تا پایان هفته']) {
      expect(text).toContain(compact(s))
    }
  })
})
