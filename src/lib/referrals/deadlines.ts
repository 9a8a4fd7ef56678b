// Deadlines of referrals, counted in Jalali working days on the Tehran calendar. Overdue is
// derived from the deadline and `now` on every read, never stored, so it cannot go stale.
import {
  DEFAULT_WORK_WEEK,
  addWorkingDays,
  jalaliDateOf,
  tehranDayRange,
  toInstant,
  workingDaysBetween,
  type HolidayTable,
  type Timestamp,
  type WorkWeek,
} from '../jalali'
import type { Urgency } from '../letters/options'
import { isOpenState, type State } from './states'

export type { Urgency }

/** Working days allowed per urgency; 0 = the referral day (or the next working day). */
export const DEFAULT_DEADLINE_DAYS: Record<Urgency, number> = {
  immediate: 0,
  'very-urgent': 1,
  urgent: 3,
  normal: 7,
}

/** `holidays`: the office's table, read by the server from the `holidays` collection (src/server/holidays.ts). */
export type CalendarOptions = { holidays: HolidayTable; week?: WorkWeek }
export type DeadlineOptions = CalendarOptions & { days?: Partial<Record<Urgency, number>> }

/**
 * The deadline as a UTC ISO timestamp: the last millisecond (23:59:59.999 Tehran time) of the
 * working day due. A string `referredAt` must carry its zone (see `toInstant`).
 */
export function defaultDeadline(
  urgency: Urgency,
  referredAt: Timestamp,
  opts: DeadlineOptions,
): string {
  const days = opts.days?.[urgency] ?? DEFAULT_DEADLINE_DAYS[urgency]
  // The referral day is the Tehran day, not the UTC one: after 20:30 UTC it is already tomorrow.
  const due = addWorkingDays(
    jalaliDateOf(referredAt),
    days,
    opts.holidays,
    opts.week ?? DEFAULT_WORK_WEEK,
  )
  return new Date(tehranDayRange(due).end.getTime() - 1).toISOString()
}

export type Deadlined = { state: State; deadline?: Timestamp | null }

/** Open and past its deadline; a referral due today becomes overdue only when the day ends. */
export function isOverdue(referral: Deadlined, now: Date): boolean {
  if (!isOpenState(referral.state) || referral.deadline == null) return false
  return now.getTime() > toInstant(referral.deadline).getTime()
}

/**
 * Working days overdue, as `workingDaysBetween(due day, today)`: 0 when not overdue, and also
 * while only closed days (a Friday, a holiday) have passed since the due day.
 */
export function overdueDays(referral: Deadlined, now: Date, opts: CalendarOptions): number {
  if (!isOverdue(referral, now)) return 0
  return workingDaysBetween(
    jalaliDateOf(referral.deadline as Timestamp),
    jalaliDateOf(now),
    opts.holidays,
    opts.week ?? DEFAULT_WORK_WEEK,
  )
}
