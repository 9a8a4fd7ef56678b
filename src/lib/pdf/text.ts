// The Persian text engine: normalise, run the Unicode bidi algorithm, wrap, shape each run
// with its direction forced, and draw lines right-aligned or justified, a line whose glyphs
// would not extract as written carrying its logical text as ActualText. See /work/shared/docs/pdf-persian.md for why plain drawText is
// not enough.
import bidiFactory from 'bidi-js'
import {
  endMarkedContent,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  rgb,
  type Color,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib'

import type { EmbeddedFonts, Glyph, ShapingFont } from './fonts'
import type { Inline } from './model'

const bidi = bidiFactory()

const ZWNJ = '\u200C'
const SPACE = 32
/**
 * Explicit directional formatting characters (LRM, RLM, ALM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI):
 * a writer puts them in so a phone number or a code reads in the order they typed; they go to
 * the bidi algorithm and into the ActualText, and are never drawn.
 */
const BIDI_CONTROL_RE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/
const isBidiControl = (unit: string) => BIDI_CONTROL_RE.test(unit)
/** What makes a line's glyphs extract other than as written: ZWNJ (never extracted), direction marks (not drawn), combining marks (readers split «روزانهٔ» at them). */
const MARKED_RE = /[\u200C\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\p{M}]/u

// ---------------------------------------------------------------------------------------------
// pdf-lib hook. drawText → encodeText → font.layout(text) would shape with a guessed direction,
// so layout is wrapped: while we draw, it hands back the glyphs we already shaped. The fonts
// are the document's own (see fonts.ts); `pending` is set and cleared within one synchronous
// drawText call, so no two documents ever see each other's.

const originalLayout = new WeakMap<ShapingFont, ShapingFont['layout']>()
let pending: { text: string; glyphs: Glyph[] } | null = null

function hookLayout(font: ShapingFont): ShapingFont['layout'] {
  let original = originalLayout.get(font)
  if (!original) {
    const layout = font.layout.bind(font)
    original = layout
    originalLayout.set(font, layout)
    font.layout = (text, features, script, language, direction) =>
      pending !== null && pending.text === text ? { glyphs: pending.glyphs } : layout(text, features, script, language, direction)
  }
  return original
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
 * digits for Arabic-Indic ones. Bidi controls are kept (they decide the order a number or a
 * code is shown in). Latin digits stay as written (codes, Latin phrases); callers pass numbers
 * and dates through toPersianDigits.
 */
export function normaliseText(text: string): string {
  return String(text ?? '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(PERSIAN_ZERO + d.charCodeAt(0) - 0x0660))
    .replace(IGNORABLE_RE, '')
    .replace(SPACES_RE, ' ')
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Consecutive glyphs of one run in one weight (or one space), shaped; width in em. */
export interface Piece {
  /** The characters it was shaped from, in logical order (brackets of rtl runs mirrored). */
  text: string
  bold: boolean
  space: boolean
  glyphs: Glyph[]
  width: number
}

/** One laid-out line: pieces in visual order (left to right), width in points. */
export interface Line {
  pieces: Piece[]
  /** What was written, in logical order. */
  text: string
  /**
   * Whether the glyphs alone would not give `text` back: the line mixes directions (a number in
   * Persian text), or holds a ZWNJ, a direction mark, a combining mark or a change of weight
   * inside a word. Such a line is drawn with `text` as its ActualText; the others extract as
   * written from their glyphs in every reader (poppler, which mishandles right-to-left
   * ActualText, included).
   */
  needsActualText: boolean
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

/** A run shaped across weights: glyphs in visual order, each with its weight and the characters [from, to) of the run it stands for. */
interface Shaped {
  glyphs: Glyph[]
  bold: boolean[]
  from: number[]
  to: number[]
  width: number
}

/**
 * GPOS features switched off when shaping: pdf-lib draws glyphs by their advance widths only
 * (no kerning or mark positioning, see docs), so positioning is wasted work, and it is most of
 * fontkit's: the first layout of a freshly parsed font took ~22 ms with it, ~1 ms without.
 * GPOS never changes which glyphs are chosen.
 */
const NO_POSITIONING = { kern: false, mark: false, mkmk: false, curs: false, dist: false, abvm: false, blwm: false }

const unitsOf = (codePoints: number[]) => codePoints.reduce((n, cp) => n + (cp > 0xffff ? 2 : 1), 0)

export class TextEngine {
  readonly replacement: string
  /** Shaped runs by direction, weights and text; lives as long as one render. */
  private shapes = new Map<string, Shaped>()
  private covered = new Map<number, boolean>()
  /** Glyphs of rtl runs with their code points as extraction needs them (see rtlGlyph). */
  private forExtraction = new WeakMap<Glyph, Glyph>()
  private readonly layoutRegular: ShapingFont['layout']
  readonly ascent: number
  readonly descent: number

  constructor(readonly fonts: EmbeddedFonts) {
    this.layoutRegular = hookLayout(fonts.shaping.regular)
    hookLayout(fonts.shaping.bold)
    const { regular, bold } = fonts.shaping
    // Runs are shaped once with the regular weight and drawn with each glyph's own weight:
    // the two TTFs are instances of one variable design, with one glyph order and one GSUB.
    const count = (f: ShapingFont) => (f as unknown as { numGlyphs: number }).numGlyphs
    if (count(regular) !== count(bold) || regular.unitsPerEm !== bold.unitsPerEm) throw new Error('the regular and bold fonts must share one glyph order')
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

  /** normaliseText, then anything both weights lack (emoji, CJK, controls, lone surrogates) → a visible replacement. Bidi controls stay. */
  clean(text: string): string {
    let out = ''
    for (const ch of normaliseText(text)) {
      const cp = ch.codePointAt(0) as number
      out += ch === '\n' || ch === ' ' || ch === ZWNJ || isBidiControl(ch) || this.hasGlyph(cp) ? ch : this.replacement
    }
    return out
  }

  // Text extraction reverses right-to-left text into logical order glyph by glyph, using each
  // glyph's ToUnicode entry. So the glyphs of rtl runs carry their code points reversed (else
  // lam-alef «لا» extracts as «ال») and mirrored back (else «متن» extracts as »متن«). A glyph
  // also drawn in an ltr run shares one entry; rtl wins, which suits Persian letters.
  private rtlGlyph(glyph: Glyph): Glyph {
    let copy = this.forExtraction.get(glyph)
    if (!copy) {
      const codePoints = glyph.codePoints.map((cp) => {
        const mirror = bidi.getMirroredCharacter(String.fromCodePoint(cp))
        return mirror ? (mirror.codePointAt(0) as number) : cp
      })
      codePoints.reverse()
      const same = codePoints.every((cp, i) => cp === glyph.codePoints[i])
      copy = same ? glyph : (Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph)
      this.forExtraction.set(glyph, copy)
    }
    return copy
  }

  /**
   * Shapes one run of a single direction as a whole, whatever weights its characters have, so
   * a bold stretch inside a word keeps its joins; then takes each glyph from the font of its
   * character's weight. Bidi controls are left out (drawn as nothing); the run is shaped in
   * pieces split at ZWNJ (fontkit draws ZWNJ as a full space; the pieces never join anyway).
   */
  private shaped(text: string, bold: boolean[], rtl: boolean): Shaped {
    const key = (rtl ? '<' : '>') + bold.map((b) => (b ? '1' : '0')).join('') + '|' + text
    let s = this.shapes.get(key)
    if (s) return s
    const parts: Array<{ text: string; at: number[] }> = [{ text: '', at: [] }]
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ZWNJ) parts.push({ text: '', at: [] })
      else if (!isBidiControl(text[i])) {
        parts[parts.length - 1].text += text[i]
        parts[parts.length - 1].at.push(i)
      }
    }
    if (rtl) parts.reverse()
    s = { glyphs: [], bold: [], from: [], to: [], width: 0 }
    const { regular, bold: boldFont } = this.fonts.shaping
    for (const part of parts) {
      if (!part.text) continue
      const run = this.layoutRegular(part.text, NO_POSITIONING, rtl ? 'arab' : 'latn', undefined, rtl ? 'rtl' : 'ltr').glyphs
      // Which characters each glyph stands for: glyphs in logical order consume code points in turn.
      const logical = rtl ? [...run].reverse() : run
      const spans = logical.map((g) => g.codePoints)
      let cursor = 0
      const ranges = spans.map((cps) => {
        const from = Math.min(cursor, part.at.length - 1)
        cursor += unitsOf(cps)
        return [from, Math.max(from + 1, Math.min(cursor, part.at.length))] as const
      })
      if (rtl) ranges.reverse()
      run.forEach((glyph, i) => {
        const [from, to] = ranges[i]
        const isBold = bold[part.at[from]]
        let g = isBold ? boldFont.getGlyph(glyph.id, glyph.codePoints) : glyph
        if (rtl) g = this.rtlGlyph(g)
        s!.glyphs.push(g)
        s!.bold.push(isBold)
        s!.from.push(part.at[from])
        s!.to.push(part.at[to - 1] + 1)
        s!.width += g.advanceWidth / (isBold ? boldFont : regular).unitsPerEm
      })
    }
    this.shapes.set(key, s)
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
      out.push({ pieces: [], text: '', needsActualText: false, width: 0, size, spaces: 0, last: true })
      return
    }

    const levels = bidi.getEmbeddingLevels(text, 'rtl')
    // Pass the levels array: given the result object this silently mirrors nothing.
    const mirrored = bidi.getMirroredCharactersMap(text, levels.levels)
    const runText = (start: number, end: number) => {
      let s = ''
      for (let i = start; i < end; i++) s += mirrored.get(i) ?? text[i]
      return s
    }
    const shapeRun = (start: number, end: number) => this.shaped(runText(start, end), bold.slice(start, end), (levels.levels[start] & 1) === 1)
    const pieceWidth = (start: number, end: number) => {
      let w = 0
      for (const [s, e] of this.runsOf(text, levels.levels, start, end)) w += shapeRun(s, e).width
      return w
    }
    const spaceWidth = this.shaped(' ', [false], false).width

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
      out.push(this.buildLine(text, levels, shapeRun, words[from].start, words[to].end, size, last))
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

  /** Splits [start, end) into maximal ranges of one level and no spaces, plus single spaces. Weights do not split a run. */
  private runsOf(text: string, levels: Uint8Array, start: number, end: number): Array<[number, number]> {
    const ranges: Array<[number, number]> = []
    let s = start
    for (let i = start + 1; i <= end; i++) {
      const isSpace = text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i) === SPACE
      if (i === end || isSpace || levels[i] !== levels[s]) {
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
    levels: ReturnType<typeof bidi.getEmbeddingLevels>,
    shapeRun: (s: number, e: number) => Shaped,
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
    // Each run is contiguous in visual order too; emit runs in the order they first appear,
    // each cut into pieces of one weight.
    const runs = this.runsOf(text, levels.levels, start, end)
    const runAt = new Int32Array(end - start)
    runs.forEach(([s, e], r) => runAt.fill(r, s - start, e - start))
    const pieces: Piece[] = []
    let previous = -1
    let width = 0
    let spaces = 0
    let mixedWeights = false
    for (const i of order) {
      const r = runAt[i - start]
      if (r === previous) continue
      previous = r
      const [s, e] = runs[r]
      const space = text.charCodeAt(s) === SPACE
      const shaped = shapeRun(s, e)
      const rtl = (levels.levels[s] & 1) === 1
      if (shaped.bold.some((b) => b !== shaped.bold[0])) mixedWeights = true
      for (let g = 0; g < shaped.glyphs.length; ) {
        let h = g
        let w = 0
        let from = Infinity
        let to = -Infinity
        while (h < shaped.glyphs.length && shaped.bold[h] === shaped.bold[g]) {
          w += shaped.glyphs[h].advanceWidth / this.fonts.shaping.regular.unitsPerEm
          from = Math.min(from, shaped.from[h])
          to = Math.max(to, shaped.to[h])
          h++
        }
        let t = ''
        for (let k = s + from; k < s + to; k++) t += rtl ? (bidi.getMirroredCharacter(text[k]) ?? text[k]) : text[k]
        pieces.push({ text: t, bold: shaped.bold[g], space, glyphs: shaped.glyphs.slice(g, h), width: w })
        g = h
      }
      width += shaped.width
      if (space) spaces++
    }
    return { pieces, text: text.slice(start, end), needsActualText: mixedWeights || this.needsActualText(text, levels.levels, runs, start, end), width: width * size, size, spaces, last }
  }

  private needsActualText(text: string, levels: Uint8Array, runs: Array<[number, number]>, start: number, end: number): boolean {
    if (MARKED_RE.test(text.slice(start, end))) return true
    let level = -1
    for (const [s] of runs) {
      if (text.charCodeAt(s) === SPACE) continue
      if (level !== -1 && levels[s] !== level) return true
      level = levels[s]
    }
    return false
  }

  /**
   * Draws one line; one whose glyphs would not give back what was written (see
   * Line.needsActualText) inside a marked-content span with the line's logical text as its
   * ActualText, so copying, searching and extracting give what was written. Justified lines
   * share the slack among their spaces; the last line is right-aligned.
   */
  drawLine(page: PDFPage, line: Line, opts: DrawLineOptions): void {
    if (line.pieces.length === 0) return
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
    let bold = false
    let segmentAt = 0 // where the current segment starts, from x
    let cursor = 0
    const flush = () => {
      if (glyphs.length > 0) {
        const font: PDFFont = bold ? this.fonts.bold : this.fonts.regular
        // pdf-lib asks the font to lay out this label; the hook answers with our glyphs.
        const label = `g${glyphs.length}`
        pending = { text: label, glyphs }
        try {
          page.drawText(label, { x: x + segmentAt, y: opts.y, size, font, color })
        } finally {
          pending = null
        }
      }
      glyphs = []
      segmentAt = cursor
    }
    if (line.needsActualText) page.pushOperators(beginSpan(line.text))
    try {
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
        cursor += piece.width * size
      }
      flush()
    } finally {
      if (line.needsActualText) page.pushOperators(endMarkedContent())
    }
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

/** `/Span <</ActualText <FEFF…>>> BDC`: what the glyphs up to the matching EMC stand for (ISO 32000-1 §14.9.4). */
function beginSpan(actualText: string): PDFOperator {
  // An operator argument given as a string is written as it is: here the inline dictionary.
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), `<</ActualText ${PDFHexString.fromText(actualText).toString()}>>`])
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
  /** Height (points) that must fit below the last line on its page: what follows is kept with it (a signature, the copies). */
  keepWithNext?: number
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
      this.ensure(lh + (i === lines.length - 1 ? (style.keepWithNext ?? 0) : 0))
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
