// The registration record (برگ ثبت) of an incoming paper on A4: what the registry knows of it
// and where it went, never dressed as our own letter (no bismillah letter head, no number
// block, no addressee, signature or copies).
import { toPersianDigits } from '../persian'
import { pdfMessages } from './messages'
import type { CoverSheetPdfModel, Inline } from './model'
import { A4, drawBlocks, drawFooter, drawMarks, drawText, drawWatermark, embedLogo, GREY, LIGHT, newDocument } from './parts'
import { drawTable } from './table'
import { Flow, type Margins } from './text'

const msg = pdfMessages.cover
const MARGINS: Margins = { top: 40, right: 50, bottom: 70, left: 50 }
const BODY = 11
const LABEL_WIDTH = 130

const value = (v: string | null | undefined) => (v && v.trim() ? v : msg.none)

export async function renderCoverSheetPdf(model: CoverSheetPdfModel): Promise<Uint8Array> {
  const { pdf, text } = await newDocument(`${model.title} — ${model.subject}`)
  const logo = await embedLogo(pdf, model.letterhead.logo)
  const flow = new Flow(pdf, text, {
    pageSize: A4,
    margins: MARGINS,
    leading: 1.7,
    onPage: (page) => {
      if (model.draft) drawWatermark(text, page, pdfMessages.draft)
      else if (model.cancelled) drawWatermark(text, page, pdfMessages.cancelled)
    },
  })
  const top = flow.y

  // Who keeps the record (the organisation, small), the sheet's title, the marks on the right.
  const side = 110
  const full = { x: flow.left + side, width: flow.width - 2 * side }
  drawText(text, flow.page, model.letterhead.organisation, { ...full, y: top - 12, size: 10.5, bold: true, align: 'center' })
  if (model.letterhead.unit) drawText(text, flow.page, model.letterhead.unit, { ...full, y: top - 28, size: 9.5, align: 'center', color: GREY })
  drawText(text, flow.page, model.title, { ...full, y: top - 54, size: 16, bold: true, align: 'center' })
  let bottom = top - 64
  if (logo) {
    const scale = Math.min(48 / logo.width, 48 / logo.height)
    flow.page.drawImage(logo, { x: flow.left, y: top - logo.height * scale, width: logo.width * scale, height: logo.height * scale })
    bottom = Math.min(bottom, top - logo.height * scale)
  }
  const marks = [model.draft ? pdfMessages.draft : null, model.cancelled ? pdfMessages.cancelled : null, model.classification, model.urgency]
  bottom = Math.min(bottom, drawMarks(text, flow.page, marks, flow.right, top - 4))
  flow.page.drawLine({ start: { x: flow.left, y: bottom - 6 }, end: { x: flow.right, y: bottom - 6 }, thickness: 0.6, color: GREY })
  flow.y = bottom - 16

  // The registration facts: label | value rows.
  const attachments = model.attachments.length ? `${msg.attachmentCount(model.attachments.length)}: ${model.attachments.join('، ')}` : msg.none
  const facts: Array<[string, string]> = [
    [msg.number, model.number ? toPersianDigits(model.number) : msg.none],
    [msg.date, toPersianDigits(value(model.date))],
    ...(model.registryBook ? ([[msg.book, model.registryBook]] as Array<[string, string]>) : []),
    [msg.sender, value(model.sender)],
    [msg.senderNumber, toPersianDigits(value(model.senderNumber))],
    [msg.senderDate, toPersianDigits(value(model.senderDate))],
    [msg.subject, value(model.subject)],
    [msg.recipients, value(model.recipients.join('، '))],
    [msg.attachments, attachments],
    ...(model.registeredBy ? ([[msg.registeredBy, model.registeredBy]] as Array<[string, string]>) : []),
  ]
  const lh = flow.lineHeight({ size: BODY })
  for (const [label, shown] of facts) {
    const lines = text.layout(shown, BODY, flow.width - LABEL_WIDTH - 8)
    flow.ensure(lines.length * lh)
    const y0 = flow.y
    drawText(text, flow.page, label, { x: flow.right - LABEL_WIDTH, width: LABEL_WIDTH, y: text.baseline(y0, BODY, lh), size: BODY, bold: true })
    lines.forEach((line, n) => text.drawLine(flow.page, line, { x: flow.left, width: flow.width - LABEL_WIDTH - 8, y: text.baseline(y0 - n * lh, BODY, lh), align: 'right' }))
    flow.y = y0 - lines.length * lh
    flow.page.drawLine({ start: { x: flow.left, y: flow.y + 1 }, end: { x: flow.right, y: flow.y + 1 }, thickness: 0.3, color: LIGHT })
  }
  if (model.cancelled) {
    flow.gap(6)
    flow.paragraph([{ text: `${msg.cancelled} `, bold: true }, ...(model.cancelled.reason ? [{ text: `${msg.cancelReason} ${model.cancelled.reason}` }] : [])], { size: BODY })
  }

  const heading = (title: string) => {
    flow.gap(10)
    flow.ensure(flow.measure([{ text: title, bold: true }], { size: 13 }) + 2 * lh)
    flow.paragraph([{ text: title, bold: true }], { size: 13 })
    flow.gap(2)
  }

  heading(msg.summary)
  flow.paragraph(value(model.summary), { size: BODY, align: 'justify' })

  heading(msg.referrals)
  if (model.referrals.length === 0) flow.paragraph(msg.noReferrals, { size: BODY, color: GREY })
  else {
    const c = msg.columns
    const cell = (t: string): Inline[] => [{ text: t }]
    drawTable(
      flow,
      [
        { label: c.row, width: 30, align: 'center' },
        { label: c.from, width: 0 },
        { label: c.to, width: 110 },
        { label: c.purpose, width: 78 },
        { label: c.date, width: 74, align: 'center' },
        { label: c.deadline, width: 56, align: 'center' },
        { label: c.state, width: 62 },
      ],
      model.referrals.map((r, i) => ({
        muted: r.muted,
        cells: [
          cell(toPersianDigits(String(i + 1))),
          // A referral on from another is indented under it.
          cell(`${r.depth > 0 ? `${'»'.repeat(Math.min(r.depth, 4))} ` : ''}${r.from}`),
          cell(r.to),
          cell(r.purpose),
          cell(toPersianDigits(r.date)),
          cell(toPersianDigits(r.deadline || msg.none)),
          cell(r.state),
        ],
      })),
      { size: 9 },
    )
  }

  if (model.body.length > 0) {
    heading(msg.body)
    drawBlocks(flow, model.body, { size: BODY, gap: 5 })
  }

  const note = `${msg.note} ${pdfMessages.generatedAt} ${toPersianDigits(model.generatedAt)}`
  flow.finish((page, index, total) => drawFooter(text, page, MARGINS, { index, total, address: model.letterhead.address, note }))
  return pdf.save()
}
