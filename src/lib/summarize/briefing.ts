// A digest of incoming reports for the director general: what came in, from whom, what keeps
// coming up, and each report in a sentence or two, the urgent and the widely echoed first.
import { normalizeForSearch, normalizeLetters, toLatinDigits, toPersianDigits } from '../persian'
import { isRoutineKind } from './action'
import { contentSentences, contentTerms, isGeneric, summarize, textActions } from './summarize'

export interface ReportInput {
  title: string
  text: string
  /** Sender, e.g. «فرمانداری شهرستان مرودشت». */
  source?: string
  /** Jalali date as shown to people, e.g. «۱۴۰۵/۰۹/۱۱». */
  date?: string
  /** The paper's urgency (src/lib/letters/options): a more urgent paper needs action sooner. */
  urgency?: 'immediate' | 'very-urgent' | 'urgent' | 'normal' | null
}

export interface BriefingItem {
  title: string
  source?: string
  date?: string
  summary: string
}

export interface Briefing {
  heading: string
  /** One to three sentences about the set: how many, from whom, the recurring themes. */
  overview: string
  /** One a report, most important first; equal importance keeps the order given. */
  items: BriefingItem[]
  /** The key terms the reports share, as written in them. */
  themes: string[]
}

export interface CondenseOptions {
  /** Most items listed (default 10); the overview still counts every report. */
  maxItems?: number
  /** Most characters of each item's summary (default 200). */
  maxChars?: number
}

// Persian shown to people: here only.
export const BRIEFING_MESSAGES = {
  heading: 'خلاصه گزارش‌های واصله',
  none: 'گزارشی واصل نشده است.',
  received: (count: string, from: string, period: string) => `${count} گزارش${from}${period} واصل شده است.`,
  from: (sources: string) => ` از ${sources}`,
  others: (count: string) => `${count} مرجع دیگر`,
  period: (first: string, last: string) => (first === last ? ` در تاریخ ${first}` : ` در فاصله ${first} تا ${last}`),
  themes: (list: string) => `موضوعات مشترک: ${list}.`,
  pressing: (count: string) => `${count} گزارش فوری یا درباره اعتراض، تجمع یا شکایت است.`,
  listSeparator: '، ',
  lastSeparator: ' و ',
} as const

const DEFAULT_MAX_ITEMS = 10
const DEFAULT_ITEM_CHARS = 200
const ITEM_SENTENCES = 2
const MAX_THEMES = 6
const MIN_THEMES = 3
const MAX_SOURCES_NAMED = 4

// Words that move a report up the list, matched as the start of a term key (so «تجمعات»،
// «تجمع‌کنندگان»، «اعتراضی» count). Urgency outranks unrest, unrest outranks the rest. Words,
// not meaning: «بدون درگیری» counts too; the order only decides what the director reads first.
const SIGNALS: readonly { roots: readonly string[]; weight: number; pressing: boolean }[] = [
  { roots: ['فوری', 'فورا', 'آنی'], weight: 2, pressing: true },
  {
    roots: ['اعتراض', 'تجمع', 'تحصن', 'راهپیمایی', 'اعتصاب', 'درگیر', 'ناآرام', 'اغتشاش', 'تنش', 'بحران', 'حادثه'],
    weight: 1.5,
    pressing: true,
  },
  // «شکای» covers شکایت and the stem of شکایات.
  { roots: ['شکای', 'شاکی'], weight: 1, pressing: true },
  { roots: ['انتخاب'], weight: 1, pressing: false },
].map((s) => ({ ...s, roots: s.roots.map((r) => normalizeForSearch(r)) }))
// «آنی» only as a whole word: many words start with it.
const WHOLE_WORD_ROOTS = new Set([normalizeForSearch('آنی')])
const TITLE_SIGNAL_BONUS = 0.5
const SIGNAL_CAP = 5

interface Analysed {
  index: number
  report: ReportInput
  keys: Set<string>
  signal: number
  pressing: boolean
  /** What the report needs from the director (actionPriority): ranks before words do. */
  priority: number
}

// What needs action ranks first: someone asks or threatens something (a request, a demand),
// then a deadline, then the paper's urgency; a circular or notice that only passes something
// on ranks below. Words (SIGNALS) and shared themes only order reports of equal priority.
const ASKED_PRIORITY = 2
const DEADLINE_PRIORITY = 1
const URGENCY_PRIORITY: Record<string, number> = { immediate: 2, 'very-urgent': 1.5, urgent: 1, normal: 0 }
const ROUTINE_PRIORITY = -1

/** How much a report needs the director's action, from what it asks, its deadlines, urgency and kind. */
export function actionPriority(report: ReportInput): number {
  const kinds = textActions(report.text ?? '')
  let priority = 0
  if (kinds.has('request') || kinds.has('threat')) priority += ASKED_PRIORITY
  if (kinds.has('deadline')) priority += DEADLINE_PRIORITY
  priority += URGENCY_PRIORITY[report.urgency ?? 'normal'] ?? 0
  if (isRoutineKind(report.title ?? '')) priority += ROUTINE_PRIORITY
  return priority
}

function matchesRoot(key: string, root: string): boolean {
  return WHOLE_WORD_ROOTS.has(root) ? key === root : key.startsWith(root)
}

function signalOf(titleKeys: Set<string>, keys: Set<string>): { signal: number; pressing: boolean } {
  let signal = 0
  let pressing = false
  for (const group of SIGNALS) {
    for (const root of group.roots) {
      const inText = [...keys].some((k) => matchesRoot(k, root))
      if (!inText) continue
      signal += group.weight
      if ([...titleKeys].some((k) => matchesRoot(k, root))) signal += TITLE_SIGNAL_BONUS
      pressing ||= group.pressing
    }
  }
  return { signal: Math.min(signal, SIGNAL_CAP), pressing }
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return parts.slice(0, -1).join(BRIEFING_MESSAGES.listSeparator) + BRIEFING_MESSAGES.lastSeparator + parts[parts.length - 1]
}

// Jalali dates as staff type them (۱۴۰۵/۹/۱، 1405/09/01): compared as numbers.
function dateKey(date: string): number | null {
  const m = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toLatinDigits(date.trim()))
  if (!m) return null
  return Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3])
}

function periodOf(reports: ReportInput[]): string {
  const dated = reports
    .map((r) => (r.date ? { shown: r.date.trim(), key: dateKey(r.date) } : null))
    .filter((d): d is { shown: string; key: number } => d !== null && d.key !== null)
  if (dated.length === 0) return ''
  let first = dated[0]!
  let last = dated[0]!
  for (const d of dated) {
    if (d.key < first.key) first = d
    if (d.key > last.key) last = d
  }
  return BRIEFING_MESSAGES.period(toPersianDigits(first.shown), toPersianDigits(last.shown))
}

function sourcesOf(reports: ReportInput[]): string {
  const seen = new Map<string, string>()
  for (const r of reports) {
    const shown = r.source?.trim()
    if (!shown) continue
    const key = normalizeForSearch(shown)
    if (!seen.has(key)) seen.set(key, shown)
  }
  const names = [...seen.values()]
  if (names.length === 0) return ''
  if (names.length <= MAX_SOURCES_NAMED) return BRIEFING_MESSAGES.from(joinList(names))
  const named = names.slice(0, MAX_SOURCES_NAMED - 1)
  const rest = BRIEFING_MESSAGES.others(toPersianDigits(String(names.length - named.length)))
  return BRIEFING_MESSAGES.from(joinList([...named, rest]))
}

/** The most written form of each key; Persian letters (ی/ک) win a tie, then the shorter. */
function surfaceChooser(): { add(key: string, surface: string): void; get(key: string): string } {
  const counts = new Map<string, Map<string, number>>()
  return {
    add(key, surface) {
      let forms = counts.get(key)
      if (!forms) counts.set(key, (forms = new Map()))
      forms.set(surface, (forms.get(surface) ?? 0) + 1)
    },
    get(key) {
      const forms = [...(counts.get(key) ?? new Map<string, number>()).entries()]
      forms.sort(
        ([a, ca], [b, cb]) =>
          cb - ca ||
          Number(normalizeLetters(b) === b) - Number(normalizeLetters(a) === a) ||
          a.length - b.length,
      )
      return forms[0]?.[0] ?? key
    },
  }
}

function themesOf(analysed: Analysed[], tf: Map<string, number>, firstSeen: Map<string, number>, surfaces: ReturnType<typeof surfaceChooser>): string[] {
  const df = new Map<string, number>()
  for (const a of analysed) for (const k of a.keys) df.set(k, (df.get(k) ?? 0) + 1)
  const byRank = (a: string, b: string) =>
    (df.get(b) ?? 0) - (df.get(a) ?? 0) || (tf.get(b) ?? 0) - (tf.get(a) ?? 0) || firstSeen.get(a)! - firstSeen.get(b)!
  const candidates = [...df.keys()].filter((k) => !isGeneric(k))
  const shared = candidates.filter((k) => (df.get(k) ?? 0) >= 2).sort(byRank).slice(0, MAX_THEMES)
  if (shared.length < MIN_THEMES) {
    // Too few words in common (or one report): its most repeated words stand in.
    const rest = candidates
      .filter((k) => !shared.includes(k))
      .sort((a, b) => (tf.get(b) ?? 0) - (tf.get(a) ?? 0) || firstSeen.get(a)! - firstSeen.get(b)!)
    shared.push(...rest.slice(0, MIN_THEMES - shared.length))
  }
  return shared.map((k) => surfaces.get(k))
}

/**
 * Condenses a set of incoming reports into a briefing: a heading, an overview of the set,
 * the shared themes, and one short summary a report (keeping what it asks, see summarize),
 * ordered first by what needs action (actionPriority: requests and demands, deadlines, the
 * paper's urgency, routine circulars last), then by words (فوری، اعتراض، تجمع، شکایت،
 * انتخابات …) and by how much each shares with the others. Deterministic.
 */
export function condenseReports(reports: ReportInput[], opts: CondenseOptions = {}): Briefing {
  const maxItems = Math.max(0, Math.floor(opts.maxItems ?? DEFAULT_MAX_ITEMS))
  const maxChars = Math.max(1, Math.floor(opts.maxChars ?? DEFAULT_ITEM_CHARS))
  if (reports.length === 0) {
    return { heading: BRIEFING_MESSAGES.heading, overview: BRIEFING_MESSAGES.none, items: [], themes: [] }
  }

  const tf = new Map<string, number>()
  const firstSeen = new Map<string, number>()
  const surfaces = surfaceChooser()
  let position = 0
  const analysed: Analysed[] = reports.map((report, index) => {
    const titleTerms = contentTerms(report.title ?? '')
    // The body without its formulas: «مدیرکل محترم سیاسی، انتخابات و …» in an address line
    // makes no report about elections.
    const bodyTerms = contentSentences(report.text ?? '').flatMap((s) => contentTerms(s))
    const terms = [...titleTerms, ...bodyTerms]
    for (const t of terms) {
      tf.set(t.key, (tf.get(t.key) ?? 0) + 1)
      if (!firstSeen.has(t.key)) firstSeen.set(t.key, position)
      position++
      surfaces.add(t.key, t.surface)
    }
    const keys = new Set(terms.map((t) => t.key))
    const { signal, pressing } = signalOf(new Set(titleTerms.map((t) => t.key)), keys)
    return { index, report, keys, signal, pressing, priority: actionPriority(report) }
  })

  // Salience: the share of a report's words that other reports also use, weighted by how
  // many do; a report on the common concern of the week ranks above a one-off.
  const df = new Map<string, number>()
  for (const a of analysed) for (const k of a.keys) df.set(k, (df.get(k) ?? 0) + 1)
  const others = Math.max(1, reports.length - 1)
  const salience = analysed.map((a) => {
    const keys = [...a.keys].filter((k) => !isGeneric(k))
    if (keys.length === 0) return 0
    const shared = keys.reduce((sum, k) => sum + ((df.get(k) ?? 1) - 1) / others, 0)
    return shared / Math.sqrt(keys.length)
  })
  const topSalience = Math.max(...salience, 0)
  const importance = analysed.map((a, i) => a.signal + (topSalience > 0 ? salience[i]! / topSalience : 0))

  const ordered = [...analysed].sort((a, b) => b.priority - a.priority || importance[b.index]! - importance[a.index]! || a.index - b.index)
  const items: BriefingItem[] = ordered.slice(0, maxItems).map(({ report }) => {
    const item: BriefingItem = {
      title: report.title.trim(),
      summary: summarize(report.text ?? '', { maxChars, maxSentences: ITEM_SENTENCES, title: report.title }),
    }
    if (report.source?.trim()) item.source = report.source.trim()
    if (report.date?.trim()) item.date = report.date.trim()
    return item
  })

  const themes = themesOf(analysed, tf, firstSeen, surfaces)
  const overview = [
    BRIEFING_MESSAGES.received(toPersianDigits(String(reports.length)), sourcesOf(reports), periodOf(reports)),
    themes.length > 0 ? BRIEFING_MESSAGES.themes(themes.join(BRIEFING_MESSAGES.listSeparator)) : '',
    (() => {
      const pressing = analysed.filter((a) => a.pressing).length
      return pressing > 0 ? BRIEFING_MESSAGES.pressing(toPersianDigits(String(pressing))) : ''
    })(),
  ]
    .filter(Boolean)
    .join(' ')

  return { heading: BRIEFING_MESSAGES.heading, overview, items, themes }
}

/** The briefing as plain text (an e-mail body): heading, overview, numbered items. */
export function briefingToText(b: Briefing): string {
  // The overview already names the themes.
  const lines: string[] = [b.heading, '', b.overview]
  b.items.forEach((item, i) => {
    const about = [item.source, item.date].filter(Boolean).join(BRIEFING_MESSAGES.listSeparator)
    lines.push('', `${toPersianDigits(String(i + 1))}. ${item.title}${about ? ` (${about})` : ''}`)
    if (item.summary) lines.push(item.summary)
  })
  return lines.join('\n')
}
