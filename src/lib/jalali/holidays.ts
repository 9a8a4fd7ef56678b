// The default table: fixed solar official holidays only. Lunar holidays move every year and
// are added per year to `dates` in data/holidays.json (or a table of the caller's own).
import holidays from '../../../data/holidays.json'
import type { HolidayTable } from './workingDays'

export const defaultHolidays: HolidayTable = holidays
