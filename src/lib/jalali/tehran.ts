// Asia/Tehran is a fixed UTC+03:30 since Iran abolished daylight saving in 1402 (2022).
// Using the fixed offset instead of Intl keeps results identical on every server, whatever
// its time zone or ICU data. (Instants before 1402 that fell in the old summer time are off
// by one hour; the registry does not keep such timestamps.)
import { toGregorian, toJalaali } from 'jalaali-js'
import { assertValidJalaliDate } from './calendar'
import type { JalaliDate, TehranParts, TimeOfDay, Timestamp, Weekday } from './types'

export const TEHRAN_OFFSET_MINUTES = 210
const OFFSET_MS = TEHRAN_OFFSET_MINUTES * 60_000
const DAY_MS = 86_400_000

// Date-only, or date-time *with* a zone. A zone-less date-time would be read in the host's
// local zone by Date.parse, which is exactly the non-determinism this module avoids.
const ISO_RE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i

/** A Date for the instant; throws RangeError on an invalid Date or a non-ISO string. */
export function toInstant(at: Timestamp): Date {
  let ms: number
  if (at instanceof Date) {
    ms = at.getTime()
  } else if (typeof at === 'string' && ISO_RE.test(at.trim())) {
    ms = Date.parse(at.trim())
  } else {
    throw new RangeError(`Not an ISO timestamp with a time zone: ${String(at)}`)
  }
  if (Number.isNaN(ms)) throw new RangeError(`Invalid timestamp: ${String(at)}`)
  return new Date(ms)
}

/** The Jalali date, wall-clock time and Persian weekday of an instant in Tehran. */
export function tehranParts(at: Timestamp): TehranParts {
  // Shift the instant by the offset, then read it as if it were UTC.
  const wall = new Date(toInstant(at).getTime() + OFFSET_MS)
  const { jy, jm, jd } = toJalaali(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
  )
  return {
    jy,
    jm,
    jd,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    // getUTCDay: 0 = Sunday … 6 = Saturday; the Persian week starts on Saturday.
    weekday: ((wall.getUTCDay() + 1) % 7) as Weekday,
  }
}

export function jalaliDateOf(at: Timestamp): JalaliDate {
  const { jy, jm, jd } = tehranParts(at)
  return { jy, jm, jd }
}

/** The Jalali year an instant belongs to in Tehran (registry numbers restart each Nowruz). */
export function jalaliYearOf(at: Timestamp): number {
  return tehranParts(at).jy
}

export function nowInTehran(now: Date = new Date()): TehranParts {
  return tehranParts(now)
}

/** The UTC instant of a Tehran wall-clock time on a Jalali day. */
export function jalaliToUtc(d: JalaliDate, time: TimeOfDay = { hour: 0, minute: 0 }): Date {
  assertValidJalaliDate(d)
  const { hour, minute, second = 0 } = time
  if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) {
    throw new RangeError(`Invalid time of day ${hour}:${minute}:${second}`)
  }
  return new Date(utcMidnightOfTehranDay(d) + ((hour * 60 + minute) * 60 + second) * 1000)
}

/** Half-open [start, end) UTC range of a Tehran day, for "registered on date X" filters. */
export function tehranDayRange(d: JalaliDate): { start: Date; end: Date } {
  assertValidJalaliDate(d)
  const start = utcMidnightOfTehranDay(d)
  // No DST: every Tehran day is exactly 24 hours long.
  return { start: new Date(start), end: new Date(start + DAY_MS) }
}

function utcMidnightOfTehranDay(d: JalaliDate): number {
  const { gy, gm, gd } = toGregorian(d.jy, d.jm, d.jd)
  return Date.UTC(gy, gm - 1, gd) - OFFSET_MS
}

function inRange(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max
}
