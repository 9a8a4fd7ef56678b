import { readFileSync } from 'fs'
import path from 'path'

import { holidaySeeds, holidayTableOf } from '../../src/lib/holidays'
import { parseJalaliDate, type HolidayTable } from '../../src/lib/jalali'
import { repoRoot } from './seed'

const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, 'data', file), 'utf8')) as unknown

/** The seeds of data/iran-holidays.json and data/solar-holidays.json, as the seed writes them. */
export const seededHolidays = holidaySeeds(read('iran-holidays.json'), read('solar-holidays.json'), 'iran-holidays.json', 'solar-holidays.json')

/**
 * The table the app reads from the `holidays` collection right after `npm run seed`, for unit
 * tests of the working-day rules (the app itself never reads the data files for it).
 */
export const seededHolidayTable: HolidayTable = holidayTableOf(
  seededHolidays.map((s) => {
    const parsed = parseJalaliDate(s.date)
    if (!parsed.ok) throw new Error(s.date)
    return { date: parsed.value, name: s.name }
  }),
)
