// The PDF renderers, checked as a reader's machine reads them: structure (tests/helpers/pdf:
// cross-references, pdf-lib and pdf.js strictly), the text copy and search give (pdf.js with
// each line's ActualText), pages. pdftoppm draws page 1 for a person to look at where installed.
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
import { checkPdf, compact, documentText, has, pdfText, run, savePdf as save, textLines } from '../helpers/pdf'

const extract = async (bytes: Uint8Array) => compact(await documentText(bytes))

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
    const bytes = await renderLetterPdf(baseLetter)
    expect(await checkPdf(bytes)).toBe(1)
    // Render page 1 for a person to look at (kept in /tmp).
    if (has('pdftoppm')) run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', save('letter.pdf', bytes), path.join(tmpdir(), 'dabir-letter')])
    const text = await extract(bytes)
    expect(await textLines(bytes)).toContain('۱۴۰۵/و/۱۲')
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
    const bytes = await renderLetterPdf(baseLetter)
    const raw = await documentText(bytes)
    expect(raw).toContain('Payload CMS')
    expect(raw).not.toContain('SMC')
    // «می‌رود» is shaped in two pieces; its line's ActualText keeps the ZWNJ.
    expect(raw).toContain('می‌رود')
  })

  it('marks a draft «پیش‌نویس» and prints no registry number even when given one', async () => {
    const bytes = await renderLetterPdf({ ...baseLetter, draft: true })
    await checkPdf(bytes)
    const text = await extract(bytes)
    expect(text).toContain(compact('پیش‌نویس'))
    expect(text).toContain(compact('شماره:'))
    expect(text).not.toContain(compact('۱۴۰۵/و/۱۲'))
    expect(text).toContain(compact('۱۴۰۵/۰۹/۰۲'))
  })

  it('flows a long body onto more pages, numbering each «صفحهٔ n از m»', async () => {
    const body = Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, runs: [{ text: words(90) }] }))
    const bytes = await renderLetterPdf({ ...baseLetter, body })
    const pages = await checkPdf(bytes)
    expect(pages).toBeGreaterThanOrEqual(2)
    const text = await extract(bytes)
    for (let n = 1; n <= pages; n++) expect(text).toContain(compact(toPersianDigits(`صفحهٔ ${n} از ${pages}`)))
    // The signature and copies come after the body, on the last page.
    expect(text.lastIndexOf(compact('علی رضایی'))).toBeGreaterThan(text.indexOf(compact(`صفحهٔ ${pages - 1} از`)))
  })

  it('replaces characters the font lacks (emoji, CJK, controls, lone surrogates) instead of failing', async () => {
    const nasty = 'سلام 😀👨‍👩‍👧 漢字 \u0000\u0007\u001b \uFFFF \uD800 پایان \u202Eمعکوس\u202C ي ك ٣'
    const bytes = await renderLetterPdf({ ...baseLetter, subject: nasty, body: [{ type: 'paragraph', runs: [{ text: nasty }] }] })
    await checkPdf(bytes)
    const text = await extract(bytes)
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
    await checkPdf(await renderLetterPdf({ ...baseLetter, letterhead: { ...baseLetter.letterhead, logo: png } }))
    const broken = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5])
    const bad = await renderLetterPdf({ ...baseLetter, letterhead: { ...baseLetter.letterhead, logo: broken } })
    await checkPdf(bad)
    expect(await extract(bad)).toContain(compact('استانداری تهران'))
  })
})

describe('the text copy and search give (issue 12, item 3)', () => {
  const letterOf = (body: LetterPdfModel['body'], extra: Partial<LetterPdfModel> = {}) => renderLetterPdf({ ...baseLetter, body, ...extra })

  it('a registry number, a date and a number inside a sentence come out exactly as written', async () => {
    const bytes = await letterOf([{ type: 'paragraph', runs: [{ text: 'بازگشت به نامهٔ ۱۴۰۵/ص/۳۴۵ مورخ ۱۴۰۵/۰۹/۰۱ پاسخ داده شد.' }] }])
    const lines = await textLines(bytes)
    expect(lines).toContain('۱۴۰۵/و/۱۲')
    expect(lines.join('\n')).toContain('۱۴۰۵/۰۹/۰۲')
    expect(lines).toContain('بازگشت به نامهٔ ۱۴۰۵/ص/۳۴۵ مورخ ۱۴۰۵/۰۹/۰۱ پاسخ داده شد.')
    expect(lines).toContain('موضوع: گزارش آمادگی حوزه‌های انتخابیه')
  })

  it('a bold stretch inside a word keeps its joins and its text', async () => {
    const bold = await letterOf([{ type: 'paragraph', runs: [{ text: 'کتاب' }, { text: 'خانه', bold: true }, { text: '‌ها و ' }, { text: 'محرم', bold: true }, { text: 'انه' }] }])
    expect(await textLines(bold)).toContain('کتابخانه‌ها و محرمانه')
  })

  it('direction marks the writer put in are kept: a phone number prints in the order the editor shows', async () => {
    const phone = 'تلفن: \u2066۰۷۱-۳۲۳۴۵۶۷۸\u2069 و \u200E۰۹۱۷-۱۲۳-۴۵۶۷\u200E'
    const bytes = await letterOf([{ type: 'paragraph', runs: [{ text: phone }] }])
    expect(await textLines(bytes)).toContain(phone)
  })

  it('the copies (رونوشت) never stand alone on a page: they stay with the signature and the end of the body', async () => {
    // Bodies of growing length, around where the body ends at the foot of page 1: before, the
    // copies went alone onto page 2 for bodies of 345 to 450 words. Every last page must hold
    // the signature, or body text, as well.
    const copies = ['معاونت سیاسی', 'دبیرخانه', 'فرمانداری']
    for (let n = 336; n <= 456; n += 12) {
      for (const signature of [baseLetter.signature, null]) {
        const bytes = await letterOf([{ type: 'paragraph', runs: [{ text: words(n) }] }], { signature, copies })
        const pages = await pdfText(bytes)
        const last = pages[pages.length - 1].split('\n').map((l) => l.trim()).filter(Boolean)
        const own = last.filter((l) => !/^صفحهٔ/.test(l) && !l.startsWith('تهران،') && !['رونوشت:', '-', ...copies].includes(l))
        expect(own.length, `${n} words, ${signature ? 'signed' : 'unsigned'}: the last page holds only the copies`).toBeGreaterThan(0)
        if (signature) expect(last).toContain(signature.name)
      }
    }
  }, 120_000)
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
  let lines: string[] = []
  let pages = 0

  it('renders 1,000 rows to a valid multi-page PDF', async () => {
    const bytes = await renderRegistryBookPdf(model)
    pages = await checkPdf(bytes)
    expect(pages).toBeGreaterThan(10)
    text = await extract(bytes)
    lines = await textLines(bytes)
  }, 120_000)

  it('prints every registry number, in order, as written', () => {
    const numbers = lines.filter((l) => /^[۰-۹]+\/و\/[۰-۹]+$/.test(l))
    expect(numbers).toEqual(rows.map((r) => toPersianDigits(r.number)))
  })

  it('repeats the column headers and the period on every page', () => {
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
    const bytes = await renderDocumentPdf({
      letterhead: { organisation: 'استانداری تهران', address: 'تهران' },
      title: 'گزارش روزانهٔ مدیرکل',
      subtitle: 'چهارشنبه ۱۴۰۵/۰۹/۰۲',
      classification: 'محرمانه',
      draft: true,
      sections: [
        { heading: 'نامه‌های وارده', blocks: baseLetter.body },
        { heading: 'ارجاعات معوق', blocks: [{ type: 'list', ordered: false, items: [[{ text: 'پرونده‌ای معوق نیست' }]] }] },
      ],
    })
    await checkPdf(bytes)
    const text = await extract(bytes)
    for (const s of ['گزارش روزانهٔ مدیرکل', '۱۴۰۵/۰۹/۰۲', 'محرمانه', 'نامه‌های وارده', 'ارجاعات معوق', 'پرونده‌ای معوق نیست', 'حداکثر تا پایان هفته']) {
      expect(text).toContain(compact(s))
    }
  })
})
