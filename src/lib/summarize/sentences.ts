// Persian sentence splitting for the summariser. Sentences keep the writer's characters
// (ی/ي، ک/ك، ZWNJ, digits): normalisation is only for deciding, never for the output. Only
// whitespace runs inside a sentence become one space, and list/heading markers are dropped.
import { normalizeForSearch } from '../persian'

export interface SentenceSpan {
  /** The sentence as written, trimmed, whitespace runs → one space, list marker removed. */
  text: string
  /** 0-based paragraph: a blank line, or a new line that is not a list item, starts one. */
  paragraph: number
  /** First sentence of its paragraph. */
  first: boolean
  /** Came from a list item («-»، «•»، «۱-»، «الف)» …). */
  bullet: boolean
  /** A heading: a «#» line, or a short line ending in «:». */
  heading: boolean
}

const DIGIT = '0-9\u06F0-\u06F9\u0660-\u0669'
const LINE_BREAK_RE = /\r\n|\r|\n|\u2028|\u2029/
const HEADING_MARK_RE = /^\s*#{1,6}\s*/
const SYMBOL_BULLET_RE = /^\s*[-–—•●▪◦*+]\s*/
// «1.»، «۱-»، «12)»، «۲-۱-»، «(3)»; never a date, a decimal or a range («1405/09/01»، «12.5»، «3-4»).
const NUMBER_BULLET_RE = new RegExp(
  `^\\s*(?:\\(?[${DIGIT}]{1,3}(?:[.\\-–][${DIGIT}]{1,3})*\\s*[.\\-–)]|\\([${DIGIT}]{1,3}\\))(?![${DIGIT}])\\s*`,
)
const SECTION_NUMBER_RE = new RegExp(`[${DIGIT}]\\s*[.\\-–]\\s*[${DIGIT}]`)
// «الف)»، «ب:»، «ج -»، «(د)»: one Persian letter (or الف) used as a list label.
const LETTER_BULLET_RE =
  /^\s*\(?(?:الف|[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيك])\s*[):\-–]\s*(?=\S)/
// A line starting like this opens a new unit of a letter even without punctuation before it.
const FORMULA_START_RE =
  /^(?:با سلام|سلام|احتراما|بسمه|باسمه|بسم|موضوع|پیوست|رونوشت|شماره|تاریخ|با تشکر|والسلام|جناب|سرکار|ریاست)/

const ENDS_CLOSED_RE = /[.!?؟！？…:؛;»")\]]\s*$/
const CLOSERS = new Set(['»', '"', "'", ')', ']', '”', '’', '›'])
const HARD_STOPS = new Set(['!', '?', '؟', '！', '？', '‼', '⁉'])
const SOFT_STOPS = new Set(['؛', ';'])
const IS_DIGIT_RE = new RegExp(`[${DIGIT}]`)
const IS_LETTER_RE = /\p{L}/u
const IS_LATIN_ALNUM_RE = /[A-Za-z0-9]/

// A «؛» ends a sentence only between two substantial pieces; otherwise it is a comma.
const SOFT_BREAK_MIN_WORDS = 12
const SOFT_BREAK_MIN_REST = 6
// A quotation or parenthesis longer than this is taken as unbalanced, not as one unit.
const MAX_QUOTE_CHARS = 400
const PAIRS: Readonly<Record<string, string>> = { '«': '»', '(': ')', '“': '”' }
// An unpunctuated line this long that runs into the next line is taken as hard-wrapped text.
const WRAPPED_LINE_MIN_CHARS = 60
const HEADING_MAX_WORDS = 12
const TITLE_MAX_WORDS = 8

/** Words as the search sees them: «می‌باشد» is two, «1405/09/01» is one token of digits. */
export function countWords(s: string): number {
  const key = normalizeForSearch(s)
  if (!key) return 0
  return key.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

interface Line {
  content: string
  bullet: boolean
  heading: boolean
  blankBefore: boolean
}

function readLine(raw: string, blankBefore: boolean): Line | null {
  let content = raw
  let heading = false
  let bullet = false
  const h = HEADING_MARK_RE.exec(content)
  if (h && content.trimStart().startsWith('#')) {
    heading = true
    content = content.slice(h[0].length)
  }
  let section = false
  for (const re of [SYMBOL_BULLET_RE, NUMBER_BULLET_RE, LETTER_BULLET_RE]) {
    const m = re.exec(content)
    if (m) {
      bullet = !heading
      // «۲-۳-»: a section number, not a list item.
      section = re === NUMBER_BULLET_RE && SECTION_NUMBER_RE.test(m[0])
      content = content.slice(m[0].length)
      break
    }
  }
  content = content.trim()
  if (!content) return null
  if (!heading && content.endsWith(':') && countWords(content) <= HEADING_MAX_WORDS) heading = true
  // A short line without a full stop that is not a list item is a title («بخش امور رفاهی …»).
  if (!heading && (!bullet || section) && !ENDS_CLOSED_RE.test(content) && countWords(content) <= TITLE_MAX_WORDS) {
    heading = true
    bullet = false
  }
  return { content, bullet, heading, blankBefore }
}

/** Joins a line broken in the middle of a sentence (hard wrap, «2.نظارت⏎و مراقبت …»). */
function continues(prev: Line, next: Line): boolean {
  if (next.blankBefore || next.bullet || next.heading || prev.heading) return false
  if (ENDS_CLOSED_RE.test(prev.content)) return false
  if (FORMULA_START_RE.test(normalizeForSearch(next.content))) return false
  if (prev.bullet && countWords(prev.content) <= 1) return true
  return prev.content.length >= WRAPPED_LINE_MIN_CHARS
}

function isAbbreviationDot(s: string, i: number): boolean {
  // The token before the dot: back to whitespace or an earlier dot.
  let j = i - 1
  while (j >= 0 && !/\s/.test(s[j]!) && s[j] !== '.') j--
  const token = s.slice(j + 1, i)
  // «ج.ا.ا»، «ق.م»، «ه.ش»، «م. رضایی»: a single letter before the dot.
  return token.length === 1 && IS_LETTER_RE.test(token)
}

const WORD_START_RE = /[\p{L}\p{N}]+/gu

/** The first position in sorted `xs` whose value is ≥ `x`. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** For each index inside a balanced «…» or (…), true: a «؟» quoted there ends no sentence. */
function quotedMask(block: string): boolean[] {
  const mask: boolean[] = new Array<boolean>(block.length).fill(false)
  for (let i = 0; i < block.length; i++) {
    const close = PAIRS[block[i]!]
    if (!close) continue
    const end = block.indexOf(close, i + 1)
    if (end < 0 || end - i > MAX_QUOTE_CHARS) continue
    for (let k = i + 1; k < end; k++) mask[k] = true
    i = end
  }
  return mask
}

/** Splits one block (a paragraph's running text) at sentence ends. */
function splitBlock(block: string): string[] {
  const quoted = quotedMask(block)
  // Word starts, to count the words on either side of a «؛» without rescanning the block.
  const wordStarts = [...block.matchAll(WORD_START_RE)].map((m) => m.index)
  const wordsBetween = (from: number, to: number) => lowerBound(wordStarts, to) - lowerBound(wordStarts, from)
  const pieces: string[] = []
  let start = 0
  const cut = (end: number) => {
    pieces.push(block.slice(start, end))
    start = end
  }
  const skipClosers = (k: number): number => {
    while (k < block.length && CLOSERS.has(block[k]!)) k++
    return k
  }
  for (let i = 0; i < block.length; i++) {
    if (quoted[i]) continue
    const ch = block[i]!
    const prev = block[i - 1] ?? ''
    const next = block[i + 1] ?? ''
    if (HARD_STOPS.has(ch)) {
      let k = i + 1
      while (k < block.length && (HARD_STOPS.has(block[k]!) || block[k] === '.')) k++
      k = skipClosers(k)
      cut(k)
      i = k - 1
    } else if (ch === '.') {
      let k = i + 1
      while (block[k] === '.') k++
      if (k - i >= 2) {
        // An ellipsis («و ...») continues the sentence.
        i = k - 1
        continue
      }
      if (IS_DIGIT_RE.test(prev) && IS_DIGIT_RE.test(next)) continue // 12.5, 1405.09.01
      if (isAbbreviationDot(block, i)) continue
      if (next && !/\s/.test(next) && IS_LATIN_ALNUM_RE.test(prev) && IS_LATIN_ALNUM_RE.test(next)) continue // moi.ir
      k = skipClosers(k)
      cut(k)
      i = k - 1
    } else if (SOFT_STOPS.has(ch)) {
      const before = wordsBetween(start, i)
      const after = wordsBetween(i + 1, block.length)
      if (before >= SOFT_BREAK_MIN_WORDS && after >= SOFT_BREAK_MIN_REST) cut(skipClosers(i + 1))
    }
  }
  if (start < block.length) pieces.push(block.slice(start))
  return pieces
}

/** Sentences with their place in the text; see SentenceSpan. */
export function sentenceSpans(text: string): SentenceSpan[] {
  if (!text || !text.trim()) return []
  // Lines, with list/heading markers read and broken sentences joined again.
  const blocks: Line[] = []
  let blank = false
  for (const raw of text.split(LINE_BREAK_RE)) {
    if (!raw.trim()) {
      blank = true
      continue
    }
    const line = readLine(raw, blank)
    blank = false
    if (!line) continue
    const last = blocks[blocks.length - 1]
    if (last && continues(last, line)) last.content = `${last.content} ${line.content}`
    else blocks.push(line)
  }

  const spans: SentenceSpan[] = []
  let paragraph = -1
  for (const block of blocks) {
    // A list continues the paragraph that introduced it; any other line starts a new one.
    if (!block.bullet || paragraph < 0) paragraph++
    let first = !block.bullet
    for (const piece of splitBlock(block.content)) {
      const sentence = piece.replace(/\s+/g, ' ').trim()
      if (countWords(sentence) < 2) continue
      spans.push({ text: sentence, paragraph, first, bullet: block.bullet, heading: block.heading })
      first = false
    }
  }
  return spans
}

/**
 * Persian sentences of `text`, in order: split at . ! ? ؟, line breaks and list items, at «؛»
 * only between long pieces; never inside numbers (12.5، 1405/09/01، ۱۴۰۵/و/۱۲), dotted
 * abbreviations (ج.ا.ا، ق.م) or initials. Empty and one-word fragments are dropped.
 */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text)
}
