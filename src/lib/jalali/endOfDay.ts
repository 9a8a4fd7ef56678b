// A deadline given as a day means the whole of that working day in Tehran: its last millisecond
// (23:59:59.999 Tehran, 20:29:59.999 UTC), as the automatically counted deadline already is
// (src/lib/referrals/deadlines.ts). Storing 00:00 of the day would make a referral overdue a day
// early. Pure; the field helper src/fields/jalaliDate.ts (`endOfDay`) applies it on every door.
import { parseJalaliDate } from './parse'
import { jalaliDateOf, tehranDayRange, toInstant } from './tehran'
import type { JalaliDate, Timestamp } from './types'

/** The last millisecond of a Jalali day in Tehran, as a UTC ISO string. */
export function endOfJalaliDay(d: JalaliDate): string {
  return new Date(tehranDayRange(d).end.getTime() - 1).toISOString()
}

/**
 * The last millisecond of the Tehran day an instant falls on, as a UTC ISO string. A date-only
 * ISO string (`2026-11-30`) is that Gregorian day (its UTC midnight is 03:30 the same day in
 * Tehran); 00:00 Tehran (what a day-only picker sends) is the day it starts; an instant already at
 * the day's end is returned unchanged. Throws RangeError on a value that is not an ISO timestamp.
 */
export function endOfTehranDay(at: Timestamp): string {
  return endOfJalaliDay(jalaliDateOf(toInstant(at)))
}

/**
 * A Jalali date typed as text («۱۴۰۵/۰۹/۱۰», Persian or Latin digits) read as the end of that
 * day; `{ ok: false, error }` carries the parser's Persian reason.
 */
export function endOfJalaliText(text: string): { ok: true; iso: string } | { ok: false; error: string } {
  const parsed = parseJalaliDate(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  return { ok: true, iso: endOfJalaliDay(parsed.value) }
}
