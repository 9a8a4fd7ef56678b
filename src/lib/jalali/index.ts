export type {
  DigitStyle,
  JalaliDate,
  ParseResult,
  TehranParts,
  TimeOfDay,
  Timestamp,
  Weekday,
} from './types'
export {
  addDays,
  compareJalaliDates,
  isLeapJalaliYear,
  isValidJalaliDate,
  jalaliWeekday,
} from './calendar'
export {
  TEHRAN_OFFSET_MINUTES,
  jalaliDateOf,
  jalaliToUtc,
  jalaliYearOf,
  nowInTehran,
  tehranDayRange,
  tehranParts,
  toInstant,
} from './tehran'
export { formatJalaliDate, formatJalaliDateTime, type FormatOptions } from './format'
export { MAX_YEAR, MIN_YEAR, parseJalaliDate } from './parse'
export {
  DEFAULT_WORK_WEEK,
  addWorkingDays,
  isHoliday,
  isWorkingDay,
  workingDaysBetween,
  type DatedHoliday,
  type FixedHoliday,
  type HolidayTable,
  type WorkWeek,
} from './workingDays'
export { parseDayRange, rangeMessages, type DayRange } from './range'
export { MONTH_NAMES, WEEKDAY_NAMES, endOfDayMessages } from './messages'
export { displayJalali, inputToIso, jalaliHint, parseTimeOfDay, showsTimeOfDay, timeMessages, type DisplayedJalali, type InputResult } from './dateInput'
export { endOfJalaliDay, endOfJalaliText, endOfTehranDay } from './endOfDay'
