// The glue between a stored ISO instant and the Jalali text a person reads and types in the
// admin's date fields (src/components/JalaliDate). Pure, so it is tested without React.
import { stripBidiMarks, toLatinDigits, toPersianDigits } from '../persian'
import { MONTH_NAMES, WEEKDAY_NAMES } from './messages'
import { parseJalaliDate } from './parse'
import { jalaliToUtc, tehranParts } from './tehran'
import type { TehranParts, TimeOfDay, Timestamp } from './types'

export const timeMessages = {
  shape: 'ساعت باید به شکل ۱۴:۳۰ باشد',
  hourRange: 'ساعت باید بین ۰ تا ۲۳ باشد',
  minuteRange: 'دقیقه باید بین ۰ تا ۵۹ باشد',
} as const

export type DisplayedJalali = {
  /** `۱۴۰۵/۰۹/۰۱`, or '' when there is no (valid) value. */
  date: string
  /** `۱۴:۳۰` Tehran time when `withTime`, else ''. */
  time: string
}

export type InputResult =
  | { ok: true; iso: string | null }
  | { ok: false; error: string; part: 'date' | 'time' }

const pad2 = (n: number): string => String(n).padStart(2, '0')

// `14:30`, `9:05`, or a bare hour `14`; `:` or the Persian decimal separator ٫ (or `.`).
const TIME_RE = /^(\d{1,2})(?:\s*[:.\u066B]\s*(\d{1,2}))?$/

/** Tehran parts of a stored value, or null when it is empty or not a timestamp. */
function partsOf(value: Timestamp | null | undefined): TehranParts | null {
  if (value === null || value === undefined || value === '') return null
  try {
    return tehranParts(value)
  } catch {
    return null
  }
}

/** The stored instant as Jalali text with Persian digits, in Tehran time. */
export function displayJalali(
  value: Timestamp | null | undefined,
  opts: { withTime?: boolean } = {},
): DisplayedJalali {
  const p = partsOf(value)
  if (!p) return { date: '', time: '' }
  return {
    date: toPersianDigits(`${p.jy}/${pad2(p.jm)}/${pad2(p.jd)}`),
    time: opts.withTime ? toPersianDigits(`${pad2(p.hour)}:${pad2(p.minute)}`) : '',
  }
}

/** `HH:MM` in Persian or Latin digits; empty means midnight. */
export function parseTimeOfDay(
  text: string | undefined,
): { ok: true; value: TimeOfDay } | { ok: false; error: string } {
  const t = toLatinDigits(stripBidiMarks(text ?? '')).trim()
  if (t === '') return { ok: true, value: { hour: 0, minute: 0 } }
  const m = TIME_RE.exec(t)
  if (!m) return { ok: false, error: timeMessages.shape }
  const hour = Number(m[1])
  const minute = m[2] === undefined ? 0 : Number(m[2])
  if (hour > 23) return { ok: false, error: timeMessages.hourRange }
  if (minute > 59) return { ok: false, error: timeMessages.minuteRange }
  return { ok: true, value: { hour, minute } }
}

/**
 * What the typed text stores: an ISO UTC instant of the Tehran wall-clock time, null when
 * the date is left empty (the time alone means nothing), or the Persian error to show.
 */
export function inputToIso(dateText: string, timeText?: string): InputResult {
  if (toLatinDigits(stripBidiMarks(dateText ?? '')).trim() === '') return { ok: true, iso: null }
  const date = parseJalaliDate(dateText)
  if (!date.ok) return { ok: false, error: date.error, part: 'date' }
  const time = parseTimeOfDay(timeText)
  if (!time.ok) return { ok: false, error: time.error, part: 'time' }
  return { ok: true, iso: jalaliToUtc(date.value, time.value).toISOString() }
}

/**
 * Whether a date field's `admin.date` asks for a time of day too (`pickerAppearance:
 * 'dayAndTime'`). Takes `unknown` because Payload's type for it collapses to `{}` here.
 */
export function showsTimeOfDay(adminDate: unknown): boolean {
  return (
    typeof adminDate === 'object' &&
    adminDate !== null &&
    (adminDate as { pickerAppearance?: unknown }).pickerAppearance === 'dayAndTime'
  )
}

/** `یکشنبه ۱ آذر ۱۴۰۵` for the Tehran day of the value, or '' when there is none. */
export function jalaliHint(value: Timestamp | null | undefined): string {
  const p = partsOf(value)
  if (!p) return ''
  return `${WEEKDAY_NAMES[p.weekday]} ${toPersianDigits(String(p.jd))} ${MONTH_NAMES[p.jm - 1]} ${toPersianDigits(String(p.jy))}`
}
