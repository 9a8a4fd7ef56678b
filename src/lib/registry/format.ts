// Registry-number templates (قالب شماره دفتر اندیکاتور): validation and formatting.
//
// A template is literal text with tokens:
//   {year}   4-digit Jalali year          {yy}    its last two digits
//   {code}   the book's code (ص, و, dg…)  {unit}  a unit code (dg…)
//   {seq}    the sequence, unpadded       {seq:N} the sequence zero-padded to N digits (1–9)
// Exactly one seq token, at most one of each other token. Anything else between tokens is
// literal and copied as written.
import { MAX_YEAR, MIN_YEAR } from '../jalali'
import { toLatinDigits, toPersianDigits } from '../persian'
import { formatMessages, templateMessages as msg } from './messages'

/** Largest sequence a number can carry: {seq} matches at most 9 digits. */
export const MAX_SEQ = 999_999_999
export const MIN_SEQ_PAD = 1
export const MAX_SEQ_PAD = 9

/** What parsing and detection need to know about a registry book. */
export interface RegistryBookFormat {
  id: string | number
  template: string
  code: string
  unit?: string | null
}

/** A registry number recognised in typed input or free text. */
export interface ParsedNumber {
  bookId: string | number
  /** Null only when the book's template has neither {year} nor {yy}. */
  year: number | null
  seq: number
  /** The number as the book formats it, with Latin digits. */
  canonical: string
}

export type TemplateValidation = { ok: true } | { ok: false; error: string }

export interface RegistryNumberParts {
  year: number
  code: string
  unit?: string | null
  seq: number
}

export interface FormatRegistryOptions {
  /** Persian digits (۰-۹) for display; letters are never touched. Default: Latin digits. */
  persianDigits?: boolean
}

/** @internal A template split into literal text and tokens. */
export type TemplatePart =
  | { kind: 'literal'; text: string }
  | { kind: 'year' }
  | { kind: 'yy' }
  | { kind: 'code' }
  | { kind: 'unit' }
  /** pad 0 = unpadded {seq}. */
  | { kind: 'seq'; pad: number }

type Scan = { ok: true; parts: TemplatePart[] } | { ok: false; error: string }

const SIMPLE_TOKENS = new Set(['year', 'yy', 'code', 'unit', 'seq'])

/** @internal Splits and checks a template; the one place its grammar is defined. */
export function scanTemplate(template: string): Scan {
  if (typeof template !== 'string' || template.trim() === '') return { ok: false, error: msg.empty }

  const parts: TemplatePart[] = []
  const seen = new Map<string, number>()
  let literal = ''
  let i = 0
  while (i < template.length) {
    const ch = template[i]
    if (ch === '}') return { ok: false, error: msg.strayCloseBrace }
    if (ch !== '{') {
      literal += ch
      i++
      continue
    }
    const close = template.indexOf('}', i + 1)
    if (close < 0) return { ok: false, error: msg.unclosedBrace }
    const name = template.slice(i + 1, close)
    if (name.includes('{')) return { ok: false, error: msg.nestedBrace }

    const token = readToken(name)
    if (!token.ok) return token
    const key = token.part.kind
    seen.set(key, (seen.get(key) ?? 0) + 1)

    if (literal !== '') parts.push({ kind: 'literal', text: literal })
    literal = ''
    parts.push(token.part)
    i = close + 1
  }
  if (literal !== '') parts.push({ kind: 'literal', text: literal })

  const seqCount = seen.get('seq') ?? 0
  if (seqCount === 0) return { ok: false, error: msg.noSeq }
  if (seqCount > 1) return { ok: false, error: msg.manySeq }
  for (const [kind, count] of seen) {
    if (count > 1) return { ok: false, error: msg.duplicateToken(kind) }
  }
  return { ok: true, parts }
}

function readToken(
  name: string,
): { ok: true; part: TemplatePart } | { ok: false; error: string } {
  if (name === '') return { ok: false, error: msg.emptyToken }
  if (SIMPLE_TOKENS.has(name)) {
    const kind = name as 'year' | 'yy' | 'code' | 'unit' | 'seq'
    return { ok: true, part: kind === 'seq' ? { kind, pad: 0 } : { kind } }
  }
  if (name.startsWith('seq:')) {
    // {seq:۵} typed on a Persian keyboard means the same as {seq:5}.
    const width = toLatinDigits(name.slice(4))
    const pad = /^[0-9]{1,2}$/.test(width) ? Number(width) : NaN
    if (!(pad >= MIN_SEQ_PAD && pad <= MAX_SEQ_PAD)) {
      return { ok: false, error: msg.padRange(MIN_SEQ_PAD, MAX_SEQ_PAD) }
    }
    return { ok: true, part: { kind: 'seq', pad } }
  }
  return { ok: false, error: msg.unknownToken(name) }
}

/** Checks a book's number template; the error is Persian, for the book form. */
export function validateTemplate(template: string): TemplateValidation {
  const scan = scanTemplate(template)
  return scan.ok ? { ok: true } : { ok: false, error: scan.error }
}

/** @internal Parsed template, or throws with a Persian message. */
export function templatePartsOrThrow(template: string): TemplatePart[] {
  const scan = scanTemplate(template)
  if (!scan.ok) throw new Error(formatMessages.invalidTemplate(scan.error))
  return scan.parts
}

/** @internal Formats already-scanned parts; `year` may be absent when no year token is used. */
export function renderParts(
  parts: readonly TemplatePart[],
  values: { year?: number | null; code?: string | null; unit?: string | null; seq: number },
): string {
  const { seq } = values
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) {
    throw new Error(formatMessages.seqRange(MAX_SEQ))
  }
  const year = (): number => {
    const y = values.year
    if (typeof y !== 'number' || !Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
      throw new Error(formatMessages.yearRange(MIN_YEAR, MAX_YEAR))
    }
    return y
  }
  let out = ''
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        out += part.text
        break
      case 'year':
        out += String(year())
        break
      case 'yy':
        out += String(year() % 100).padStart(2, '0')
        break
      case 'code':
        if (!values.code) throw new Error(formatMessages.missingCode)
        out += values.code
        break
      case 'unit':
        if (!values.unit) throw new Error(formatMessages.missingUnit)
        out += values.unit
        break
      case 'seq':
        out += String(seq).padStart(part.pad, '0')
        break
    }
  }
  return out
}

/**
 * `{year}/{code}/{seq}` + { year: 1405, code: 'ص', seq: 128 } → `1405/ص/128`
 * (`۱۴۰۵/ص/۱۲۸` with `persianDigits`: every digit of the result, letters untouched).
 * Throws (Persian message) on an invalid template, a missing code/unit the template needs,
 * a seq outside 1…999,999,999 or a year outside the Jalali range the app accepts.
 */
export function formatRegistryNumber(
  template: string,
  parts: RegistryNumberParts,
  options: FormatRegistryOptions = {},
): string {
  const out = renderParts(templatePartsOrThrow(template), parts)
  return options.persianDigits ? toPersianDigits(out) : out
}
