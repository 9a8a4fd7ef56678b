// What in a report asks for action: a request or demand, a threat, a deadline. The director
// reads a summary to know what is asked of whom and by when, so these sentences are kept by the
// summariser wherever they stand, and a report carrying them ranks first in the briefing.
// Matched on the search key (normalizeForSearch: ی/ک unified, Latin digits, ZWNJ → space).
import { normalizeForSearch } from '../persian'

export type ActionKind = 'request' | 'threat' | 'deadline' | 'date'

// «خواستار … شدند»، «درخواست … دارند»، «تقاضای …»، «مطالبه»، «خواهشمند است …»، «مستدعی است …».
const REQUEST_RE = /(?:^| )(?:خواستار|درخواست|تقاضا|تقاضای|مطالبه|مطالبات خود|خواهشمند|مستدعی|استدعا|خواسته اند|خواسته های)(?= |$)/
// «تهدید کردند …»، «در غیر این صورت …»، «در صورت عدم رسیدگی …».
const THREAT_RE = /(?:^| )(?:تهدید|در غیر این صورت|در صورت عدم|اولتیماتوم)(?= |$)/
const WEEKDAY = '(?:شنبه|یکشنبه|یک شنبه|دوشنبه|دو شنبه|سه شنبه|چهارشنبه|چهار شنبه|پنجشنبه|پنج شنبه|جمعه)'
// A Jalali date (after normalisation: Latin digits) or a day named relative to now.
const DATE_RE = new RegExp(
  `(?:\\b1[34]\\d\\d/\\d{1,2}/\\d{1,2}\\b|(?:^| )(?:${WEEKDAY}|هفته|ماه)(?: ی)? (?:آینده|آتی|بعد|جاری)(?= |$)|(?:^| )فردا(?= |$)|(?:^| )پایان (?:هفته|ماه|سال|وقت اداری)(?= |$)|(?:^| )ظرف \\S+ (?:روز|هفته|ماه)(?= |$))`,
)
// What makes a date a deadline or a commitment rather than when something happened.
const OBLIGATION_RE = /(?:^| )(?:تا|حداکثر|مهلت|لغایت|ظرف|باید|بایستی|مقرر|لازم است|ضروری است|پیش از|قبل از|خواهند|خواهد)(?= |$)/
// An «ask» that is only to pass a paper on or take note of it: routine, not action.
const ROUTINE_RE = /(?:^| )(?:ابلاغ|جهت اطلاع|جهت استحضار|برای اطلاع|جهت بهره برداری|بهره برداری|اطلاع رسانی|جهت درج|بایگانی|جهت آگاهی)(?= |$)/

const KIND_WEIGHT: Record<ActionKind, number> = { request: 2.5, threat: 2.5, deadline: 2, date: 0.5 }

export interface ActionFacts {
  kinds: ActionKind[]
  /** 0 when nothing is asked; a request or a threat weighs 2.5 (who wants what comes first), a deadline 2, a plain date 0.5. */
  score: number
}

/** What a sentence asks for (see the patterns above). */
export function actionOf(sentence: string): ActionFacts {
  const key = normalizeForSearch(sentence)
  const kinds: ActionKind[] = []
  if (REQUEST_RE.test(key) && !ROUTINE_RE.test(key)) kinds.push('request')
  if (THREAT_RE.test(key)) kinds.push('threat')
  if (DATE_RE.test(key)) kinds.push(OBLIGATION_RE.test(key) || kinds.length ? 'deadline' : 'date')
  const score = kinds.reduce((sum, k) => sum + KIND_WEIGHT[k], 0)
  return { kinds, score }
}

/** True when the facts ask something of someone: a request, a demand, a threat or a deadline. */
export function needsAction(facts: ActionFacts): boolean {
  return facts.kinds.some((k) => k !== 'date')
}

// «خواهشمند است دستور فرمایید …»، «مستدعی است مقرر فرمایید …»: the formula that opens a
// request, as written (ی/ي، ZWNJ or space). The summary says «درخواست:» instead.
const Y = '[یيى]'
const GAP = '[\u200C ]?'
const REQUEST_LEAD_RE = new RegExp(
  `^(?:(?:لذا|ضمنا\u064B?|بنابراین)[\\s،,]+)?(?:خواهشمند|مستدع${Y})${GAP}(?:است|${Y}?ست)?[\\s،,]*` +
    `(?:(?:دستور|مقرر|امر)\\s*(?:فرما${Y}${Y}?د|فرمائ${Y}د)[\\s،,]*)?(?:تا\\s+)?`,
  'u',
)
export const REQUEST_LABEL = 'درخواست: '

/** The sentence with its opening request formula replaced by «درخواست: », when it has one. */
export function labelRequest(sentence: string): string {
  const m = REQUEST_LEAD_RE.exec(sentence)
  if (!m || m[0].length === 0) return sentence
  const rest = sentence.slice(m[0].length).trim()
  return rest ? REQUEST_LABEL + rest : sentence
}

/** A paper that only passes something on, by its title: a circular, an instruction, a notice. */
export function isRoutineKind(title: string): boolean {
  return /^(?:بخشنامه|دستورالعمل|دستور العمل|اطلاعیه|ابلاغ)(?= |$)/.test(normalizeForSearch(title))
}
