// Text normalisation for *matching* (search keys, duplicate checks). Stored originals are
// never rewritten with these; only `cleanDisplayText` is meant for text that is kept, and
// only when a caller explicitly opts in.
import { toLatinDigits } from './digits'
import { foldLetters, JOINER_CHARACTERS, MARK_CHARACTERS } from './spelling'

// Arabic-keyboard and Word variants of Persian letters, and ۀ: one table for the whole app,
// with the source of each rule (spelling.ts). Spellings that are more than a code point
// (ئ / ی، آ / ا، اء / ا) are not folded here: the search holds both (SPELLING_VARIANTS).
// Only the two substitutions that are never a change of meaning in Persian text.
const DISPLAY_LETTER_RE = /[\u064A\u0649\u0643]/g

// Bidi controls are invisible but break equality: LRM, RLM, ALM, embeddings/overrides
// (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
const BIDI_RE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g
// Harakat, tanwin, shadda, sukun, hamza/madda marks and superscript alef; tatweel (kashida).
// Also soft hyphen and BOM, which editors leave inside words.
const MARKS_RE = new RegExp(`[${MARK_CHARACTERS}]`, 'g')
// ZWNJ (نیم‌فاصله), ZWJ and zero-width space: writers and seed texts use them, a plain
// space or nothing interchangeably, so they count as a word gap.
const JOINERS_RE = new RegExp(`[${JOINER_CHARACTERS}]`, 'g')

export function stripBidiMarks(s: string): string {
  return s.replace(BIDI_RE, '')
}

/** Arabic-keyboard letter variants and ۀ → their Persian letters (LETTER_FOLDS in spelling.ts). */
export function normalizeLetters(s: string): string {
  return foldLetters(s)
}

/**
 * Search key: letters unified, digits Latin, marks/bidi/tatweel removed, ZWNJ/ZWJ and any
 * whitespace run → one space, trimmed, lower-cased. Idempotent.
 */
export function normalizeForSearch(s: string): string {
  // NFC first so a decomposed آ or أ (letter + combining mark) becomes the same code point
  // as the precomposed one before marks are stripped.
  return toLatinDigits(normalizeLetters(s.normalize('NFC')))
    .replace(BIDI_RE, '')
    .replace(MARKS_RE, '')
    .replace(JOINERS_RE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** normalizeForSearch without any spaces: «آیین‌نامه», «آیین نامه» and «آییننامه» meet. */
export function compactForSearch(s: string): string {
  return normalizeForSearch(s).replace(/ /g, '')
}

/**
 * For user input that will be stored and shown, when the caller opts in: ي/ى → ی, ك → ک,
 * trimmed, runs of horizontal whitespace → one space. ZWNJ and line breaks are kept
 * (a letter body keeps its paragraphs).
 */
export function cleanDisplayText(s: string): string {
  return s
    .replace(DISPLAY_LETTER_RE, (ch) => foldLetters(ch))
    .replace(/[^\S\r\n]+/g, ' ')
    .trim()
}
