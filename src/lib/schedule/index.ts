// Scheduling of meetings and the director's appointments (issue 14): pure, no Payload.
export { scheduleMessages } from './messages'
export {
  MAX_DURATION_MINUTES,
  checkDuration,
  dayOf,
  overlaps,
  parseWhen,
  toInterval,
  type Interval,
  type WhenField,
  type WhenResult,
  type WhenText,
} from './when'
export {
  FRIDAY,
  MAX_SLOT_MINUTES,
  MIN_SLOT_MINUTES,
  closedReason,
  fitsOfficeHours,
  formatRanges,
  officeHoursOf,
  slotsOfDay,
  type FitResult,
  type HoursRange,
  type OfficeHours,
  type OfficeHoursResult,
  type TypedHours,
} from './officeHours'
export {
  dayView,
  daysBetween,
  groupByDay,
  scheduleDay,
  weekOf,
  weekRange,
  weekStart,
  weekView,
  type DayWithItems,
  type ScheduleDay,
  type Scheduled,
} from './week'
