// The text engine's layout decisions, checked on the laid-out lines (no PDF tools needed).
import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import { embedFonts, normaliseText, TextEngine, type Line } from '../../src/lib/pdf'

let engine: TextEngine
beforeAll(async () => {
  engine = new TextEngine(await embedFonts(await PDFDocument.create()))
})

/** The runs of a line from left to right, as the text each was shaped from. */
const visual = (line: Line) => line.pieces.map((p) => p.text)

describe('TextEngine.layout', () => {
  it('orders a registry number right to left with its digit runs left to right', () => {
    const [line] = engine.layout('۱۴۰۵/و/۱۲', 12)
    expect(visual(line)).toEqual(['۱۲', '/و/', '۱۴۰۵'])
  })

  it('keeps a Latin phrase in a Persian line in reading order', () => {
    const [line] = engine.layout('سامانهٔ Payload CMS دبیر', 12)
    expect(visual(line)).toEqual(['دبیر', ' ', 'Payload', ' ', 'CMS', ' ', 'سامانهٔ'])
  })

  it('mirrors brackets in right-to-left runs', () => {
    const [line] = engine.layout('(متن)', 12)
    expect(visual(line)).toEqual([')متن('])
  })

  it('shapes across a ZWNJ without drawing a space', () => {
    const [line] = engine.layout('می‌شود', 12)
    const codePoints = line.pieces.flatMap((p) => p.glyphs.flatMap((g) => g.codePoints))
    expect(codePoints).not.toContain(0x20)
    expect(codePoints).not.toContain(0x200c)
    expect(line.width).toBeLessThan(engine.width('می شود', 12))
  })

  it('wraps to the width, marking only the last line of each paragraph', () => {
    const text = 'این یک متن طولانی است که باید در چند سطر شکسته شود. '.repeat(10) + '\nسطر بعد'
    const lines = engine.layout(text, 12, 200)
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200.001)
    expect(lines.filter((l) => l.last)).toHaveLength(2)
    expect(visual(lines[lines.length - 1])).toEqual(['بعد', ' ', 'سطر'])
  })

  it('cuts a word longer than the line instead of overflowing', () => {
    const lines = engine.layout('https://example.org/' + 'a'.repeat(200), 12, 100)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100.001)
  })

  it('keeps bold runs inside a paragraph as their own pieces', () => {
    const [line] = engine.layout([{ text: 'متن ' }, { text: 'پررنگ', bold: true }, { text: ' عادی' }], 12)
    expect(line.pieces.filter((p) => p.bold).map((p) => p.text)).toEqual(['پررنگ'])
  })

  it('shapes a word across its bold and regular stretches: the joining forms of the whole word', () => {
    const ids = (line: Line) => line.pieces.flatMap((p) => p.glyphs.map((g) => g.id))
    const bolds = (line: Line) => line.pieces.flatMap((p) => p.glyphs.map(() => p.bold))
    for (const [before, bold, after] of [
      ['کتاب', 'خانه', 'ها'],
      ['م', 'حرم', 'انه'],
      ['ضواب', 'ط', ''],
      ['', 'ل', 'ا'],
    ]) {
      const [plain] = engine.layout(before + bold + after, 12)
      const [mixed] = engine.layout([{ text: before }, { text: bold, bold: true }, { text: after }], 12)
      expect(ids(mixed), before + bold + after).toEqual(ids(plain))
      expect(bolds(mixed).filter(Boolean).length, before + bold + after).toBeGreaterThan(0)
      expect(mixed.text).toBe(before + bold + after)
    }
  })

  it('keeps the direction marks a writer put in, and draws nothing for them', () => {
    // Without the marks the bidi algorithm shows ۰۷۱-۳۲۳۴۵۶۷۸ after «تلفن» as ۳۲۳۴۵۶۷۸-۰۷۱.
    const [bare] = engine.layout('تلفن ۰۷۱-۳۲۳۴۵۶۷۸', 12)
    expect(visual(bare)).toEqual(['۳۲۳۴۵۶۷۸', '-', '۰۷۱', ' ', 'تلفن'])
    for (const marked of ['تلفن \u200E۰۷۱-۳۲۳۴۵۶۷۸', 'تلفن \u2066۰۷۱-۳۲۳۴۵۶۷۸\u2069', 'تلفن \u202A۰۷۱-۳۲۳۴۵۶۷۸\u202C']) {
      const [line] = engine.layout(marked, 12)
      const digits = visual(line).join('').replace(/[^۰-۹-]/g, '')
      expect(digits, JSON.stringify(marked)).toBe('۰۷۱-۳۲۳۴۵۶۷۸')
      expect(line.text).toBe(marked)
      const codePoints = line.pieces.flatMap((p) => p.glyphs.flatMap((g) => g.codePoints))
      for (const mark of [0x200e, 0x2066, 0x2069, 0x202a, 0x202c]) expect(codePoints).not.toContain(mark)
    }
  })
})

describe('ActualText', () => {
  it('is given to the lines whose glyphs alone would not extract as written, and only to them', () => {
    const needs = (runs: Parameters<TextEngine['layout']>[0]) => engine.layout(runs, 12)[0].needsActualText
    for (const plain of ['سلام و احترام', 'Payload CMS', '۱۴۰۵/۰۹/۰۲', 'فرستنده/گیرنده']) expect(needs(plain), plain).toBe(false)
    for (const mixed of ['نامهٔ ۱۴۰۵/و/۱۲', '۱۴۰۵/و/۱۲', 'سامانهٔ Payload', 'نامه‌ها', 'روزانهٔ', 'تلفن \u200E۰۷۱']) expect(needs(mixed), mixed).toBe(true)
    expect(needs([{ text: 'کتاب' }, { text: 'خانه', bold: true }])).toBe(true)
    expect(needs([{ text: 'کتاب ' }, { text: 'خانه', bold: true }])).toBe(false)
  })
})

describe('text cleaning', () => {
  it('uses Persian letters and digits for their Arabic variants and keeps bidi marks', () => {
    expect(normaliseText('علي كتاب ٣\u200F')).toBe('علی کتاب ۳\u200F')
  })

  it('replaces what the font cannot draw with a visible character', () => {
    expect(engine.clean('a😀b漢\u0007\uFFFF\uD800c')).toBe('a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFDc')
    expect(() => engine.layout('\uD83D', 12)).not.toThrow()
  })
})
