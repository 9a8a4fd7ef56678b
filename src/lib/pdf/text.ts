// The Persian text engine: normalise, run the Unicode bidi algorithm, wrap, shape each run
// with its direction forced, and draw lines right-aligned or justified. See
// /work/shared/docs/pdf-persian.md for why plain drawText is not enough.
import bidiFactory from 'bidi-js'
import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'

import { stripBidiMarks } from '../persian'
import type { EmbeddedFonts, Glyph, ShapingFont } from './fonts'
import type { Inline } from './model'

const bidi = bidiFactory()

const ZWNJ = '\u200C'
const SPACE = 32

// ---------------------------------------------------------------------------------------------
// pdf-lib hook. drawText → encodeText → font.layout(text) would shape with a guessed direction,
// so layout is wrapped: while we draw, it hands back the glyphs we already shaped.

const originalLayout = new WeakMap<ShapingFont, ShapingFont['layout']>()
let pending: { text: string; glyphs: Glyph[] } | null = null

function hookLayout(font: ShapingFont): void {
  if (originalLayout.has(font)) return
  const original = font.layout.bind(font)
  originalLayout.set(font, original)
  font.layout = (text, features, script, language, direction) =>
    pending !== null && pending.text === text ? { glyphs: pending.glyphs } : original(text, features, script, language, direction)
}

// Text extraction reverses right-to-left text into logical order glyph by glyph, using each
// glyph's ToUnicode entry. So the glyphs of rtl runs carry their code points reversed (else
// lam-alef «لا» extracts as «ال») and mirrored back (else «متن» extracts as »متن«). A glyph
// also drawn in an ltr run shares one entry; rtl wins, which suits Persian letters.
const forExtraction = new WeakMap<Glyph, Glyph>()
function rtlGlyph(glyph: Glyph): Glyph {
  let copy = forExtraction.get(glyph)
  if (!copy) {
    const codePoints = glyph.codePoints.map((cp) => {
      const mirror = bidi.getMirroredCharacter(String.fromCodePoint(cp))
      return mirror ? (mirror.codePointAt(0) as number) : cp
    })
    codePoints.reverse()
    const same = codePoints.every((cp, i) => cp === glyph.codePoints[i])
    copy = same ? glyph : (Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph)
    forExtraction.set(glyph, copy)
  }
  return copy
}

/** Glyphs in visual (left-to-right) order for one run of a single direction. */
function shape(font: ShapingFont, text: string, rtl: boolean): Glyph[] {
  const layout = originalLayout.get(font) ?? font.layout.bind(font)
  // fontkit draws ZWNJ as a full-width space glyph; the pieces either side never join anyway.
  const parts = text.split(ZWNJ)
  if (rtl) parts.reverse()
  const glyphs: Glyph[] = []
  for (const part of parts) {
    if (!part) continue
    const run = layout(part, undefined, rtl ? 'arab' : 'latn', undefined, rtl ? 'rtl' : 'ltr')
    for (const g of run.glyphs) glyphs.push(rtl ? rtlGlyph(g) : g)
  }
  return glyphs
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const PERSIAN_ZERO = 0x06f0
// Invisible characters with no meaning for layout (ZWJ, ZWSP, soft hyphen, BOM, variation
// selectors); fontkit would draw some of them as a space.
const IGNORABLE_RE = /[\u200B\u200D\u00AD\uFEFF\u2060-\u2064\uFE00-\uFE0F]/g
const SPACES_RE = /[\t\u1680\u2000-\u200A\u202F\u205F\u3000]/g

/**
 * Display normalisation: the two letter substitutions that never change meaning, Persian
 * digits for Arabic-Indic ones, no bidi controls. Latin digits stay as written (codes, Latin
 * phrases); callers pass numbers and dates through toPersianDigits.
 */
export function normaliseText(text: string): string {
  return stripBidiMarks(String(text ?? ''))
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(PERSIAN_ZERO + d.charCodeAt(0) - 0x0660))
    .replace(IGNORABLE_RE, '')
    .replace(SPACES_RE, ' ')
}

// ---------------------------------------------------------------------------------------------
// Layout

/** A run of one direction and weight (or one space), shaped; width in em. */
export interface Piece {
  text: string
  bold: boolean
  space: boolean
  glyphs: Glyph[]
  width: number
}

/** One laid-out line: pieces in visual order (left to right), width in points. */
export interface Line {
  pieces: Piece[]
  width: number
  size: number
  spaces: number
  /** Last line of a paragraph (or before a hard break): never justified. */
  last: boolean
}

export type Align = 'right' | 'left' | 'center' | 'justify'

export interface DrawLineOptions {
  /** Left edge and width of the box the line is aligned in. */
  x: number
  width: number
  /** Baseline. */
  y: number
  align?: Align
  color?: Color
}

interface Word {
  start: number
  end: number
  width: number
}

export class TextEngine {
  readonly replacement: string
  /** Shaped runs by weight, direction and text; lives as long as one render. */
  private shapes = new Map<string, { glyphs: Glyph[]; width: number }>()
  private covered = new Map<number, boolean>()
  readonly ascent: number
  readonly descent: number

  constructor(readonly fonts: EmbeddedFonts) {
    hookLayout(fonts.shaping.regular)
    hookLayout(fonts.shaping.bold)
    const { regular } = fonts.shaping
    this.replacement = this.hasGlyph(0xfffd) ? '\uFFFD' : '?'
    this.ascent = regular.ascent / regular.unitsPerEm
    this.descent = -regular.descent / regular.unitsPerEm
  }

  private hasGlyph(cp: number): boolean {
    let ok = this.covered.get(cp)
    if (ok === undefined) {
      ok = this.fonts.shaping.regular.hasGlyphForCodePoint(cp) && this.fonts.shaping.bold.hasGlyphForCodePoint(cp)
      this.covered.set(cp, ok)
    }
    return ok
  }

  /** normaliseText, then anything both weights lack (emoji, CJK, controls, lone surrogates) → a visible replacement. */
  clean(text: string): string {
    let out = ''
    for (const ch of normaliseText(text)) {
      const cp = ch.codePointAt(0) as number
      out += ch === '\n' || ch === ' ' || ch === ZWNJ || this.hasGlyph(cp) ? ch : this.replacement
    }
    return out
  }

  private shaped(text: string, bold: boolean, rtl: boolean): { glyphs: Glyph[]; width: number } {
    const key = (bold ? 'b' : 'r') + (rtl ? '<' : '>') + text
    let s = this.shapes.get(key)
    if (!s) {
      const font = bold ? this.fonts.shaping.bold : this.fonts.shaping.regular
      const glyphs = shape(font, text, rtl)
      let units = 0
      for (const g of glyphs) units += g.advanceWidth
      s = { glyphs, width: units / font.unitsPerEm }
      this.shapes.set(key, s)
    }
    return s
  }

  /** Wraps runs to lines no wider than `width` points. Newlines in the text are hard breaks. */
  layout(runs: Inline[] | string, size: number, width = Infinity): Line[] {
    const list = typeof runs === 'string' ? [{ text: runs }] : runs
    let text = ''
    const boldAt: boolean[] = []
    for (const run of list) {
      const t = this.clean(run.text)
      text += t
      for (let i = 0; i < t.length; i++) boldAt.push(!!run.bold)
    }
    const lines: Line[] = []
    let offset = 0
    for (const hard of text.split('\n')) {
      this.layoutHardLine(hard, boldAt.slice(offset, offset + hard.length), size, width / size, lines)
      offset += hard.length + 1
    }
    return lines
  }

  /** Natural width in points of a single line of text. */
  width(runs: Inline[] | string, size: number): number {
    return Math.max(0, ...this.layout(runs, size).map((l) => l.width))
  }

  private layoutHardLine(raw: string, boldAt: boolean[], size: number, maxEm: number, out: Line[]): void {
    // Collapse and trim spaces, keeping the bold flags aligned.
    let text = ''
    const bold: boolean[] = []
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === ' ' && (text.length === 0 || text.endsWith(' '))) continue
      text += raw[i]
      bold.push(boldAt[i])
    }
    while (text.endsWith(' ')) {
      text = text.slice(0, -1)
      bold.pop()
    }
    if (!text) {
      out.push({ pieces: [], width: 0, size, spaces: 0, last: true })
      return
    }

    const levels = bidi.getEmbeddingLevels(text, 'rtl')
    // Pass the levels array: given the result object this silently mirrors nothing.
    const mirrored = bidi.getMirroredCharactersMap(text, levels.levels)
    const pieceText = (start: number, end: number) => {
      let s = ''
      for (let i = start; i < end; i++) s += mirrored.get(i) ?? text[i]
      return s
    }
    const pieceWidth = (start: number, end: number) => {
      let w = 0
      for (const [s, e] of this.runsOf(text, bold, levels.levels, start, end)) {
        w += this.shaped(pieceText(s, e), bold[s], (levels.levels[s] & 1) === 1).width
      }
      return w
    }
    const spaceWidth = this.shaped(' ', false, false).width

    // Words in logical order; a word wider than the line is cut where it must be.
    const words: Word[] = []
    for (let i = 0; i < text.length; ) {
      let j = i
      while (j < text.length && text.charCodeAt(j) !== SPACE) j++
      const w = pieceWidth(i, j)
      if (w <= maxEm) words.push({ start: i, end: j, width: w })
      else words.push(...this.cutWord(text, i, j, maxEm, pieceWidth))
      i = j + 1
    }

    // Greedy wrap, then bidi reordering of each line.
    let first = 0
    let lineWidth = words[0].width
    const emit = (from: number, to: number, last: boolean) => {
      out.push(this.buildLine(text, bold, levels, pieceText, words[from].start, words[to].end, size, last))
    }
    for (let k = 1; k < words.length; k++) {
      const gap = words[k].start > words[k - 1].end ? spaceWidth : 0
      if (lineWidth + gap + words[k].width > maxEm) {
        emit(first, k - 1, false)
        first = k
        lineWidth = words[k].width
      } else lineWidth += gap + words[k].width
    }
    emit(first, words.length - 1, true)
  }

  /** Splits [start, end) into maximal ranges of one level, one weight and no spaces, plus single spaces. */
  private runsOf(text: string, bold: boolean[], levels: Uint8Array, start: number, end: number): Array<[number, number]> {
    const ranges: Array<[number, number]> = []
    let s = start
    for (let i = start + 1; i <= end; i++) {
      const isSpace = text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i) === SPACE
      if (i === end || isSpace || levels[i] !== levels[s] || bold[i] !== bold[s]) {
        ranges.push([s, i])
        s = i
      }
    }
    return ranges
  }

  /** Cuts an over-long word (a URL, a run of digits) at code points so each part fits. */
  private cutWord(text: string, start: number, end: number, maxEm: number, width: (s: number, e: number) => number): Word[] {
    // Step by code point so a surrogate pair is never split.
    const next = (i: number) => (i + 1 < end && /[\uD800-\uDBFF]/.test(text[i]) ? i + 2 : i + 1)
    const previous = (i: number) => (i - 2 >= start && /[\uDC00-\uDFFF]/.test(text[i - 1]) ? i - 2 : i - 1)
    const parts: Word[] = []
    let s = start
    while (s < end) {
      // Estimate with the characters' own widths (linear), then correct for joining.
      let e = next(s)
      let estimate = width(s, e)
      while (e < end && estimate + width(e, next(e)) <= maxEm) {
        estimate += width(e, next(e))
        e = next(e)
      }
      while (e > next(s) && width(s, e) > maxEm) e = previous(e)
      parts.push({ start: s, end: e, width: width(s, e) })
      s = e
    }
    return parts
  }

  private buildLine(
    text: string,
    bold: boolean[],
    levels: ReturnType<typeof bidi.getEmbeddingLevels>,
    pieceText: (s: number, e: number) => string,
    start: number,
    end: number,
    size: number,
    last: boolean,
  ): Line {
    // Visual order of the characters, from the bidi algorithm's reversals (rule L2).
    const order: number[] = []
    for (let i = start; i < end; i++) order.push(i)
    for (const [s, e] of bidi.getReorderSegments(text, levels, start, end - 1)) {
      let a = s - start
      let b = e - start
      while (a < b) {
        const t = order[a]
        order[a++] = order[b]
        order[b--] = t
      }
    }
    // Each run is contiguous in visual order too; emit runs in the order they first appear.
    const runs = this.runsOf(text, bold, levels.levels, start, end)
    const runAt = new Int32Array(end - start)
    runs.forEach(([s, e], r) => runAt.fill(r, s - start, e - start))
    const pieces: Piece[] = []
    let previous = -1
    let width = 0
    let spaces = 0
    for (const i of order) {
      const r = runAt[i - start]
      if (r === previous) continue
      previous = r
      const [s, e] = runs[r]
      const space = text.charCodeAt(s) === SPACE
      const t = pieceText(s, e)
      const shaped = this.shaped(t, bold[s], (levels.levels[s] & 1) === 1)
      pieces.push({ text: t, bold: bold[s], space, glyphs: shaped.glyphs, width: shaped.width })
      width += shaped.width
      if (space) spaces++
    }
    return { pieces, width: width * size, size, spaces, last }
  }

  /** Draws one line. Justified lines share the slack among their spaces; the last line is right-aligned. */
  drawLine(page: PDFPage, line: Line, opts: DrawLineOptions): void {
    const align = opts.align ?? 'right'
    const { size } = line
    let extra = 0
    let x: number
    if (align === 'justify' && !line.last && line.spaces > 0 && line.width < opts.width) {
      extra = (opts.width - line.width) / line.spaces
      x = opts.x
    } else if (align === 'left') x = opts.x
    else if (align === 'center') x = opts.x + (opts.width - line.width) / 2
    else x = opts.x + opts.width - line.width

    const color = opts.color ?? rgb(0, 0, 0)
    let glyphs: Glyph[] = []
    let label = ''
    let bold = false
    let segmentAt = 0 // where the current segment starts, from x
    let cursor = 0
    const flush = () => {
      if (glyphs.length > 0) {
        const font: PDFFont = bold ? this.fonts.bold : this.fonts.regular
        pending = { text: label, glyphs }
        try {
          page.drawText(label, { x: x + segmentAt, y: opts.y, size, font, color })
        } finally {
          pending = null
        }
      }
      glyphs = []
      label = ''
      segmentAt = cursor
    }
    for (const piece of line.pieces) {
      if (piece.bold !== bold || (piece.space && extra > 0)) {
        flush()
        bold = piece.bold
      }
      if (piece.space && extra > 0) {
        cursor += piece.width * size + extra
        segmentAt = cursor
        continue
      }
      for (const g of piece.glyphs) glyphs.push(g)
      label += piece.text
      cursor += piece.width * size
    }
    flush()
  }

  /**
   * The line as one SVG path (y down, in points, origin at the start of the baseline): for
   * watermarks, which as outlines stay out of text extraction and search.
   */
  outline(line: Line): string {
    const d: string[] = []
    let x = 0
    for (const piece of line.pieces) {
      const font = piece.bold ? this.fonts.shaping.bold : this.fonts.shaping.regular
      const k = line.size / font.unitsPerEm
      for (const glyph of piece.glyphs) {
        const commands = (glyph as Glyph & { path?: { commands: Array<{ command: string; args: number[] }> } }).path?.commands ?? []
        for (const { command, args } of commands) {
          const pts: string[] = []
          for (let i = 0; i < args.length; i += 2) pts.push(`${(x + args[i] * k).toFixed(2)} ${(-args[i + 1] * k).toFixed(2)}`)
          const op = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' }[command]
          if (op) d.push(op + pts.join(' '))
        }
        x += glyph.advanceWidth * k
      }
    }
    return d.join('')
  }

  /** Baseline of a line whose box (of `lineHeight`) starts at `top`: the glyph box centred in it. */
  baseline(top: number, size: number, lineHeight: number): number {
    return top - (lineHeight - (this.ascent + this.descent) * size) / 2 - this.ascent * size
  }
}

// ---------------------------------------------------------------------------------------------
// Page flow: a cursor that moves down the page and adds pages at the bottom margin.

export interface Margins {
  top: number
  right: number
  bottom: number
  left: number
}

export interface ParagraphStyle {
  size: number
  align?: Align
  bold?: boolean
  color?: Color
  /** Line box height; default the flow's leading × size. */
  lineHeight?: number
  /** Space kept free on the right (list items) and on the left. */
  indentRight?: number
  indentLeft?: number
  /** Drawn right-aligned in the right indent on the first line (a list marker). */
  marker?: string
}

export interface FlowOptions {
  pageSize: [number, number]
  margins: Margins
  /** Line box height as a multiple of the font size; default 1.8 (Persian needs room for dots and descenders). */
  leading?: number
  /** Called as each page is added, before anything else is drawn on it (watermarks, repeated table headers). */
  onPage?: (page: PDFPage, flow: Flow) => void
}

export class Flow {
  readonly pages: PDFPage[] = []
  page!: PDFPage
  /** Top of the free space on the current page. */
  y = 0

  constructor(
    readonly pdf: PDFDocument,
    readonly text: TextEngine,
    readonly options: FlowOptions,
  ) {
    this.newPage()
  }

  get left(): number {
    return this.options.margins.left
  }
  get right(): number {
    return this.options.pageSize[0] - this.options.margins.right
  }
  get width(): number {
    return this.right - this.left
  }
  get pageWidth(): number {
    return this.options.pageSize[0]
  }
  get pageHeight(): number {
    return this.options.pageSize[1]
  }
  get bottom(): number {
    return this.options.margins.bottom
  }

  newPage(): void {
    this.page = this.pdf.addPage(this.options.pageSize)
    this.pages.push(this.page)
    this.y = this.pageHeight - this.options.margins.top
    this.options.onPage?.(this.page, this)
  }

  /** Starts a new page unless `height` fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.bottom && this.y < this.pageHeight - this.options.margins.top) this.newPage()
  }

  gap(height: number): void {
    this.y -= height
  }

  lineHeight(style: ParagraphStyle): number {
    return style.lineHeight ?? style.size * (this.options.leading ?? 1.8)
  }

  /** Lays out and draws a paragraph, breaking pages between lines. */
  paragraph(runs: Inline[] | string, style: ParagraphStyle): void {
    const list = typeof runs === 'string' ? [{ text: runs, bold: style.bold }] : runs
    const indentRight = style.indentRight ?? 0
    const indentLeft = style.indentLeft ?? 0
    const width = this.width - indentRight - indentLeft
    const lines = this.text.layout(list, style.size, width)
    const lh = this.lineHeight(style)
    lines.forEach((line, i) => {
      this.ensure(lh)
      const y = this.text.baseline(this.y, style.size, lh)
      this.text.drawLine(this.page, line, { x: this.left + indentLeft, width, y, align: style.align, color: style.color })
      if (i === 0 && style.marker) {
        const [marker] = this.text.layout(style.marker, style.size)
        this.text.drawLine(this.page, marker, { x: this.right - indentRight, width: indentRight, y, align: 'right', color: style.color })
      }
      this.y -= lh
    })
  }

  /** Height a paragraph would take (to keep blocks together). */
  measure(runs: Inline[] | string, style: ParagraphStyle): number {
    const list = typeof runs === 'string' ? [{ text: runs, bold: style.bold }] : runs
    const width = this.width - (style.indentRight ?? 0) - (style.indentLeft ?? 0)
    return this.text.layout(list, style.size, width).length * this.lineHeight(style)
  }

  /** Runs `draw` once per page after all pages exist, so footers can say «صفحهٔ ۱ از ۳». */
  finish(draw: (page: PDFPage, index: number, total: number) => void): void {
    this.pages.forEach((page, i) => draw(page, i, this.pages.length))
  }
}
