// What goes into the search index and what a query is made of: the same normalisation on
// both sides (src/lib/persian), so ي/ی, ك/ک, ۀ, digits, diacritics and ZWNJ never decide a
// match, and the same spelling table (spelling.ts), so «رئیس» meets «رییس» and «آ» meets «ا».
import { JOINABLE_PREFIXES, JOINABLE_SUFFIXES, normalizeForSearch, spellingVariants } from '../persian'
import { normalizeRegistryText } from '../registry/parse'

const NOT_WORD = /[^\p{L}\p{N}]+/u
const HAS_JOINER = /[\u200C\u200D]/

/** Normalised words of a text: letters and digits only, in order. */
export function searchWords(text: string): string[] {
  return normalizeForSearch(text).split(NOT_WORD).filter(Boolean)
}

const PREFIXES: ReadonlySet<string> = new Set(JOINABLE_PREFIXES.map((p) => normalizeForSearch(p)))
const SUFFIXES: ReadonlySet<string> = new Set(JOINABLE_SUFFIXES.map((p) => normalizeForSearch(p)))

/** True when two neighbouring words may be one word written with a space («می گردد»، «دهیاری ها»). */
export function joinable(first: string, second: string): boolean {
  return PREFIXES.has(first) || SUFFIXES.has(second)
}

/** Every spelling of a search word the lookup treats as the same (the word itself first). */
export function wordForms(word: string): string[] {
  return spellingVariants(word)
}

/**
 * The words the index holds for `text` as written: its words, and the joined form of every word
 * written with a ZWNJ («آیین‌نامه» is also «آییننامه») or with a prefix or suffix apart
 * («می گردد» is also «میگردد»), because writers use ZWNJ, a space or nothing in the same word
 * and a query may use any. Weighted A (header) or B (content); they match as prefixes too.
 */
export function indexText(text: string | null | undefined): string {
  if (!text) return ''
  return writtenWords(text).join(' ')
}

function writtenWords(text: string): string[] {
  const words = searchWords(text)
  const out = [...words]
  for (const chunk of text.split(/\s+/)) {
    if (!HAS_JOINER.test(chunk)) continue
    const parts = searchWords(chunk)
    if (parts.length > 1) out.push(parts.join(''))
  }
  for (let i = 0; i + 1 < words.length; i++) if (joinable(words[i]!, words[i + 1]!)) out.push(words[i]! + words[i + 1]!)
  return out
}

/**
 * The other spellings of the words of `text` (wordForms, the table of src/lib/persian/spelling.ts)
 * that it does not hold as written: «رئیس» also as «رییس», «آمار» as «امار». Weighted C (header)
 * or D (content), so they match whole words only (a query's prefix never reaches them: «رای»
 * must not find «رئیس» by its form «رایس») and rank below the spelling as written.
 */
export function indexVariants(text: string | null | undefined): string {
  if (!text) return ''
  const written = writtenWords(text)
  const seen = new Set(written)
  const out: string[] = []
  for (const w of written) {
    for (const form of wordForms(w)) {
      if (seen.has(form)) continue
      seen.add(form)
      out.push(form)
    }
  }
  return out.join(' ')
}

/** A registry or sender's number as a key: «۱۴۰۵ / و / ۱۲» and «1405/و/12» give the same key. */
export function numberKey(value: string | null | undefined): string | null {
  if (!value) return null
  const key = normalizeRegistryText(value).replace(/\s+/g, '')
  return key || null
}

/** True when the query looks like a number a person would type to find one letter. */
export function looksLikeNumber(q: string): boolean {
  const key = numberKey(q)
  return key !== null && /\d/.test(key) && key.length <= 40 && !/\s/.test(normalizeForSearch(q).replace(/\s*[/\-]\s*/g, '/'))
}

/**
 * The query's words as typed (NFC, letters, marks, digits and ZWNJ kept), for ranking a record
 * that has them verbatim above one that has another spelling. At most 16, each 2+ characters.
 */
export function exactTokens(q: string): string[] {
  const tokens = q.normalize('NFC').split(/[^\p{L}\p{M}\p{N}\u200C]+/u).map((t) => t.replace(/^\u200C+|\u200C+$/g, ''))
  return [...new Set(tokens.filter((t) => t.length >= 2))].slice(0, 16)
}
