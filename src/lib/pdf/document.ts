// A generic titled document (the director's daily digest, reports of later record types).
import { pdfMessages as msg } from './messages'
import type { DocumentPdfModel } from './model'
import { A4, drawBlocks, drawFooter, drawLetterhead, drawMarks, drawWatermark, embedLogo, GREY, newDocument } from './parts'
import { Flow, type Margins } from './text'

const MARGINS: Margins = { top: 40, right: 56, bottom: 72, left: 56 }
const BODY = 11.5

export async function renderDocumentPdf(model: DocumentPdfModel): Promise<Uint8Array> {
  const { pdf, text } = await newDocument(model.title)
  const logo = await embedLogo(pdf, model.letterhead.logo)
  const flow = new Flow(pdf, text, {
    pageSize: A4,
    margins: MARGINS,
    onPage: (page) => {
      if (model.draft) drawWatermark(text, page, msg.draft)
    },
  })
  const top = flow.y
  const side = model.classification || logo ? 110 : 0
  let bottom = drawLetterhead(flow, model.letterhead, logo, side)
  bottom = Math.min(bottom, drawMarks(text, flow.page, [model.classification], flow.right, logo ? top - 62 : top - 22))
  flow.page.drawLine({ start: { x: flow.left, y: bottom - 6 }, end: { x: flow.right, y: bottom - 6 }, thickness: 0.6, color: GREY })
  flow.y = bottom - 16

  flow.paragraph([{ text: model.title, bold: true }], { size: 16, align: 'center' })
  if (model.subtitle) flow.paragraph(model.subtitle, { size: 11, align: 'center', color: GREY })
  flow.gap(12)

  for (const section of model.sections) {
    const heading = [{ text: section.heading, bold: true }]
    flow.ensure(flow.measure(heading, { size: 13 }) + 2 * flow.lineHeight({ size: BODY }))
    flow.paragraph(heading, { size: 13 })
    flow.gap(2)
    drawBlocks(flow, section.blocks, { size: BODY, gap: 5 })
    flow.gap(8)
  }

  flow.finish((page, index, total) => drawFooter(text, page, MARGINS, { index, total, address: model.letterhead.address }))
  return pdf.save()
}
