// The Jalali week (Saturday to Friday, as Iranian weeks run) and the grouping of meetings and
// appointments into days, for the admin's week and day views and GET /api/schedule. Pure.
import {
  addDays,
  isHoliday,
  jalaliWeekday,
  tehranDayRange,
  type HolidayTable,
  type JalaliDate,
  type Weekday,
} from '../jalali'
import { FRIDAY } from './officeHours'
import { overlaps, toInterval, type Interval } from './when'

const DAY_MS = 86_400_000

/** One Tehran day: its half-open UTC range, weekday (0 = Saturday) and holiday, if any. */
export type ScheduleDay = Interval & {
  date: JalaliDate
  weekday: Weekday
  /** The holiday's name (several joined with «، »), or null. */
  holiday: string | null
  /** A Friday or a holiday. */
  closed: boolean
}

/** Anything with a start and end instant (Date or ISO with a zone): a meeting, an appointment. */
export type Scheduled = { start: Date | string; end: Date | string }

export type DayWithItems<T> = ScheduleDay & { items: T[] }

/** The Saturday that starts the Jalali week containing `day`. */
export function weekStart(day: JalaliDate): JalaliDate {
  return addDays(day, -jalaliWeekday(day))
}

/** A Tehran day as a ScheduleDay, its holiday read from the app's table. */
export function scheduleDay(date: JalaliDate, holidays: HolidayTable): ScheduleDay {
  const { start, end } = tehranDayRange(date)
  const weekday = jalaliWeekday(date)
  const holiday = isHoliday(date, holidays)
  return { date, weekday, start, end, holiday, closed: weekday === FRIDAY || holiday !== null }
}

/** The seven days, Saturday to Friday, of the week containing `day`. */
export function weekOf(day: JalaliDate, holidays: HolidayTable): ScheduleDay[] {
  const saturday = weekStart(day)
  return daysBetween(saturday, addDays(saturday, 6), holidays)
}

/**
 * The days from `from` to `to`, both included, for a schedule over any period
 * (GET /api/schedule?from=&to=). Throws RangeError when `to` is before `from` or the period is
 * longer than `maxDays` (the caller refuses such input in Persian first).
 */
export function daysBetween(from: JalaliDate, to: JalaliDate, holidays: HolidayTable, maxDays = 366): ScheduleDay[] {
  const count = Math.round((tehranDayRange(to).start.getTime() - tehranDayRange(from).start.getTime()) / DAY_MS) + 1
  if (count < 1) throw new RangeError('The period ends before it starts')
  if (count > maxDays) throw new RangeError(`The period is longer than ${maxDays} days`)
  return Array.from({ length: count }, (_, i) => scheduleDay(addDays(from, i), holidays))
}

/** The UTC range [Saturday 00:00, next Saturday 00:00) Tehran of the week containing `day`. */
export function weekRange(day: JalaliDate): Interval {
  const saturday = weekStart(day)
  return { start: tehranDayRange(saturday).start, end: tehranDayRange(addDays(saturday, 6)).end }
}

/**
 * Items placed in each day they overlap (a span over midnight shows on both days), each day's
 * items sorted by start, then end; items outside the days are left out. Throws RangeError on
 * an item whose start or end is not a timestamp.
 */
export function groupByDay<T extends Scheduled>(days: readonly ScheduleDay[], items: readonly T[]): DayWithItems<T>[] {
  const spans = items
    .map((item) => ({ item, span: toInterval(item) }))
    .sort((a, b) => a.span.start.getTime() - b.span.start.getTime() || a.span.end.getTime() - b.span.end.getTime())
  return days.map((day) => ({ ...day, items: spans.filter(({ span }) => overlaps(span, day)).map(({ item }) => item) }))
}

/** The week view: the seven days of the week containing `day`, with their items. */
export function weekView<T extends Scheduled>(day: JalaliDate, holidays: HolidayTable, items: readonly T[]): DayWithItems<T>[] {
  return groupByDay(weekOf(day, holidays), items)
}

/** The day view: one day with its items. */
export function dayView<T extends Scheduled>(day: JalaliDate, holidays: HolidayTable, items: readonly T[]): DayWithItems<T> {
  return groupByDay([scheduleDay(day, holidays)], items)[0]!
}
