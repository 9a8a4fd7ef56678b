// When a meeting or an appointment happens, read from what a person types: a Jalali date and
// a start and end time of day in Tehran. Pure: the meetings and appointments collections and
// the free-slots/schedule endpoints call it; it never calls Payload.
//
// Conversion is the jalali area's (parseJalaliDate, parseTimeOfDay, jalaliToUtc): Asia/Tehran
// is UTC+03:30 all year since 1402, so 1405/04/15 10:00 Tehran is 06:30Z.
import { jalaliDateOf, jalaliToUtc, parseJalaliDate, parseTimeOfDay, toInstant, type JalaliDate, type Timestamp } from '../jalali'
import { stripBidiMarks, toLatinDigits } from '../persian'
import { scheduleMessages as msg } from './messages'

/** A half-open span of time [start, end) as UTC instants. */
export type Interval = { start: Date; end: Date }

/**
 * Longest meeting or appointment the office books (issue 14, «Bad input»: a meeting over 12
 * hours is refused), in minutes.
 */
export const MAX_DURATION_MINUTES = 12 * 60

/** What a person typed: `۱۴۰۵/۰۹/۱۲` (or 1405/9/12, any digits), `۱۰:۳۰`, `۱۱:۳۰`. */
export type WhenText = { date: string; start: string; end: string }

/** The field a refusal belongs to, so a form can show the message next to it. */
export type WhenField = 'date' | 'start' | 'end'

export type WhenResult =
  | { ok: true; value: Interval & { day: JalaliDate } }
  | { ok: false; field: WhenField; error: string }

/**
 * Reads a Jalali date and a start and end time (Tehran wall clock, same day) into UTC
 * instants. Refusals, each with a Persian message: an empty or invalid date (`1404/12/30`:
 * 1404 is not leap), an empty or invalid time (`25:00`, `10:60`), an end not after the start,
 * and a span over MAX_DURATION_MINUTES. A meeting that runs past midnight is not expressible
 * (the end is on the same day); `24:00` is not a time.
 */
export function parseWhen(text: WhenText): WhenResult {
  const date = parseJalaliDate(text.date)
  if (!date.ok) return { ok: false, field: 'date', error: msg.badDate(date.error) }
  const times: Record<'start' | 'end', Date> = { start: new Date(0), end: new Date(0) }
  for (const which of ['start', 'end'] as const) {
    const typed = toLatinDigits(stripBidiMarks(text[which] ?? '')).trim()
    // parseTimeOfDay reads an empty time as midnight (a date-only field); here it is missing.
    if (typed === '') return { ok: false, field: which, error: msg.timeMissing(which) }
    const time = parseTimeOfDay(typed)
    if (!time.ok) return { ok: false, field: which, error: msg.badTime(which, time.error) }
    times[which] = jalaliToUtc(date.value, time.value)
  }
  const interval = { start: times.start, end: times.end }
  const refused = checkDuration(interval)
  if (refused) return { ok: false, field: 'end', error: refused }
  return { ok: true, value: { ...interval, day: date.value } }
}

/**
 * The Persian refusal of a span whose end is not after its start or which lasts longer than
 * MAX_DURATION_MINUTES, or null when it is fine. For spans that arrive as instants (REST,
 * GraphQL) rather than typed text.
 */
export function checkDuration(interval: Interval): string | null {
  const ms = interval.end.getTime() - interval.start.getTime()
  if (!(ms > 0)) return msg.endNotAfterStart
  if (ms > MAX_DURATION_MINUTES * 60_000) return msg.tooLong(MAX_DURATION_MINUTES / 60)
  return null
}

/** An Interval from stored or posted timestamps; throws RangeError on a non-ISO value. */
export function toInterval(span: { start: Timestamp; end: Timestamp }): Interval {
  return { start: toInstant(span.start), end: toInstant(span.end) }
}

/** Whether two half-open spans share any instant (touching ends do not overlap). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime()
}

/** The Jalali day (Tehran) a span starts on. */
export function dayOf(interval: Interval): JalaliDate {
  return jalaliDateOf(interval.start)
}
