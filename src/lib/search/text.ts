// What goes into the search index and what a query is made of: the same normalisation on
// both sides (src/lib/persian), so ي/ی, ك/ک, digits, diacritics and ZWNJ never decide a match.
import { normalizeForSearch } from '../persian'
import { normalizeRegistryText } from '../registry/parse'

const NOT_WORD = /[^\p{L}\p{N}]+/u
const HAS_JOINER = /[\u200C\u200D]/

/** Normalised words of a text: letters and digits only, in order. */
export function searchWords(text: string): string[] {
  return normalizeForSearch(text).split(NOT_WORD).filter(Boolean)
}

/**
 * The text the index holds for `text`: its words, plus the joined form of every word written
 * with a ZWNJ («آیین‌نامه» is also «آییننامه»), because writers (and the seed documents) use
 * ZWNJ, a space or nothing in the same word, and a query may use any of them.
 */
export function indexText(text: string | null | undefined): string {
  if (!text) return ''
  const words = searchWords(text)
  for (const chunk of text.split(/\s+/)) {
    if (!HAS_JOINER.test(chunk)) continue
    const parts = searchWords(chunk)
    if (parts.length > 1) words.push(parts.join(''))
  }
  return words.join(' ')
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
