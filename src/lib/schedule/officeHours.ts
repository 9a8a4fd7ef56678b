// The director's office hours (issue 14, «The director's appointments»): hours per weekday
// and a slot length; Fridays and holidays closed. Pure: the office-hours global stores the
// typed hours, the appointments hooks and GET /api/meetings/free-slots call these.
import {
  isHoliday,
  jalaliDateOf,
  jalaliWeekday,
  parseTimeOfDay,
  tehranDayRange,
  type HolidayTable,
  type JalaliDate,
} from '../jalali'
import { stripBidiMarks, toLatinDigits, toPersianDigits } from '../persian'
import { scheduleMessages as msg } from './messages'
import { checkDuration, overlaps, type Interval } from './when'

/** Friday in the Saturday-first week (src/lib/jalali Weekday): always closed. */
export const FRIDAY = 6
const DAY_MINUTES = 24 * 60
const MINUTE_MS = 60_000
export const MIN_SLOT_MINUTES = 5
export const MAX_SLOT_MINUTES = 240

/** Opening hours of part of a day, in minutes after Tehran midnight: open < close ≤ 1440. */
export type HoursRange = { open: number; close: number }

/**
 * The office's hours: `days[w]` are the ranges of weekday w (0 = Saturday … 6 = Friday, as
 * src/lib/jalali numbers them), sorted and not overlapping; an empty list means closed (a
 * morning and an afternoon range allow a break). `slotMinutes` is an appointment slot's length.
 */
export type OfficeHours = { days: readonly (readonly HoursRange[])[]; slotMinutes: number }

/** One row as the office chief types it: a weekday (0 = Saturday) and `۰۸:۰۰`–`۱۴:۰۰`. */
export type TypedHours = { weekday: number; open: string; close: string }

export type OfficeHoursResult = { ok: true; value: OfficeHours } | { ok: false; error: string }

/**
 * Office hours from typed rows (any digits). Refused in Persian: a missing or invalid time,
 * a close not after its open, overlapping rows of one weekday, hours on Friday, a slot length
 * that is not a whole number of minutes in [MIN_SLOT_MINUTES, MAX_SLOT_MINUTES]. A weekday
 * outside 0…6 is a programming error (RangeError).
 */
export function officeHoursOf(rows: readonly TypedHours[], slotMinutes: number): OfficeHoursResult {
  if (!Number.isInteger(slotMinutes) || slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
    return { ok: false, error: msg.slotLength(MIN_SLOT_MINUTES, MAX_SLOT_MINUTES) }
  }
  const days: HoursRange[][] = [[], [], [], [], [], [], []]
  for (const row of rows) {
    if (!Number.isInteger(row.weekday) || row.weekday < 0 || row.weekday > 6) throw new RangeError(`weekday must be 0…6: ${row.weekday}`)
    if (row.weekday === FRIDAY) return { ok: false, error: msg.fridayHours }
    const ends: number[] = []
    for (const [which, text] of [['start', row.open], ['end', row.close]] as const) {
      if (toLatinDigits(stripBidiMarks(text ?? '')).trim() === '') return { ok: false, error: msg.timeMissing(which) }
      const t = parseTimeOfDay(text)
      if (!t.ok) return { ok: false, error: msg.badTime(which, t.error) }
      ends.push(t.value.hour * 60 + t.value.minute)
    }
    const [open, close] = ends as [number, number]
    if (close <= open) return { ok: false, error: msg.hoursShape(row.weekday) }
    days[row.weekday]!.push({ open, close })
  }
  for (const [weekday, ranges] of days.entries()) {
    ranges.sort((a, b) => a.open - b.open)
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i]!.open < ranges[i - 1]!.close) return { ok: false, error: msg.hoursOverlap(weekday) }
    }
  }
  return { ok: true, value: { days, slotMinutes } }
}

/**
 * Why the office is closed on a Jalali day, in Persian, or null when it is open: a Friday; a
 * holiday of the app's table (src/server/holidays.ts holidayTable: national, province and
 * county closures alike, since the office chief records a local closure because it closes
 * this office); a weekday with no hours.
 */
export function closedReason(day: JalaliDate, hours: OfficeHours, holidays: HolidayTable): string | null {
  const weekday = jalaliWeekday(day)
  if (weekday === FRIDAY) return msg.friday
  const holiday = isHoliday(day, holidays)
  if (holiday) return msg.holiday(holiday)
  if (!(hours.days[weekday]?.length)) return msg.closedWeekday(weekday)
  return null
}

/**
 * The free slots of a Jalali day: consecutive `slotMinutes` slots from each range's opening
 * that end by its closing, less those overlapping any `busy` span (the meetings and
 * appointments of the people and room asked about; touching is not overlapping). None on a
 * closed day (closedReason). Sorted by start; half-open UTC intervals.
 */
export function slotsOfDay(
  day: JalaliDate,
  hours: OfficeHours,
  holidays: HolidayTable,
  busy: readonly Interval[],
): Interval[] {
  if (closedReason(day, hours, holidays)) return []
  const midnight = tehranDayRange(day).start.getTime()
  const slots: Interval[] = []
  for (const range of hours.days[jalaliWeekday(day)] ?? []) {
    for (let m = range.open; m + hours.slotMinutes <= range.close; m += hours.slotMinutes) {
      const slot = { start: new Date(midnight + m * MINUTE_MS), end: new Date(midnight + (m + hours.slotMinutes) * MINUTE_MS) }
      if (!busy.some((b) => overlaps(slot, b))) slots.push(slot)
    }
  }
  return slots
}

export type FitResult = { ok: true } | { ok: false; error: string }

/**
 * Whether a span lies inside the office hours of its (Tehran) day, wholly within one range.
 * Refused in Persian: an end not after the start or a span over 12 hours (checkDuration), a
 * Friday, a holiday (named), a weekday without hours, a span crossing midnight, or outside
 * the hours (which are named).
 */
export function fitsOfficeHours(interval: Interval, hours: OfficeHours, holidays: HolidayTable): FitResult {
  const bad = checkDuration(interval)
  if (bad) return { ok: false, error: bad }
  const day = jalaliDateOf(interval.start)
  const closed = closedReason(day, hours, holidays)
  if (closed) return { ok: false, error: closed }
  const midnight = tehranDayRange(day).start.getTime()
  const from = (interval.start.getTime() - midnight) / MINUTE_MS
  const to = (interval.end.getTime() - midnight) / MINUTE_MS
  if (to > DAY_MINUTES) return { ok: false, error: msg.spansDays }
  const ranges = hours.days[jalaliWeekday(day)] ?? []
  if (ranges.some((r) => r.open <= from && to <= r.close)) return { ok: true }
  return { ok: false, error: msg.outsideHours(formatRanges(ranges)) }
}

/** `۰۸:۰۰ تا ۱۲:۰۰، ۱۳:۰۰ تا ۱۵:۰۰` */
export function formatRanges(ranges: readonly HoursRange[]): string {
  const hm = (m: number) => toPersianDigits(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`)
  return ranges.map((r) => msg.hoursRange(hm(r.open), hm(r.close))).join(msg.rangeSeparator)
}
