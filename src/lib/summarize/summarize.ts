// Offline extractive summary: the sentences of a letter or report that carry its most
// frequent content words, in their original order and spelling. No model, no network: the
// same text always gives the same summary, and a reader can see why a sentence was chosen.
import { isStopWord, normalizeForSearch } from '../persian'
import { LETTER_FORMULAS } from '../persian/stopwords'
import { actionOf, labelRequest, needsAction, type ActionFacts, type ActionKind } from './action'
import { countWords, sentenceSpans, type SentenceSpan } from './sentences'

export interface SummarizeOptions {
  /** Most sentences in the summary (default 3). */
  maxSentences?: number
  /** Most characters in the summary, spaces included (default 300). */
  maxChars?: number
  /** The letter's subject: its words weigh more. */
  title?: string
}

export const DEFAULT_MAX_SENTENCES = 3
export const DEFAULT_MAX_CHARS = 300
const ELLIPSIS = '…'

// Office words that every letter of the directorate uses: content words, but they say nothing
// about what this letter is about, so they weigh less and are never a theme.
const GENERIC_RAW = [
  'امور', 'انجام', 'اقدام', 'اقدامات', 'لازم', 'ارائه', 'ارایه', 'گزارش', 'نامه', 'شماره',
  'تاریخ', 'مورخ', 'مورخه', 'پیرو', 'عطف', 'موضوع', 'استان', 'استانداری', 'شهرستان',
  'فرمانداری', 'بخشداری', 'اداره', 'کل', 'مدیرکل', 'دفتر', 'واحد', 'نفر', 'روز', 'ساعت', 'ماه',
  'سال', 'امروز', 'عدم', 'صورت', 'بررسی', 'پیگیری', 'اعلام', 'ارسال', 'نظر', 'عمل', 'لزوم',
  'محوله', 'مقررات', 'وظایف', 'تعداد', 'اساس', 'زمینه', 'سطح', 'حوزه', 'واصله', 'فوق', 'جاری',
  'هفته', 'گذشته', 'آتی', 'پایان', 'برگزار', 'تشکیل', 'حضور', 'شرح', 'زیر', 'نیاز', 'مختلف',
]
const GENERIC: ReadonlySet<string> = new Set(GENERIC_RAW.map((w) => normalizeForSearch(w)))

// Formula sentences: salutations, addresses, meta lines, closings. Matched on the search key.
const SALUTATION_RE =
  /^(?:با ?سمه تعالی|بسمه تعالی|بسم الله|(?:با )?سلام(?: و (?:احترام|تحیات|ادب|درود))?|سلام علیکم|احتراما)(?:[\s،,.:!]*)$/
const META_LINE_RE = /^(?:موضوع|شماره|تاریخ|پیوست|رونوشت|عطف|پیرو|امضا|امضاء|نام و نام خانوادگی)\s*:/
const CLOSING_RE = /^(?:(?:با|ضمن) (?:تشکر|سپاس|تقدیم احترام)|والسلام|پیشاپیش)/
const ADDRESS_RE = /(?:^|\s)(?:محترم|محترمه)(?:\s|$)/
const REQUEST_RE =
  /خواهشمند|مستدعی|دستور (?:فرمایید|فرمائید)|مقرر (?:فرمایید|فرمائید)|اقدام مقتضی|(?:جهت|برای) (?:استحضار|اطلاع)|ایفاد می ?(?:گردد|شود)|امعان نظر/

// «احتراماً به استحضار می‌رساند، …»: the opening words of a letter's first sentence, as
// written (ی/ي، ک/ك، ZWNJ, space or nothing); the summary starts after them.
const Y = '[یيى]'
const GAP = '[\u200C ]?'
const END = '(?=[\\s،,:.]|$)'
const LEAD_FORMULA_RE = new RegExp(
  `^(?:با سلام(?: و احترام)?${END}|احترام\u064B?ا\u064B?${END})?[\\s،,]*` +
    `(?:(?:به (?:استحضار|عرض|آگاهی|اطلاع)(?: عال${Y}| حضرتعال${Y})? م${Y}${GAP}رساند|معروض م${Y}${GAP}دارد)${END}(?:\\s*که${END})?)?[\\s،,:]*`,
  'u',
)
const MIN_WORDS_AFTER_LEAD = 4

/** The sentence without its opening formula, when enough is left to stand alone. */
export function dropLeadFormula(sentence: string): string {
  const m = LEAD_FORMULA_RE.exec(sentence)
  if (!m || m[0].length === 0) return sentence
  const rest = sentence.slice(m[0].length)
  return countWords(rest) >= MIN_WORDS_AFTER_LEAD ? rest : sentence
}

const STRONG_FORMULA = 0.05
const REQUEST_FORMULA = 0.45
const HEADING_FACTOR = 0.6
const LIST_INTRO_FACTOR = 0.6
// «… به شرح زیر گزارش می‌شود.» announces what follows even when it ends with a full stop.
const LIST_INTRO_RE = /(?:^| )به شرح (?:زیر|ذیل)(?= |$)/
const TITLE_BOOST = 1.8
const GENERIC_WEIGHT = 0.35
const LEAD_BONUS = [1.3, 1.1]
const PARAGRAPH_BONUS = 1.1
const SECOND_CHOICE_RATIO = 0.4
const REDUNDANT_OVERLAP = 0.5
const CLOSED_RE = /[.!?؟]\s*$/
const ADDRESS_MAX_WORDS = 14
const SIGNATURE_MAX_WORDS = 6

export interface Term {
  /** Matching key: normalised, ZWNJ word joined, plural «ها/های/ات» taken off. */
  key: string
  /** The word as written. */
  surface: string
}

const WORD_RE = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu
const DIGITS_ONLY_RE = /^[0-9]+$/
const JOINER_RE = /[\u200C\u200D\u200B]/

/** A light stemmer for matching only: «گزارش‌ها»، «گزارشها»، «گزارشات» → «گزارش». */
export function stem(key: string): string {
  for (const suffix of ['هایی', 'های', 'ها']) {
    if (key.endsWith(suffix) && key.length - suffix.length >= 3) return key.slice(0, -suffix.length)
  }
  if (key.endsWith('ات') && key.length - 2 >= 4) return key.slice(0, -2)
  return key
}

/**
 * Content words of `text` with their keys: stop words, formula words, numbers and one-letter
 * pieces are left out. A ZWNJ word counts once, by its joined key («راه‌پیمایی» ≡ «راهپیمایی»).
 */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = []
  for (const match of text.matchAll(WORD_RE)) {
    const written = match[0]
    const pieces = normalizeForSearch(written).split(' ').filter(Boolean)
    if (pieces.length === 0) continue
    const writtenPieces = written.split(JOINER_RE).filter((p) => normalizeForSearch(p))
    // Personal endings and plural pieces written apart («شده‌اند»، «نامه‌ها») belong to the word.
    while (pieces.length > 1 && isStopWord(pieces[pieces.length - 1]!)) pieces.pop()
    const joined = pieces.join('')
    if (isStopWord(joined) || pieces.every((p) => isStopWord(p))) continue
    if (LETTER_FORMULAS.has(joined)) continue
    if (joined.length < 2 || DIGITS_ONLY_RE.test(joined)) continue
    // The word as written, without the pieces left off the key: «نامه‌ها» → «نامه».
    const surface =
      writtenPieces.length > pieces.length ? writtenPieces.slice(0, pieces.length).join('\u200C') : written
    terms.push({ key: stem(joined), surface })
  }
  return terms
}

/** A generic office word (امور، گزارش، شهرستان …): weighs less in a summary, is never a theme. */
export function isGeneric(key: string): boolean {
  return GENERIC.has(key)
}

function formulaFactor(span: SentenceSpan, inSignature: boolean): number {
  const key = normalizeForSearch(span.text)
  if (SALUTATION_RE.test(key) || META_LINE_RE.test(key) || CLOSING_RE.test(key)) return STRONG_FORMULA
  // «جناب آقای … مدیرکل محترم …»: an address line, not a sentence.
  if (!CLOSED_RE.test(span.text) && countWords(span.text) <= ADDRESS_MAX_WORDS && ADDRESS_RE.test(key)) {
    return STRONG_FORMULA
  }
  if (inSignature) return STRONG_FORMULA
  const tokens = key.split(' ').filter((w) => !isStopWord(w))
  const formulaShare = tokens.length === 0 ? 1 : tokens.filter((w) => LETTER_FORMULAS.has(w)).length / tokens.length
  if (formulaShare >= 0.6) return STRONG_FORMULA
  if (REQUEST_RE.test(key)) return REQUEST_FORMULA
  return 1
}

/** Each sentence's formula factor: 1 for content, less for requests, near 0 for formulas. */
function formulaFactors(spans: SentenceSpan[]): number[] {
  // Name and post under the text: the run of short unpunctuated lines at the very end.
  const inSignature = new Array<boolean>(spans.length).fill(false)
  for (let i = spans.length - 1; i > 0; i--) {
    const s = spans[i]!
    if (CLOSED_RE.test(s.text) || countWords(s.text) > SIGNATURE_MAX_WORDS) break
    inSignature[i] = true
  }
  return spans.map((s, i) => formulaFactor(s, inSignature[i]!))
}

/**
 * The sentences of `text` that are content: salutations, addresses, meta lines («موضوع:»،
 * «رونوشت:»), closings and signatures left out. Requests («خواهشمند است …») are kept.
 */
export function contentSentences(text: string): string[] {
  const spans = sentenceSpans(text ?? '')
  const factors = formulaFactors(spans)
  return spans.filter((_, i) => factors[i]! > STRONG_FORMULA).map((s) => s.text)
}

// Average weight, tempered so a long sentence is not chosen for its length nor a two-word
// one for a single strong word.
function lengthFactor(contentCount: number, words: number): number {
  const short = Math.min(1, contentCount / 4)
  const long = words > 40 ? Math.sqrt(40 / words) : 1
  return short * long
}

interface Scored {
  index: number
  text: string
  score: number
  keys: Set<string>
  /** What the sentence asks for; none for a formula or a sentence of fewer than two content words. */
  action: ActionFacts
}

const NO_ACTION: ActionFacts = { kinds: [], score: 0 }
const MIN_ACTION_CONTENT_WORDS = 2
/** Below this many characters a cut sentence says too little to keep. */
const MIN_CUT_CHARS = 40

function scoreSentences(spans: SentenceSpan[], title: string | undefined): Scored[] {
  const perSentence = spans.map((s) => contentTerms(s.text))
  const tf = new Map<string, number>()
  for (const terms of perSentence) for (const t of terms) tf.set(t.key, (tf.get(t.key) ?? 0) + 1)
  const titleKeys = new Set(title ? contentTerms(title).map((t) => t.key) : [])
  const weight = (key: string): number => {
    let w = 1 + Math.log(tf.get(key) ?? 1)
    if (titleKeys.has(key)) w *= TITLE_BOOST
    if (GENERIC.has(key)) w *= GENERIC_WEIGHT
    return w
  }

  const factors = formulaFactors(spans)
  let leadRank = 0
  return spans.map((span, index) => {
    const keys = new Set(perSentence[index]!.map((t) => t.key))
    let sum = 0
    for (const key of keys) sum += weight(key)
    const contentCount = keys.size
    let score = contentCount === 0 ? 0 : (sum / Math.pow(contentCount, 0.7)) * lengthFactor(contentCount, countWords(span.text))
    score *= factors[index]!
    if (span.heading) score *= HEADING_FACTOR
    // «… به شرح زیر اعلام می‌گردد:» announces the content; the list says it.
    else if (/:\s*$/.test(span.text) || LIST_INTRO_RE.test(normalizeForSearch(span.text))) score *= LIST_INTRO_FACTOR
    // The opening of a letter's body (after its formulas) and of each paragraph says most.
    if (factors[index]! === 1 && !span.heading) {
      score *= LEAD_BONUS[leadRank] ?? 1
      leadRank++
    }
    if (span.first) score *= PARAGRAPH_BONUS
    const substantive = [...keys].filter((k) => !GENERIC.has(k)).length >= MIN_ACTION_CONTENT_WORDS
    const action = factors[index]! > STRONG_FORMULA && !span.heading && substantive ? actionOf(span.text) : NO_ACTION
    const text = needsAction(action) ? labelRequest(dropLeadFormula(span.text)) : dropLeadFormula(span.text)
    return { index, text, score, keys, action }
  })
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const k of a) if (b.has(k)) shared++
  return shared / Math.min(a.size, b.size)
}

/** `text` cut at a word boundary to at most `maxChars` characters, ending in «…». */
export function truncateAtWord(text: string, maxChars: number): string {
  const t = text.trim()
  if (t.length <= maxChars) return t
  if (maxChars <= 1) return maxChars === 1 ? ELLIPSIS : ''
  const room = t.slice(0, maxChars - 1)
  const lastSpace = room.search(/\s\S*$/)
  const cut = lastSpace > maxChars / 2 ? room.slice(0, lastSpace) : room
  return cut.replace(/[\s،,.:;؛\-–—(«]+$/u, '') + ELLIPSIS
}

/**
 * An extractive summary of a Persian letter or report: its 1–`maxSentences` most telling
 * sentences, in their original order and characters, joined by a space, at most `maxChars`
 * long. Salutations, addresses, closings and signatures are passed over. '' for empty text.
 */
export function summarize(text: string, opts: SummarizeOptions = {}): string {
  const maxSentences = Math.max(1, Math.floor(opts.maxSentences ?? DEFAULT_MAX_SENTENCES))
  const maxChars = Math.max(1, Math.floor(opts.maxChars ?? DEFAULT_MAX_CHARS))
  const trimmed = (text ?? '').trim()
  if (!trimmed) return ''

  const spans = sentenceSpans(trimmed)
  if (spans.length <= 1) {
    if (trimmed.length <= maxChars) return trimmed
    return truncateAtWord(spans[0]?.text ?? trimmed.replace(/\s+/g, ' '), maxChars)
  }

  const scored = scoreSentences(spans, opts.title)
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index)
  const actions = scored
    .filter((c) => needsAction(c.action))
    .sort((a, b) => b.action.score - a.action.score || b.score - a.score || a.index - b.index)
  if (actions.length) return actionSummary(ranked, actions, maxSentences, maxChars)
  const best = ranked[0]!
  if (best.text.length > maxChars) return truncateAtWord(best.text, maxChars)

  const chosen: Scored[] = [best]
  let length = best.text.length
  for (const candidate of ranked.slice(1)) {
    if (chosen.length >= maxSentences) break
    if (candidate.score <= 0 || candidate.score < best.score * SECOND_CHOICE_RATIO) break
    if (length + 1 + candidate.text.length > maxChars) continue
    if (chosen.some((c) => overlap(c.keys, candidate.keys) >= REDUNDANT_OVERLAP)) continue
    chosen.push(candidate)
    length += 1 + candidate.text.length
  }
  return joinInOrder(chosen)
}

function joinInOrder(chosen: { index: number; text: string }[]): string {
  return [...chosen]
    .sort((a, b) => a.index - b.index)
    .map((c) => c.text)
    .join(' ')
}

/**
 * A summary of a text that asks for something: the most pressing request, demand, threat or
 * deadline first of all, whole (it may stand in the middle or at the end of the text); then any
 * other sentence that adds a request or a threat not yet said; then the event the text reports
 * (its best content sentence), cut to the room left if need be; then a deadline not yet said;
 * then content as usual.
 */
function actionSummary(ranked: Scored[], actions: Scored[], maxSentences: number, maxChars: number): string {
  const first = actions[0]!
  if (first.text.length >= maxChars) return truncateAtWord(first.text, maxChars)
  const chosen: { index: number; text: string; keys: Set<string> }[] = [first]
  let length = first.text.length
  const said = new Set(first.action.kinds)
  const room = () => maxChars - length - 1
  const full = () => chosen.length >= maxSentences
  const taken = (c: Scored) => chosen.some((x) => x.index === c.index)
  const add = (c: Scored, text = c.text) => {
    chosen.push({ index: c.index, text, keys: c.keys })
    length += 1 + text.length
    for (const k of c.action.kinds) said.add(k)
  }
  const addsKind = (c: Scored, kinds: ActionKind[]) => c.action.kinds.some((k) => kinds.includes(k) && !said.has(k))
  // Every request and threat is said, cut if it must be: it is what the summary is for.
  for (const c of actions) {
    if (full() || taken(c) || !addsKind(c, ['request', 'threat'])) continue
    if (c.text.length <= room()) add(c)
    else if (room() >= MIN_CUT_CHARS) add(c, truncateAtWord(c.text, room()))
  }
  const event = ranked.find((c) => !taken(c) && c.score > 0)
  if (event && !full() && !chosen.some((c) => overlap(event.keys, c.keys) >= REDUNDANT_OVERLAP)) {
    if (event.text.length <= room()) add(event)
    else if (room() >= MIN_CUT_CHARS) add(event, truncateAtWord(event.text, room()))
  }
  for (const c of actions) if (!full() && !taken(c) && addsKind(c, ['deadline']) && c.text.length <= room()) add(c)
  const best = ranked[0]!
  for (const candidate of ranked) {
    if (full()) break
    if (taken(candidate)) continue
    if (candidate.score <= 0 || candidate.score < best.score * SECOND_CHOICE_RATIO) break
    if (candidate.text.length > room()) continue
    if (chosen.some((c) => overlap(c.keys, candidate.keys) >= REDUNDANT_OVERLAP)) continue
    add(candidate)
  }
  return joinInOrder(chosen)
}


/**
 * What a whole text asks for: the kinds of action (request, threat, deadline, date) of its
 * content sentences with two or more content words (formulas, headings and signatures aside).
 */
export function textActions(text: string): Set<ActionKind> {
  const kinds = new Set<ActionKind>()
  for (const sentence of contentSentences(text ?? '')) {
    const keys = new Set(contentTerms(sentence).map((t) => t.key))
    if ([...keys].filter((k) => !GENERIC.has(k)).length < MIN_ACTION_CONTENT_WORDS) continue
    for (const k of actionOf(sentence).kinds) kinds.add(k)
  }
  return kinds
}
