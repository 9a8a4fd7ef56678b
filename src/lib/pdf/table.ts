// A ruled table in the flow, columns right to left, its header repeated on each page it spans.
import { rgb } from 'pdf-lib'

import type { Inline } from './model'
import { BLACK, GREY } from './parts'
import type { Flow } from './text'

const HEADER_FILL = rgb(0.9, 0.9, 0.9)
const RULE = rgb(0.6, 0.6, 0.6)

export interface TableColumn {
  label: string
  /** Points; 0 = what the other columns leave (at most one such column). */
  width: number
  align?: 'right' | 'center'
}

export interface TableRow {
  cells: Inline[][]
  /** Grey text (e.g. a cancelled or recalled entry). */
  muted?: boolean
}

/**
 * Draws `rows` under a header row across the flow's width, from `flow.y` down; a row is never
 * split (a row taller than a page is cut to what fits), and a page break repeats the header.
 * Leaves `flow.y` below the table.
 */
export function drawTable(flow: Flow, columns: TableColumn[], rows: TableRow[], o: { size: number; pad?: number }): void {
  const { text } = flow
  const size = o.size
  const pad = o.pad ?? 3
  const line = size * 1.75
  const fixed = columns.reduce((sum, c) => sum + c.width, 0)
  const widths = columns.map((c) => c.width || Math.max(40, flow.width - fixed))
  const rights = widths.map((_, i) => flow.right - widths.slice(0, i).reduce((a, b) => a + b, 0))
  const layoutRow = (cells: Inline[][], bold = false) =>
    cells.map((runs, i) => text.layout(bold ? runs.map((r) => ({ ...r, bold: true })) : runs, size, widths[i] - 2 * pad))

  const drawRow = (cells: ReturnType<typeof layoutRow>, o2: { fill?: ReturnType<typeof rgb>; color: ReturnType<typeof rgb> }) => {
    const maxLines = Math.max(1, Math.floor((flow.pageHeight - 2 * flow.bottom) / line))
    const height = Math.min(maxLines, Math.max(1, ...cells.map((l) => l.length))) * line + 2 * pad
    const top = flow.y
    const { page } = flow
    if (o2.fill) page.drawRectangle({ x: flow.left, y: top - height, width: flow.width, height, color: o2.fill })
    cells.forEach((lines, i) => {
      lines.slice(0, maxLines).forEach((l, n) => {
        text.drawLine(page, l, { x: rights[i] - widths[i] + pad, width: widths[i] - 2 * pad, y: text.baseline(top - pad - n * line, size, line), align: columns[i].align ?? 'right', color: o2.color })
      })
    })
    for (const x of [...rights, flow.left]) page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 0.4, color: RULE })
    page.drawLine({ start: { x: flow.left, y: top }, end: { x: flow.right, y: top }, thickness: 0.4, color: RULE })
    page.drawLine({ start: { x: flow.left, y: top - height }, end: { x: flow.right, y: top - height }, thickness: 0.4, color: RULE })
    flow.y = top - height
    return height
  }

  const header = layoutRow(columns.map((c) => [{ text: c.label }]), true)
  const headerHeight = Math.max(...header.map((l) => l.length)) * line + 2 * pad
  const rowHeight = (cells: ReturnType<typeof layoutRow>) => Math.max(1, ...cells.map((l) => l.length)) * line + 2 * pad

  const laid = rows.map((r) => ({ cells: layoutRow(r.cells), muted: r.muted }))
  flow.ensure(headerHeight + (laid[0] ? rowHeight(laid[0].cells) : 0))
  drawRow(header, { fill: HEADER_FILL, color: BLACK })
  for (const row of laid) {
    const h = rowHeight(row.cells)
    if (flow.y - h < flow.bottom) {
      flow.newPage()
      drawRow(header, { fill: HEADER_FILL, color: BLACK })
    }
    drawRow(row.cells, { color: row.muted ? GREY : BLACK })
  }
}
