// Vazirmatn (OFL-1.1, from the `vazirmatn` npm package). Only the TTF bytes are kept across
// documents; every document parses its own fontkit fonts and builds its own subsets.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

const FILES = { regular: 'Vazirmatn-Regular.ttf', bold: 'Vazirmatn-Bold.ttf' } as const

/** The parts of a parsed fontkit font we use (its d.ts omits layout's script/direction). */
export interface ShapingFont {
  unitsPerEm: number
  ascent: number
  descent: number
  hasGlyphForCodePoint(codePoint: number): boolean
  getGlyph(id: number, codePoints?: number[]): Glyph
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): { glyphs: Glyph[] }
}
export interface Glyph {
  id: number
  codePoints: number[]
  advanceWidth: number
}

export interface FontBytes {
  regular: Uint8Array
  bold: Uint8Array
}

// Read once; never handed out (a caller could write into a Uint8Array, and typed arrays cannot
// be frozen): fontBytes() gives each caller its own copy.
let master: { regular: Buffer; bold: Buffer } | null = null

function fontDirectory(): string {
  // process.cwd() works under tsx and in a Next server (both run from the project root);
  // the package resolution covers a different working directory.
  const fromCwd = path.join(process.cwd(), 'node_modules/vazirmatn/fonts/ttf')
  if (existsSync(path.join(fromCwd, FILES.regular))) return fromCwd
  const pkg = createRequire(import.meta.url).resolve('vazirmatn/package.json')
  return path.join(path.dirname(pkg), 'fonts/ttf')
}

/** A fresh copy of the TTF bytes (read from disk on first use): the caller may do with it what it likes. */
export function fontBytes(): FontBytes {
  if (!master) {
    const dir = fontDirectory()
    master = { regular: readFileSync(path.join(dir, FILES.regular)), bold: readFileSync(path.join(dir, FILES.bold)) }
  }
  return { regular: new Uint8Array(master.regular), bold: new Uint8Array(master.bold) }
}

const sameCodePoints = (a: number[], b: number[]) => a.length === b.length && a.every((cp, i) => cp === b[i])

/**
 * Parses a font for one document. fontkit keeps one glyph object per glyph id and stores in it
 * the code points it was *first* asked for; subsetting asks for the components of composite
 * glyphs (ظ is ط plus a dot, خ is ح plus a dot) with none. Once ط's glyph holds no code
 * point, the Arabic shaper cannot tell it joins (ط printed unjoined in «ضوابط») and text
 * extraction loses it. So getGlyph answers each request with the code points it was given.
 */
export function parseFont(data: Uint8Array): ShapingFont {
  const font = fontkit.create(data) as unknown as ShapingFont
  const cached = font.getGlyph.bind(font)
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = cached(id, codePoints)
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph
    return Object.create(glyph, { codePoints: { value: [...codePoints] } }) as Glyph
  }
  return font
}

export interface EmbeddedFonts {
  regular: PDFFont
  bold: PDFFont
  /** The fontkit fonts the embedded subsets are built from: this document's own. */
  shaping: { regular: ShapingFont; bold: ShapingFont }
}

/** Embeds both weights into a document, subset (full embedding breaks pdftotext and is 7.5× larger). */
export async function embedFonts(pdf: PDFDocument): Promise<EmbeddedFonts> {
  const data = fontBytes()
  // pdf-lib parses through the registered fontkit; keep what it parsed, so shaping and
  // subsetting use the same (this document's) font objects.
  const parsed = new Map<Uint8Array, ShapingFont>()
  const create = (bytes: Uint8Array) => {
    const font = parseFont(bytes)
    parsed.set(bytes, font)
    return font
  }
  pdf.registerFontkit({ create } as unknown as Parameters<PDFDocument['registerFontkit']>[0])
  const [regular, bold] = await Promise.all([
    pdf.embedFont(data.regular, { subset: true }),
    pdf.embedFont(data.bold, { subset: true }),
  ])
  const shaping = { regular: parsed.get(data.regular), bold: parsed.get(data.bold) }
  if (!shaping.regular || !shaping.bold) throw new Error('pdf-lib did not parse the fonts through the registered fontkit')
  return { regular, bold, shaping: { regular: shaping.regular, bold: shaping.bold } }
}
