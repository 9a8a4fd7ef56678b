// Day arithmetic on Jalali dates. A day is addressed by its "day number" (days since
// 1970-01-01 of the proleptic Gregorian calendar), which makes stepping and comparing trivial.
import { isLeapJalaaliYear, isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js'
import type { JalaliDate, Weekday } from './types'

const DAY_MS = 86_400_000

export function isValidJalaliDate(d: JalaliDate): boolean {
  return (
    Number.isInteger(d.jy) &&
    Number.isInteger(d.jm) &&
    Number.isInteger(d.jd) &&
    isValidJalaaliDate(d.jy, d.jm, d.jd)
  )
}

export function isLeapJalaliYear(jy: number): boolean {
  return isLeapJalaaliYear(jy)
}

/** Throws on an impossible date: a programming error, not user input (use parseJalaliDate). */
export function assertValidJalaliDate(d: JalaliDate): void {
  if (!isValidJalaliDate(d)) {
    throw new RangeError(`Invalid Jalali date ${d.jy}/${d.jm}/${d.jd}`)
  }
}

export function toDayNumber(d: JalaliDate): number {
  assertValidJalaliDate(d)
  const { gy, gm, gd } = toGregorian(d.jy, d.jm, d.jd)
  return Date.UTC(gy, gm - 1, gd) / DAY_MS
}

export function fromDayNumber(n: number): JalaliDate {
  const g = new Date(n * DAY_MS)
  return toJalaali(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate())
}

/** 1970-01-01 was a Thursday, which is 5 in the Saturday-first week. */
export function weekdayOfDayNumber(n: number): Weekday {
  return ((((n + 5) % 7) + 7) % 7) as Weekday
}

export function jalaliWeekday(d: JalaliDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(d))
}

export function addDays(d: JalaliDate, n: number): JalaliDate {
  return fromDayNumber(toDayNumber(d) + n)
}

/** Negative if a is before b, 0 if the same day, positive if after. */
export function compareJalaliDates(a: JalaliDate, b: JalaliDate): number {
  return a.jy - b.jy || a.jm - b.jm || a.jd - b.jd
}
