// Pieces shared by the renderers: document setup, letterhead, marks, watermark, footer and
// rich-text blocks.
import { degrees, PDFDocument, rgb, type PDFImage, type PDFPage } from 'pdf-lib'

import { toPersianDigits } from '../persian'
import { embedFonts } from './fonts'
import { pdfMessages as msg } from './messages'
import type { Block, Inline, Letterhead } from './model'
import { Flow, TextEngine, type Margins } from './text'

export const A4: [number, number] = [595.28, 841.89]
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28]

export const BLACK = rgb(0, 0, 0)
export const GREY = rgb(0.35, 0.35, 0.35)
export const LIGHT = rgb(0.85, 0.85, 0.85)
export const RED = rgb(0.75, 0.05, 0.05)

export interface Setup {
  pdf: PDFDocument
  text: TextEngine
}

export async function newDocument(title: string): Promise<Setup> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setLanguage('fa-IR')
  pdf.setCreator(msg.creator)
  pdf.setProducer(msg.creator)
  const fonts = await embedFonts(pdf)
  return { pdf, text: new TextEngine(fonts) }
}

/** PNG or JPEG by magic bytes; null when absent or unreadable (a broken logo must not stop a letter). */
export async function embedLogo(pdf: PDFDocument, bytes: Uint8Array | null | undefined): Promise<PDFImage | null> {
  if (!bytes || bytes.length < 4) return null
  try {
    if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return await pdf.embedPng(bytes)
    if (bytes[0] === 0xff && bytes[1] === 0xd8) return await pdf.embedJpg(bytes)
  } catch {
    // fall through: unreadable image
  }
  return null
}

/** Draws a single line of text; returns its width. */
export function drawText(
  text: TextEngine,
  page: PDFPage,
  runs: Inline[] | string,
  o: { x: number; width: number; y: number; size: number; align?: 'right' | 'left' | 'center'; bold?: boolean; color?: ReturnType<typeof rgb> },
): number {
  const list = typeof runs === 'string' ? [{ text: runs, bold: o.bold }] : runs
  const [line] = text.layout(list, o.size)
  text.drawLine(page, line, { x: o.x, width: o.width, y: o.y, align: o.align, color: o.color })
  return line.width
}

/**
 * Letterhead at the top of the flow's first page: bismillah centred, logo top right,
 * organisation and unit centred between side bands of `side` points (kept free for the
 * number block and marks), wrapped if they are longer. Returns the y below it.
 */
export function drawLetterhead(flow: Flow, head: Letterhead, logo: PDFImage | null, side = 0): number {
  const { text, page } = flow
  const top = flow.y
  const x = flow.left + side
  const width = flow.width - 2 * side
  drawText(text, page, msg.bismillah, { x, width, y: top - 12, size: 10, align: 'center' })
  let y = top - 20
  for (const [line, size, bold] of [
    [head.organisation, 13, true],
    [head.unit ?? '', 10.5, false],
  ] as const) {
    for (const l of text.layout([{ text: line, bold }], size, width)) {
      if (l.pieces.length === 0) continue
      const lh = size * 1.6
      text.drawLine(page, l, { x, width, y: text.baseline(y, size, lh), align: 'center' })
      y -= lh
    }
  }
  let bottom = y
  if (logo) {
    const scale = Math.min(56 / logo.width, 56 / logo.height)
    const w = logo.width * scale
    const h = logo.height * scale
    page.drawImage(logo, { x: flow.right - w, y: top - h, width: w, height: h })
    bottom = Math.min(bottom, top - h)
  }
  return bottom
}

/** Red boxed labels stacked down from `top` at the right edge; returns the y below them. */
export function drawMarks(text: TextEngine, page: PDFPage, labels: Array<string | null | undefined>, right: number, top: number): number {
  let y = top
  for (const label of labels) {
    if (!label) continue
    drawMark(text, page, label, right, y)
    y -= 26
  }
  return y
}

/** A red boxed label (classification, urgency) with its right edge at `right`; returns its width. */
export function drawMark(text: TextEngine, page: PDFPage, label: string, right: number, top: number): number {
  const size = 10.5
  const width = text.width([{ text: label, bold: true }], size) + 12
  page.drawRectangle({ x: right - width, y: top - 20, width, height: 20, borderColor: RED, borderWidth: 1.2 })
  drawText(text, page, label, { x: right - width, width, y: top - 14, size, bold: true, color: RED, align: 'center' })
  return width
}

/**
 * Large light-grey word across the page diagonal, drawn first so text stays on top. Drawn as
 * outlines: as text it would be cut into fragments inside the extracted body text.
 */
export function drawWatermark(text: TextEngine, page: PDFPage, word: string): void {
  const size = 110
  const [line] = text.layout([{ text: word, bold: true }], size)
  const { width: pw, height: ph } = page.getSize()
  const rad = Math.atan2(ph, pw)
  // Start so the middle of the word (and of its x-height) sits on the page centre.
  const x = pw / 2 - (Math.cos(rad) * line.width) / 2 + Math.sin(rad) * size * 0.25
  const y = ph / 2 - (Math.sin(rad) * line.width) / 2 - Math.cos(rad) * size * 0.25
  page.drawSvgPath(text.outline(line), { x, y, rotate: degrees((rad * 180) / Math.PI), color: LIGHT, borderWidth: 0 })
}

/** Rule, optional address line and «صفحهٔ n از m» below the bottom margin. */
export function drawFooter(
  text: TextEngine,
  page: PDFPage,
  margins: Margins,
  o: { index: number; total: number; address?: string; note?: string },
): void {
  const { width: pw } = page.getSize()
  const x = margins.left
  const width = pw - margins.left - margins.right
  const ruleY = margins.bottom - 14
  page.drawLine({ start: { x, y: ruleY }, end: { x: x + width, y: ruleY }, thickness: 0.5, color: GREY })
  const number = msg.page(o.index + 1, o.total)
  const numberWidth = drawText(text, page, number, { x, width, y: ruleY - 14, size: 9, align: 'left', color: GREY })
  const rest = [o.address, o.note].filter(Boolean).join(' — ')
  if (rest) {
    // At most two lines fit under the rule.
    const lines = text.layout(rest, 8.5, width - numberWidth - 20).slice(0, 2)
    lines.forEach((line, i) => {
      text.drawLine(page, line, { x: x + numberWidth + 20, width: width - numberWidth - 20, y: ruleY - 14 - i * 12, align: 'right', color: GREY })
    })
  }
}

export interface BlockStyle {
  size: number
  /** Space after each block. */
  gap: number
  /** Height (points) kept on the page of the last line (what follows the blocks: signature, copies). */
  keepWithNext?: number
}

const HEADING_SIZES = { 1: 4, 2: 2, 3: 1 } as const

/** Paragraphs (justified), headings (bold, kept with what follows) and lists (Persian numerals). */
export function drawBlocks(flow: Flow, blocks: Block[], style: BlockStyle): void {
  const { size, gap } = style
  blocks.forEach((block, b) => {
    // The last line of the last block carries what must stay with it, and the gap before that.
    const keep = b === blocks.length - 1 && style.keepWithNext ? { keepWithNext: gap + style.keepWithNext } : {}
    if (block.type === 'heading') {
      const hs = size + HEADING_SIZES[block.level ?? 2]
      const runs = block.runs.map((r) => ({ text: r.text, bold: true }))
      // Keep a heading with at least two lines of what follows.
      flow.ensure(flow.measure(runs, { size: hs }) + 2 * flow.lineHeight({ size }))
      flow.paragraph(runs, { size: hs, ...keep })
      flow.gap(gap / 2)
    } else if (block.type === 'list') {
      const indent = size * 2.2
      block.items.forEach((item, i) => {
        const marker = block.ordered ? toPersianDigits(`${i + 1}-`) : '•'
        flow.paragraph(item, { size, align: 'justify', indentRight: indent, marker, ...(i === block.items.length - 1 ? keep : {}) })
      })
      flow.gap(gap)
    } else {
      flow.paragraph(block.runs, { size, align: 'justify', ...keep })
      flow.gap(gap)
    }
  })
}
