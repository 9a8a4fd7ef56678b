import { addDays, isWorkingDay, jalaliToUtc, type HolidayTable, type JalaliDate } from '../jalali'

/** The digest goes out at this hour, Tehran time, on working days. */
export const DIGEST_TIME = { hour: 7, minute: 0 }

/** The working day before `d` (weekends and holidays skipped). */
export function previousWorkingDay(d: JalaliDate, holidays: HolidayTable): JalaliDate {
  let day = addDays(d, -1)
  for (let i = 0; i < 60 && !isWorkingDay(day, holidays); i++) day = addDays(day, -1)
  return day
}

/**
 * What a digest of day `d` calls new: from the previous working day's digest time to `d`'s
 * (or to `now`, when asked for on `d` itself after the digest time), so that together the
 * working days' digests miss nothing registered over a weekend or a holiday.
 */
export function digestWindow(d: JalaliDate, holidays: HolidayTable, now: Date = new Date()): { from: Date; to: Date } {
  const from = jalaliToUtc(previousWorkingDay(d, holidays), DIGEST_TIME)
  const at = jalaliToUtc(d, DIGEST_TIME)
  const endOfDay = jalaliToUtc(addDays(d, 1), DIGEST_TIME)
  const to = now > at && now < endOfDay ? now : at
  return { from, to }
}
