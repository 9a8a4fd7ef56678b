// Where a holiday came from, as people read it. The seed stores the provenance of the
// reference data as written in data/ («iran-holidays.json: Calendar Center of …»): that text is
// the record, and stays. People read a Persian description of the same sources.
import { HOLIDAY_SOURCE_LABELS } from './messages'

/** The file name the seed puts before a source (src/lib/holidays/index.ts holidaySeeds). */
const SEED_FILES: Record<string, { short: string; full: string }> = {
  'iran-holidays.json': HOLIDAY_SOURCE_LABELS.officialCalendar,
  'solar-holidays.json': HOLIDAY_SOURCE_LABELS.solarLaw,
}

/**
 * The Persian description of a holiday's stored source: the seed's reference files by name;
 * anything else (a source the office typed) as it is. Null for no source.
 */
export function holidaySourceLabel(source: unknown, length: 'short' | 'full' = 'full'): string | null {
  if (typeof source !== 'string' || source.trim() === '') return null
  const file = /^([^\s:]+\.json):\s/.exec(source)?.[1]
  const known = file ? SEED_FILES[file] : undefined
  return known ? known[length] : source
}
