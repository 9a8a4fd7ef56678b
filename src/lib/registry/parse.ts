// Recognising registry numbers in what people type. Everything is matched against
// *normalised* text (see normalizeRegistryText): Latin digits, ي/ك → ی/ک, bidi marks and
// diacritics gone, ZWNJ and whitespace runs → one space, lower case.
import { MAX_YEAR, MIN_YEAR } from '../jalali'
import { normalizeForSearch } from '../persian'
import {
  type ParsedNumber,
  type RegistryBookFormat,
  type TemplatePart,
  MAX_SEQ,
  renderParts,
  scanTemplate,
  templatePartsOrThrow,
} from './format'

// Dash and slash look-alikes that Word, PDFs and some keyboards produce. One character for
// one, so offsets stay those of normalizeForSearch(text).
const DASHES_RE = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g
const SLASHES_RE = /[\u2044\u2215\uFF0F]/g

/**
 * The text numbers are matched in: normalizeForSearch plus dash/slash look-alikes → `-`/`/`.
 * Same length and offsets as normalizeForSearch(text); `index` of a detected reference is an
 * offset into this string.
 */
export function normalizeRegistryText(text: string): string {
  return normalizeForSearch(text).replace(DASHES_RE, '-').replace(SLASHES_RE, '/')
}

// Template literals and code/unit values are normalised like the text, except that their
// leading/trailing spaces count: normalizeForSearch trims, so fence the value with a control
// character that no normalisation step touches and cut it off again.
function normalizeFragment(s: string): string {
  return normalizeRegistryText(`\u0001${s}\u0001`).slice(1, -1)
}

const SEPARATORS = new Set(['/', '-'])

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch
}

// Literal text → regex source. People type «۱۴۰۵ / و / ۱۲», so spaces around `/` and `-`
// are optional; other spaces in the template stay required (a space between two digit
// tokens is what keeps them apart).
function fragmentSource(s: string): string {
  const text = normalizeFragment(s).replace(/ *([/-]) */g, '$1')
  let out = ''
  for (const ch of text) {
    out += SEPARATORS.has(ch) ? ` ?${escapeRegExp(ch)} ?` : escapeRegExp(ch)
  }
  return out
}

type Edge = 'digit' | 'word' | 'other'

// What the number starts/ends with decides the boundary it needs: digits must not be glued
// to other digits (١٢1405/و/12 is not 1405/و/12), a code must not be the tail of a word.
function edgeOf(
  parts: readonly TemplatePart[],
  values: { code: string; unit?: string | null },
  at: 'start' | 'end',
): Edge {
  const part = at === 'start' ? parts[0] : parts[parts.length - 1]
  if (!part) return 'other'
  let text: string
  switch (part.kind) {
    case 'year':
    case 'yy':
    case 'seq':
      return 'digit'
    case 'literal':
      text = part.text
      break
    case 'code':
      text = values.code
      break
    case 'unit':
      text = values.unit ?? ''
      break
  }
  const norm = normalizeFragment(text)
  const ch = at === 'start' ? norm.charAt(0) : norm.charAt(norm.length - 1)
  if (/[0-9]/.test(ch)) return 'digit'
  if (/[\p{L}\p{N}]/u.test(ch)) return 'word'
  return 'other'
}

const BOUNDARY_BEFORE: Record<Edge, string> = {
  digit: '(?<![0-9])',
  word: '(?<![\\p{L}\\p{N}])',
  other: '',
}
const BOUNDARY_AFTER: Record<Edge, string> = {
  digit: '(?![0-9])',
  word: '(?![\\p{L}\\p{N}])',
  other: '',
}

/**
 * A matcher (flag `u`, unanchored, not global) for numbers of one book in normalised text
 * (normalizeRegistryText). Named groups: `year` ({year}), `yy` ({yy}), `seq`. Tokens map to
 * {year} → 4 digits, {yy} → 2 digits, {seq} → 1–9 digits, {seq:N} → N–9 digits, {code} and
 * {unit} → their normalised value; literal text is escaped, with optional spaces around `/`
 * and `-`. Lookarounds keep a number from being glued to surrounding digits (or, when it
 * starts/ends with a letter, to a word). Throws (Persian message) on an invalid template or a
 * missing code/unit the template needs. For global search: `new RegExp(re.source, 'gu')`.
 */
export function registryNumberPattern(
  template: string,
  book: { code: string; unit?: string | null },
): RegExp {
  const parts = templatePartsOrThrow(template)
  // Same checks as formatting, so a book that cannot format a number cannot match one.
  renderParts(parts, { year: MIN_YEAR, code: book.code, unit: book.unit, seq: 1 })

  let source = ''
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        source += fragmentSource(part.text)
        break
      case 'year':
        source += '(?<year>[0-9]{4})'
        break
      case 'yy':
        source += '(?<yy>[0-9]{2})'
        break
      case 'code':
        source += fragmentSource(book.code)
        break
      case 'unit':
        source += fragmentSource(book.unit ?? '')
        break
      case 'seq':
        source += `(?<seq>[0-9]{${Math.max(part.pad, 1)},9})`
        break
    }
  }
  const before = BOUNDARY_BEFORE[edgeOf(parts, book, 'start')]
  const after = BOUNDARY_AFTER[edgeOf(parts, book, 'end')]
  return new RegExp(`${before}(?:${source})${after}`, 'u')
}

/**
 * Two-digit years: 00–49 → 1400–1449, 50–99 → 1350–1399. The registry holds nothing older
 * than 1350 that is numbered with {yy}, and 1450 is a generation away.
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 50 ? 1400 + yy : 1300 + yy
}

/** @internal A book with its compiled matcher; null when its template or code is unusable. */
export interface CompiledBook {
  book: RegistryBookFormat
  parts: TemplatePart[]
  pattern: RegExp
}

const cache = new Map<string, CompiledBook | null>()
const CACHE_LIMIT = 500

/** @internal */
export function compileBook(book: RegistryBookFormat): CompiledBook | null {
  const key = JSON.stringify([book.template, book.code, book.unit ?? null])
  const hit = cache.get(key)
  if (hit !== undefined) return hit && { ...hit, book }
  let compiled: CompiledBook | null = null
  const scan = scanTemplate(book.template)
  if (scan.ok) {
    try {
      compiled = { book, parts: scan.parts, pattern: registryNumberPattern(book.template, book) }
    } catch {
      compiled = null
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, compiled)
  return compiled
}

/** @internal Turns one regex match into a number, or null when its values are impossible. */
export function numberFromMatch(
  compiled: CompiledBook,
  match: RegExpExecArray,
): ParsedNumber | null {
  const groups = match.groups ?? {}
  const seq = Number(groups.seq)
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) return null

  let year: number | null = null
  if (groups.year !== undefined) {
    year = Number(groups.year)
    if (year < MIN_YEAR || year > MAX_YEAR) return null
    // A template with both {year} and {yy} must agree with itself.
    if (groups.yy !== undefined && Number(groups.yy) !== year % 100) return null
  } else if (groups.yy !== undefined) {
    year = expandTwoDigitYear(Number(groups.yy))
  }

  const { book } = compiled
  const canonical = renderParts(compiled.parts, { year, code: book.code, unit: book.unit, seq })
  return { bookId: book.id, year, seq, canonical }
}

/**
 * What a person typed as a registry number (Persian, Arabic-Indic or Latin digits, bidi
 * marks, ي/ك, spaces around `/` and `-`, surrounding spaces) → the books whose format it
 * matches in full. Books with an invalid template are skipped. No match → [].
 */
export function parseRegistryNumber(
  input: string,
  books: readonly RegistryBookFormat[],
): ParsedNumber[] {
  if (typeof input !== 'string') return []
  const text = normalizeRegistryText(input)
  if (text === '') return []

  const results: ParsedNumber[] = []
  const seen = new Set<string>()
  for (const book of books) {
    const compiled = compileBook(book)
    if (!compiled) continue
    const anchored = new RegExp(`^(?:${compiled.pattern.source})$`, 'u')
    const match = anchored.exec(text)
    if (!match) continue
    const parsed = numberFromMatch(compiled, match)
    if (!parsed) continue
    const key = referenceKey(parsed)
    if (seen.has(key)) continue
    seen.add(key)
    results.push(parsed)
  }
  return results
}

/** @internal Identity of a number: book, year, seq. */
export function referenceKey(n: ParsedNumber): string {
  return `${String(n.bookId)}\u0000${n.year ?? ''}\u0000${n.seq}`
}
