// The registry book (دفتر اندیکاتور) as a landscape table, columns right to left.
import { rgb, type PDFPage } from 'pdf-lib'

import { toPersianDigits } from '../persian'
import { pdfMessages as msg } from './messages'
import type { Inline, RegistryBookModel, RegistryBookRow } from './model'
import { A4_LANDSCAPE, BLACK, drawFooter, drawText, GREY, newDocument } from './parts'
import { Flow, type Line, type Margins } from './text'

const MARGINS: Margins = { top: 30, right: 30, bottom: 50, left: 30 }
const SIZE = 9
const LINE = SIZE * 1.75
const PAD = 3
const HEADER_FILL = rgb(0.88, 0.88, 0.88)
const ZEBRA_FILL = rgb(0.965, 0.965, 0.965)
const RULE = rgb(0.6, 0.6, 0.6)

type Column = { label: string; width: number; align: 'right' | 'center'; cell: (row: RegistryBookRow, index: number) => Inline[] }

const c = msg.registryColumns
// Right to left; the subject takes whatever width is left.
const COLUMNS: Column[] = [
  { label: c.row, width: 34, align: 'center', cell: (_, i) => [{ text: toPersianDigits(String(i + 1)) }] },
  { label: c.number, width: 92, align: 'center', cell: (r) => [{ text: toPersianDigits(r.number) }] },
  { label: c.date, width: 64, align: 'center', cell: (r) => [{ text: toPersianDigits(r.date) }] },
  { label: c.kind, width: 62, align: 'right', cell: (r) => [{ text: r.kind }] },
  { label: c.party, width: 160, align: 'right', cell: (r) => [{ text: r.party }] },
  { label: c.subject, width: 0, align: 'right', cell: subjectCell },
  { label: c.classification, width: 74, align: 'right', cell: (r) => [{ text: r.classification }] },
]

function subjectCell(row: RegistryBookRow): Inline[] {
  const subject = row.subject === null ? msg.hiddenSubject : row.subject
  return row.cancelled ? [{ text: msg.cancelled, bold: true }, { text: ` — ${subject}` }] : [{ text: subject }]
}

export async function renderRegistryBookPdf(model: RegistryBookModel): Promise<Uint8Array> {
  const { pdf, text } = await newDocument(model.title)
  const tableWidth = A4_LANDSCAPE[0] - MARGINS.left - MARGINS.right
  const fixed = COLUMNS.reduce((sum, col) => sum + col.width, 0)
  const widths = COLUMNS.map((col) => col.width || tableWidth - fixed)
  // Right edge of each column.
  const rights = widths.map((_, i) => A4_LANDSCAPE[0] - MARGINS.right - widths.slice(0, i).reduce((a, b) => a + b, 0))

  const separators = (page: PDFPage, top: number, bottom: number) => {
    for (const x of [...rights, rights[rights.length - 1] - widths[widths.length - 1]]) {
      page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.4, color: RULE })
    }
    page.drawLine({ start: { x: MARGINS.left, y: bottom }, end: { x: MARGINS.left + tableWidth, y: bottom }, thickness: 0.4, color: RULE })
  }

  // Every page: title block and the column header row.
  const onPage = (page: PDFPage, flow: Flow) => {
    const top = flow.y
    const full = { x: flow.left, width: flow.width }
    drawText(text, page, model.letterhead.organisation, { ...full, y: top - 10, size: 10, bold: true })
    drawText(text, page, model.title, { ...full, y: top - 28, size: 14, bold: true, align: 'center' })
    drawText(text, page, model.period, { ...full, y: top - 45, size: 10, align: 'center', color: GREY })
    const headTop = top - 54
    const headHeight = 22
    page.drawRectangle({ x: flow.left, y: headTop - headHeight, width: tableWidth, height: headHeight, color: HEADER_FILL })
    page.drawLine({ start: { x: flow.left, y: headTop }, end: { x: flow.right, y: headTop }, thickness: 0.4, color: RULE })
    COLUMNS.forEach((col, i) => {
      drawText(text, page, col.label, { x: rights[i] - widths[i], width: widths[i], y: headTop - 15, size: SIZE + 0.5, bold: true, align: 'center' })
    })
    separators(page, headTop, headTop - headHeight)
    flow.y = headTop - headHeight
  }

  const flow = new Flow(pdf, text, { pageSize: A4_LANDSCAPE, margins: MARGINS, onPage })
  const maxLines = Math.floor((flow.y - MARGINS.bottom - 2 * PAD) / LINE)

  model.rows.forEach((row, index) => {
    const cells: Line[][] = COLUMNS.map((col, i) => text.layout(col.cell(row, index), SIZE, widths[i] - 2 * PAD).slice(0, maxLines))
    const height = Math.max(...cells.map((lines) => lines.length)) * LINE + 2 * PAD
    if (flow.y - height < MARGINS.bottom) flow.newPage()
    const { page } = flow
    const top = flow.y
    if (index % 2 === 1) page.drawRectangle({ x: flow.left, y: top - height, width: tableWidth, height, color: ZEBRA_FILL })
    // Cancelled rows stay legible but grey, their number struck through.
    const color = row.cancelled ? GREY : BLACK
    cells.forEach((lines, i) => {
      lines.forEach((line, n) => {
        const y = text.baseline(top - PAD - n * LINE, SIZE, LINE)
        const x = rights[i] - widths[i] + PAD
        const width = widths[i] - 2 * PAD
        const hidden = row.subject === null && COLUMNS[i].cell === subjectCell
        text.drawLine(page, line, { x, width, y, align: COLUMNS[i].align, color: hidden ? GREY : color })
        if (row.cancelled && COLUMNS[i].label === c.number) {
          const start = x + (width - line.width) / 2
          page.drawLine({ start: { x: start, y: y + SIZE * 0.3 }, end: { x: start + line.width, y: y + SIZE * 0.3 }, thickness: 0.7, color: GREY })
        }
      })
    })
    separators(page, top, top - height)
    flow.y = top - height
  })

  const note = `${model.period} — ${msg.generatedAt} ${toPersianDigits(model.generatedAt)}`
  flow.finish((page, index, total) => drawFooter(text, page, MARGINS, { index, total, note }))
  return pdf.save()
}
