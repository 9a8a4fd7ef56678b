// Text normalisation for *matching* (search keys, duplicate checks). Stored originals are
// never rewritten with these; only `cleanDisplayText` is meant for text that is kept, and
// only when a caller explicitly opts in.
import { toLatinDigits } from './digits'

// Arabic-keyboard and Word variants of Persian letters. Text pasted from Arabic sources,
// older Windows layouts or OCR carries these code points; a reader sees the same word, so
// search must too. Deliberately minimal: ۀ, ئ and آ are real Persian letters and are kept.
const LETTER_MAP: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی
  '\u0649': '\u06CC', // ى alef maksura → ی (renders like a final Persian ی)
  '\u0643': '\u06A9', // ك Arabic kaf → ک
  '\u0629': '\u0647', // ة teh marbuta → ه (Arabic spelling of Persian words ending in ه)
  '\u0623': '\u0627', // أ alef with hamza above → ا
  '\u0625': '\u0627', // إ alef with hamza below → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0624': '\u0648', // ؤ waw with hamza → و
}
const LETTER_RE = /[\u064A\u0649\u0643\u0629\u0623\u0625\u0671\u0624]/g

// Only the two substitutions that are never a change of meaning in Persian text.
const DISPLAY_LETTER_RE = /[\u064A\u0649\u0643]/g

// Bidi controls are invisible but break equality: LRM, RLM, ALM, embeddings/overrides
// (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
const BIDI_RE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g
// Harakat, tanwin, shadda, sukun, hamza/madda marks and superscript alef; tatweel (kashida).
// Also soft hyphen and BOM, which editors leave inside words.
const MARKS_RE = /[\u064B-\u065F\u0670\u0640\u00AD\uFEFF]/g
// ZWNJ (نیم‌فاصله), ZWJ and zero-width space: writers and seed texts use them, a plain
// space or nothing interchangeably, so they count as a word gap.
const JOINERS_RE = /[\u200C\u200D\u200B]/g

export function stripBidiMarks(s: string): string {
  return s.replace(BIDI_RE, '')
}

/** Arabic-keyboard letter variants → their Persian letters (see LETTER_MAP). */
export function normalizeLetters(s: string): string {
  return s.replace(LETTER_RE, (ch) => LETTER_MAP[ch] ?? ch)
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
    .replace(DISPLAY_LETTER_RE, (ch) => LETTER_MAP[ch] ?? ch)
    .replace(/[^\S\r\n]+/g, ' ')
    .trim()
}
