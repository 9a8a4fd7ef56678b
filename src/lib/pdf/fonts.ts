// Vazirmatn (OFL-1.1, from the `vazirmatn` npm package), read and parsed once per process.
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

let bytes: FontBytes | null = null

function fontDirectory(): string {
  // process.cwd() works under tsx and in a Next server (both run from the project root);
  // the package resolution covers a different working directory.
  const fromCwd = path.join(process.cwd(), 'node_modules/vazirmatn/fonts/ttf')
  if (existsSync(path.join(fromCwd, FILES.regular))) return fromCwd
  const pkg = createRequire(import.meta.url).resolve('vazirmatn/package.json')
  return path.join(path.dirname(pkg), 'fonts/ttf')
}

/** The TTF bytes, read from disk on first use. */
export function fontBytes(): FontBytes {
  if (!bytes) {
    const dir = fontDirectory()
    bytes = {
      regular: new Uint8Array(readFileSync(path.join(dir, FILES.regular))),
      bold: new Uint8Array(readFileSync(path.join(dir, FILES.bold))),
    }
  }
  return bytes
}

// pdf-lib calls fontkit.create(bytes) for every embed; parsing a 400 kB TTF each time was
// ~20 ms of a ~55 ms letter. Parsed fonts are immutable apart from fontkit's own glyph
// caches, so one per byte array is shared by all documents.
const parsed = new WeakMap<Uint8Array, ShapingFont>()

export function parseFont(data: Uint8Array): ShapingFont {
  let font = parsed.get(data)
  if (!font) {
    font = fontkit.create(data) as unknown as ShapingFont
    parsed.set(data, font)
  }
  return font
}

const cachingFontkit = { create: (data: Uint8Array) => parseFont(data) }

export interface EmbeddedFonts {
  regular: PDFFont
  bold: PDFFont
  shaping: { regular: ShapingFont; bold: ShapingFont }
}

/** Embeds both weights into a document, subset (full embedding breaks pdftotext and is 7.5× larger). */
export async function embedFonts(pdf: PDFDocument): Promise<EmbeddedFonts> {
  const data = fontBytes()
  pdf.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0])
  const [regular, bold] = await Promise.all([
    pdf.embedFont(data.regular, { subset: true }),
    pdf.embedFont(data.bold, { subset: true }),
  ])
  return { regular, bold, shaping: { regular: parseFont(data.regular), bold: parseFont(data.bold) } }
}
