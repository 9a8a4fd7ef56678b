// Working-day arithmetic for referral deadlines. Everything is driven by the holiday table
// and the work week passed in: lunar holidays change every year and offices differ on
// whether Thursday is worked, so nothing here is hard-coded.
import { isLeapJalaaliYear } from 'jalaali-js'
import { parseJalaliDate } from './parse'
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './calendar'
import { HOLIDAY_NAME_SEPARATOR } from './messages'
import type { JalaliDate } from './types'

/** A holiday on the same Jalali month/day every year (solar holidays). */
export type FixedHoliday = { month: number; day: number; name: string; leapYearsOnly?: boolean }
/** A one-off holiday on a given Jalali date (`1405/01/14`, any digits), e.g. lunar ones. */
export type DatedHoliday = { date: string; name: string }
export type HolidayTable = { fixed: readonly FixedHoliday[]; dates: readonly DatedHoliday[] }
/** Weekdays the office is closed, 0 = Saturday … 6 = Friday. */
export type WorkWeek = { weekend: readonly number[] }

export const DEFAULT_WORK_WEEK: WorkWeek = { weekend: [6] }

// A run of closed days longer than this means a broken table, not a long holiday.
const MAX_CLOSED_RUN = 400

type CompiledTable = {
  fixed: Map<string, { name: string; leapYearsOnly: boolean }[]>
  dates: Map<number, string[]>
}
// Tables are treated as immutable values; compiling once keeps long ranges cheap.
const compiled = new WeakMap<HolidayTable, CompiledTable>()

function compile(table: HolidayTable): CompiledTable {
  const hit = compiled.get(table)
  if (hit) return hit
  const fixed: CompiledTable['fixed'] = new Map()
  for (const h of table.fixed) {
    const key = `${h.month}/${h.day}`
    const entry = { name: h.name, leapYearsOnly: h.leapYearsOnly === true }
    fixed.set(key, [...(fixed.get(key) ?? []), entry])
  }
  const dates: CompiledTable['dates'] = new Map()
  for (const h of table.dates) {
    // Same parser as user input, so the table may use any digits and separators.
    const parsed = parseJalaliDate(h.date)
    if (!parsed.ok) throw new Error(`Invalid holiday date "${h.date}": ${parsed.error}`)
    const key = toDayNumber(parsed.value)
    dates.set(key, [...(dates.get(key) ?? []), h.name])
  }
  const result = { fixed, dates }
  compiled.set(table, result)
  return result
}

function holidayNames(d: JalaliDate, dayNumber: number, table: HolidayTable): string[] {
  const c = compile(table)
  const fixed = (c.fixed.get(`${d.jm}/${d.jd}`) ?? [])
    .filter((h) => !h.leapYearsOnly || isLeapJalaaliYear(d.jy))
    .map((h) => h.name)
  return [...(c.dates.get(dayNumber) ?? []), ...fixed]
}

/** The holiday's name (several joined with «، »), or null on an ordinary day. */
export function isHoliday(d: JalaliDate, table: HolidayTable): string | null {
  const names = holidayNames(d, toDayNumber(d), table)
  return names.length ? [...new Set(names)].join(HOLIDAY_NAME_SEPARATOR) : null
}

export function isWorkingDay(
  d: JalaliDate,
  table: HolidayTable,
  week: WorkWeek = DEFAULT_WORK_WEEK,
): boolean {
  return isWorkingDayNumber(toDayNumber(d), table, week)
}

/**
 * The day `n` working days after `from`: counting starts on the day after `from`, so
 * `from` itself never counts (a letter referred on Friday with 1 day is due Saturday).
 * `n = 0` gives `from` if it is a working day, else the next working day.
 */
export function addWorkingDays(
  from: JalaliDate,
  n: number,
  table: HolidayTable,
  week: WorkWeek = DEFAULT_WORK_WEEK,
): JalaliDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0: ${n}`)
  assertWorkWeek(week)
  let day = toDayNumber(from)
  let closedRun = 0
  const step = () => {
    day += 1
    if (isWorkingDayNumber(day, table, week)) {
      closedRun = 0
      return true
    }
    if (++closedRun > MAX_CLOSED_RUN) throw new Error('Holiday table leaves no working days')
    return false
  }
  if (n === 0) {
    if (isWorkingDayNumber(day, table, week)) return fromDayNumber(day)
    while (!step());
    return fromDayNumber(day)
  }
  for (let counted = 0; counted < n; ) if (step()) counted++
  return fromDayNumber(day)
}

/**
 * Working days in (a, b]: after `a`, up to and including `b`, so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for n ≥ 1. Negative when b is before a
 * (e.g. how many working days a deadline is overdue: `workingDaysBetween(deadline, today)`).
 */
export function workingDaysBetween(
  a: JalaliDate,
  b: JalaliDate,
  table: HolidayTable,
  week: WorkWeek = DEFAULT_WORK_WEEK,
): number {
  const from = toDayNumber(a)
  const to = toDayNumber(b)
  if (from > to) return -workingDaysBetween(b, a, table, week)
  let count = 0
  for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day, table, week)) count++
  return count
}

function isWorkingDayNumber(day: number, table: HolidayTable, week: WorkWeek): boolean {
  if (week.weekend.includes(weekdayOfDayNumber(day))) return false
  return holidayNames(fromDayNumber(day), day, table).length === 0
}

function assertWorkWeek(week: WorkWeek): void {
  if ([0, 1, 2, 3, 4, 5, 6].every((w) => week.weekend.includes(w))) {
    throw new RangeError('The work week has no working day')
  }
}
