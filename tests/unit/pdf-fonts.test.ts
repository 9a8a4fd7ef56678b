// Nothing a render leaves behind may change the next one: each PDF is the same whether it is
// the first of a fresh process or comes after many others (issue 12, item 2).
import { spawnSync } from 'node:child_process'

import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { fontBytes, renderDocumentPdf, renderLetterPdf, type LetterPdfModel } from '../../src/lib/pdf'
import { glyphText, pdfText } from '../helpers/pdf'

/** The same model rendered by a new Node process: the reference. */
function renderFresh(kind: 'letter' | 'document', model: unknown): Uint8Array {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/renderFresh.ts'], {
    input: JSON.stringify({ kind, model }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    cwd: process.cwd(),
  })
  expect(r.status, r.stderr).toBe(0)
  return new Uint8Array(Buffer.from(r.stdout, 'base64'))
}

/** What was drawn: each page's content streams (glyph ids and positions), font keys without pdf-lib's random suffix. */
async function drawn(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref as PDFRef)) : [contents]
    return streams
      .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''))
      .join('\n')
      .replace(/\/(Vazirmatn-\w+)-\d+/g, '/$1')
  })
}

const letter = (body: string, draft = false): LetterPdfModel => ({
  letterhead: { organisation: 'استانداری فارس', unit: 'دفتر سیاسی، انتخابات و تقسیمات کشوری' },
  number: '1405/و/12',
  date: '1405/09/02',
  attachments: 'ندارد',
  classification: 'محرمانه',
  urgency: 'فوری',
  addressee: ['جناب آقای احمدی', 'فرماندار محترم شهرستان خارج'],
  subject: 'رعایت ضوابط مربوط به احترام حزب',
  body: [{ type: 'paragraph', runs: [{ text: body }] }, { type: 'paragraph', runs: [{ text: 'با ' }, { text: 'لحاظ', bold: true }, { text: ' ضوابط' }] }],
  signature: { name: 'علی رضایی', title: 'مدیرکل' },
  copies: ['معاونت سیاسی', 'دبیرخانه'],
  draft,
})

// What the issue saw: after a letter with «لحاظ» (ظ is drawn as ط plus a dot) and «خارج»
// (ج is ح plus a dot), «محرمانه», «احترام», «حزب» lost their ح and «ضوابط», «مربوط» their joined ط.
const VICTIM = letter('نامهٔ محرمانه با احترام دربارهٔ حزب؛ ضوابط مربوط رعایت شود. شمارهٔ ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۹/۰۲.')
const BEFORE = [
  letter('به لحاظ شرایط، خارج از نوبت رسیدگی شود؛ حظ و نظر و ظهر و خرج و حج و فرج.', true),
  letter('ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی ئ ؤ أ إ آ ۀ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ٠'),
  letter('Payload CMS 3.9 (متن) «نقل» لا لأ لإ لآ — ۱۲۳٬۴۵۶ و ۰۷۱-۳۲۳۴۵۶۷۸ ‎0917‎', true),
]

describe('renders are independent of each other', () => {
  it('a letter rendered after many others is the letter rendered in a fresh process', async () => {
    const fresh = renderFresh('letter', VICTIM)
    for (const model of BEFORE) await renderLetterPdf(model)
    await renderDocumentPdf({ letterhead: { organisation: 'ظ ج خ ش ض ز ذ غ' }, title: 'لحاظ خارج', sections: [{ heading: 'حظ', blocks: [] }], draft: true })
    const after = await renderLetterPdf(VICTIM)

    expect(await glyphText(after)).toEqual(await glyphText(fresh))
    expect(await drawn(after)).toEqual(await drawn(fresh))
    expect(await pdfText(after)).toEqual(await pdfText(fresh))
    const glyphs = (await glyphText(after)).join('')
    for (const word of ['محرمانه', 'احترام', 'حزب', 'ضوابط', 'مربوط']) expect(glyphs).toContain(word)
  }, 60_000)

  it('hands out copies of the font bytes, so no caller can change what the next document embeds', () => {
    const a = fontBytes()
    a.regular.fill(0)
    expect(fontBytes().regular.some((b) => b !== 0)).toBe(true)
  })
})
