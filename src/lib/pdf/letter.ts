// An official letter (نامهٔ اداری) on A4.
import { toPersianDigits } from '../persian'
import { pdfMessages as msg } from './messages'
import type { LetterPdfModel } from './model'
import { A4, drawBlocks, drawFooter, drawLetterhead, drawMarks, drawText, drawWatermark, embedLogo, GREY, newDocument } from './parts'
import { Flow, type Margins } from './text'

const MARGINS: Margins = { top: 36, right: 56, bottom: 66, left: 56 }
const BODY = 11.5

export async function renderLetterPdf(model: LetterPdfModel): Promise<Uint8Array> {
  const { pdf, text } = await newDocument(model.subject)
  const logo = await embedLogo(pdf, model.letterhead.logo)
  const flow = new Flow(pdf, text, {
    pageSize: A4,
    margins: MARGINS,
    leading: 1.75,
    onPage: (page) => {
      if (model.draft) drawWatermark(text, page, msg.draft)
    },
  })
  const { page } = flow
  const top = flow.y
  // Side bands: the number block on the left, the marks (and logo) on the right.
  const SIDE = 140
  let bottom = drawLetterhead(flow, model.letterhead, logo, SIDE)

  // Number, date and attachments, top left: labels in one column, values to their left.
  const size = 10.5
  const labelWidth = Math.max(...[msg.number, msg.date, msg.attachments].map((l) => text.width([{ text: l, bold: true }], size)))
  const labelRight = flow.left + SIDE - 10
  const meta: Array<[string, string]> = [
    [msg.number, model.draft ? '' : toPersianDigits(model.number ?? '')],
    [msg.date, toPersianDigits(model.date ?? '')],
    [msg.attachments, toPersianDigits(model.attachments)],
  ]
  meta.forEach(([label, value], i) => {
    const y = top - 34 - i * 19
    drawText(text, page, label, { x: labelRight - labelWidth, width: labelWidth, y, size, bold: true })
    if (value) drawText(text, page, value, { x: flow.left, width: labelRight - labelWidth - 5 - flow.left, y, size })
  })
  bottom = Math.min(bottom, top - 34 - 2 * 19 - 12)

  // Draft, classification and urgency, top right, below the logo if there is one.
  const marksTop = logo ? top - 62 : top - 22
  bottom = Math.min(bottom, drawMarks(text, page, [model.draft ? msg.draft : null, model.classification, model.urgency], flow.right, marksTop))

  page.drawLine({ start: { x: flow.left, y: bottom - 6 }, end: { x: flow.right, y: bottom - 6 }, thickness: 0.6, color: GREY })
  flow.y = bottom - 20

  for (const line of model.addressee) flow.paragraph([{ text: line, bold: true }], { size: BODY })
  flow.gap(8)
  flow.paragraph(
    [
      { text: `${msg.subject} `, bold: true },
      { text: model.subject, bold: true },
    ],
    { size: BODY },
  )
  flow.gap(10)

  // What follows the body: the signature (kept on one page) and the copies (رونوشت). The copies
  // never stand alone on a page: they are kept with the signature, or with the body's last line.
  const lh = flow.lineHeight({ size: BODY })
  const boxWidth = 200
  const nameLines = model.signature ? text.layout([{ text: model.signature.name, bold: true }], BODY, boxWidth) : []
  const titleLines = model.signature ? text.layout(model.signature.title, BODY - 1, boxWidth) : []
  const signatureHeight = model.signature ? 16 + (nameLines.length + titleLines.length) * lh : 0
  const COPY = 9.5
  const copyIndent = COPY * 1.6
  const copyLine = flow.lineHeight({ size: COPY })
  const copyHeights = model.copies.map((copy) => flow.measure(copy, { size: COPY, indentRight: copyIndent }))
  const copiesHeight = model.copies.length > 0 ? 10 + copyLine + copyHeights.reduce((a, b) => a + b, 0) : 0
  // All of it if it fits on a page, else the signature, the heading and the first copy.
  const room = flow.pageHeight - MARGINS.top - MARGINS.bottom
  const firstCopies = model.copies.length > 0 ? 10 + copyLine + copyHeights[0] : 0
  const tail = signatureHeight + copiesHeight <= room / 2 ? signatureHeight + copiesHeight : signatureHeight + firstCopies

  drawBlocks(flow, model.body, { size: BODY, gap: 6, keepWithNext: tail })

  if (model.signature) {
    // Name (bold) and title, centred in a box at the left of the text.
    flow.ensure(tail)
    flow.gap(16)
    for (const [lines, size] of [
      [nameLines, BODY],
      [titleLines, BODY - 1],
    ] as const) {
      for (const line of lines) {
        text.drawLine(flow.page, line, { x: flow.left, width: boxWidth, y: text.baseline(flow.y, size, lh), align: 'center' })
        flow.gap(lh)
      }
    }
  }

  if (model.copies.length > 0) {
    flow.gap(10)
    flow.ensure(copyLine + copyHeights[0])
    flow.paragraph(msg.copies, { size: COPY, bold: true })
    for (const copy of model.copies) flow.paragraph(copy, { size: COPY, indentRight: copyIndent, marker: '-' })
  }

  flow.finish((p, index, total) => drawFooter(text, p, MARGINS, { index, total, address: model.letterhead.address }))
  return pdf.save()
}
