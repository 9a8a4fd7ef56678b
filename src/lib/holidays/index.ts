// The office's holidays as data: what the seed file says, checked, and the working-day table
// built from the stored records. Pure: the collection (src/collections/Holidays.ts) stores
// them, src/server/holidays.ts reads them for every working-day rule.
import { parseJalaliDate, type DatedHoliday, type HolidayTable, type JalaliDate } from '../jalali'
import { HOLIDAY_MESSAGES } from './messages'

export { HOLIDAY_MESSAGES, HOLIDAY_SCOPE_LABELS, HOLIDAY_SOURCE_LABELS } from './messages'
export { holidaySourceLabel } from './source'

export const HOLIDAY_SCOPES = ['national', 'province', 'county'] as const
export type HolidayScope = (typeof HOLIDAY_SCOPES)[number]

/** One holiday the seed writes (when no record with its `seedKey` exists yet). */
export interface HolidaySeed {
  /** Jalali date, `1404/04/14`. */
  date: string
  name: string
  scope: HolidayScope
  source: string
  reason: string
  /** Stable key of the seed entry, e.g. `iran-holidays:1404/04/14`: a second seed changes nothing. */
  seedKey: string
}

type YearEntry = { status?: unknown; dates?: unknown }
type SolarRule = { month?: unknown; day?: unknown; name?: unknown }

/**
 * The holidays of `data/iran-holidays.json` (`years.<year>.dates[] = { jalali, occasion }`,
 * `sources[]`, `caveats[]`) as seeds. A year whose `status` is `official` is taken as listed. A
 * year listed for its lunar holidays only (`lunar-only`, `provisional-lunar-only`) gets the
 * fixed solar holidays of the law (`solar.rules`, data/solar-holidays.json) added, except on days
 * the list already closes. Throws a list of Persian messages naming the bad entry.
 */
export function holidaySeeds(data: unknown, solar: unknown, fileName: string, solarFileName: string): HolidaySeed[] {
  const errors: string[] = []
  const years = (data as { years?: Record<string, YearEntry> })?.years
  const sources = (data as { sources?: unknown })?.sources
  const rules = (solar as { rules?: SolarRule[] })?.rules
  const solarSource = (solar as { source?: unknown })?.source
  if (!years || typeof years !== 'object') errors.push(HOLIDAY_MESSAGES.seedNoYears(fileName))
  if (!Array.isArray(rules) || typeof solarSource !== 'string') errors.push(HOLIDAY_MESSAGES.seedNoRules(solarFileName))
  if (errors.length) throw new HolidayDataError(errors)
  const source = Array.isArray(sources) ? sources.filter((s) => typeof s === 'string').join('؛ ') : ''
  const seeds: HolidaySeed[] = []
  for (const [year, entry] of Object.entries(years!)) {
    const status = String(entry?.status ?? '')
    if (!Array.isArray(entry?.dates)) {
      errors.push(HOLIDAY_MESSAGES.seedBadYear(fileName, year))
      continue
    }
    const listed = new Set<string>()
    entry.dates.forEach((d: { jalali?: unknown; occasion?: unknown }, i: number) => {
      const parsed = typeof d?.jalali === 'string' ? parseJalaliDate(d.jalali) : null
      if (!parsed?.ok || parsed.value.jy !== Number(year) || typeof d.occasion !== 'string' || !d.occasion.trim()) {
        errors.push(HOLIDAY_MESSAGES.seedBadEntry(fileName, `years.${year}.dates[${i}]`))
        return
      }
      const date = keyOf(parsed.value)
      listed.add(date)
      seeds.push({ date, name: d.occasion.trim(), scope: 'national', source: `${fileName}: ${source}`, reason: HOLIDAY_MESSAGES.statusReason(status), seedKey: `iran-holidays:${date}` })
    })
    if (status === 'official') continue
    for (const [i, rule] of rules!.entries()) {
      const parsed = parseJalaliDate(`${year}/${String(rule?.month)}/${String(rule?.day)}`)
      if (!parsed.ok || typeof rule.name !== 'string') {
        errors.push(HOLIDAY_MESSAGES.seedBadEntry(solarFileName, `rules[${i}]`))
        continue
      }
      const date = keyOf(parsed.value)
      if (listed.has(date)) continue
      seeds.push({ date, name: rule.name, scope: 'national', source: `${solarFileName}: ${solarSource}`, reason: HOLIDAY_MESSAGES.solarReason, seedKey: `solar-law:${date}` })
    }
  }
  if (errors.length) throw new HolidayDataError(errors)
  return seeds
}

export class HolidayDataError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'))
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
/** `1404/04/14` (Latin digits, zero-padded). */
export const keyOf = (d: JalaliDate) => `${d.jy}/${pad(d.jm)}/${pad(d.jd)}`

/**
 * The working-day table of stored holidays (every scope: a province or county closure is
 * entered by the office chief because it closes this office), frozen: kept across requests
 * and never changed, only replaced (src/server/holidays.ts).
 */
export function holidayTableOf(rows: readonly { date: JalaliDate; name: string }[]): HolidayTable {
  const dates: DatedHoliday[] = rows.map((r) => Object.freeze({ date: keyOf(r.date), name: r.name }))
  return Object.freeze({ fixed: Object.freeze([]), dates: Object.freeze(dates) })
}
