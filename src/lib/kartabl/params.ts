// The kartabl's query: which list, which page, which filters. Pure: the endpoint parses the
// URL's parameters with it, and anything not listed here is refused (never guessed).
import { toLatinDigits } from '../persian/digits'
import { REFERRAL_PURPOSES, type Purpose, type State } from '../referrals/states'
import { kartablText } from './messages'

export const KARTABL_LISTS = ['inbox', 'done', 'followup', 'drafts'] as const
export type KartablList = (typeof KARTABL_LISTS)[number]

/** The states each list holds: a state filter may name only these. */
export const LIST_STATES: Record<KartablList, readonly State[]> = {
  inbox: ['sent', 'seen', 'in-progress'],
  done: ['done', 'returned'],
  followup: ['sent', 'seen', 'in-progress', 'done', 'returned', 'recalled'],
  drafts: ['draft'],
}

export const PARAMS = ['list', 'page', 'limit', 'sentPage', 'state', 'purpose', 'overdue', 'q'] as const
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
export const MAX_PAGE = 100_000
export const MAX_TEXT = 100

export type KartablQuery = {
  /** Absent: the summary (open referrals to me, open ones I sent, counts). */
  list: KartablList | null
  page: number
  limit: number
  sentPage: number
  state: State | null
  purpose: Purpose | null
  /** true: only overdue; false: only not overdue; null: both. */
  overdue: boolean | null
  /** Text to find in the paper's registry number or (where the reader may read it) subject. */
  q: string | null
}

export type ParseResult = { ok: true; query: KartablQuery } | { ok: false; message: string }

const positive = (value: string | null, fallback: number, max: number): number | null => {
  if (value === null) return fallback
  const n = Number(toLatinDigits(value))
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null
}

/**
 * Parses the kartabl's URL parameters. Errors (a Persian message, for a 400): an unknown
 * parameter, one given twice, a page or limit that is not a whole number in 1…max, a list,
 * state (for that list), purpose or overdue value outside its list, text over 100 characters.
 */
export function parseKartablQuery(params: URLSearchParams): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, message })
  for (const key of new Set(params.keys())) {
    if (!(PARAMS as readonly string[]).includes(key)) return fail(kartablText.unknownParam(key))
    if (params.getAll(key).length > 1) return fail(kartablText.repeatedParam(key))
  }
  const listValue = params.get('list')
  if (listValue !== null && !(KARTABL_LISTS as readonly string[]).includes(listValue)) return fail(kartablText.badValue('list'))
  const list = listValue as KartablList | null
  const page = positive(params.get('page'), 1, MAX_PAGE)
  const sentPage = positive(params.get('sentPage'), 1, MAX_PAGE)
  const limit = positive(params.get('limit'), DEFAULT_LIMIT, MAX_LIMIT)
  if (page === null || sentPage === null || limit === null) return fail(kartablText.badPage)
  const stateValue = params.get('state') || null
  if (stateValue !== null && !LIST_STATES[list ?? 'inbox'].includes(stateValue as State)) return fail(kartablText.badValue('state'))
  const purposeValue = params.get('purpose') || null
  if (purposeValue !== null && !(REFERRAL_PURPOSES as readonly string[]).includes(purposeValue)) return fail(kartablText.badValue('purpose'))
  const overdueValue = params.get('overdue') || null
  if (overdueValue !== null && overdueValue !== 'true' && overdueValue !== 'false') return fail(kartablText.badValue('overdue'))
  const text = (params.get('q') ?? '').trim()
  if (text.length > MAX_TEXT) return fail(kartablText.longText(MAX_TEXT))
  return {
    ok: true,
    query: {
      list,
      page,
      limit,
      sentPage,
      state: stateValue as State | null,
      purpose: purposeValue as Purpose | null,
      overdue: overdueValue === null ? null : overdueValue === 'true',
      q: text || null,
    },
  }
}

/** The text of a LIKE pattern matching `text` anywhere, its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Arabic forms of ی and ک, as typed on some keyboards, read as the Persian ones. */
export function persianLetters(text: string): string {
  return text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک')
}
