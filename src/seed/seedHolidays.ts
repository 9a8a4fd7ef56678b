import type { Payload, PayloadRequest } from 'payload'

import { HolidayDataError, holidaySeeds } from '../lib/holidays'
import { jalaliToUtc, parseJalaliDate } from '../lib/jalali'
import { SeedError } from './SeedError'
import { emptyTally, type SeedTally } from './tally'

/**
 * Loads the holidays of data/iran-holidays.json (with the solar ones of the law for the years
 * listed for their lunar holidays only) into the `holidays` collection, keyed by `seedKey`. A
 * holiday already there is the office's own (the office chief may have moved it): a seed never
 * rewrites it, so a second run changes nothing.
 */
export async function seedHolidays(payload: Payload, data: unknown, solar: unknown, fileName: string, solarFileName: string, req: PayloadRequest): Promise<SeedTally> {
  let seeds
  try {
    seeds = holidaySeeds(data, solar, fileName, solarFileName)
  } catch (e) {
    if (e instanceof HolidayDataError) throw new SeedError(e.errors)
    throw e
  }
  const tally = emptyTally()
  const existing = await payload.find({ collection: 'holidays', where: { seedKey: { exists: true } }, pagination: false, depth: 0, req, select: { seedKey: true } })
  const known = new Set(existing.docs.map((d) => d.seedKey))
  for (const seed of seeds) {
    if (known.has(seed.seedKey)) {
      tally.unchanged++
      continue
    }
    const parsed = parseJalaliDate(seed.date)
    if (!parsed.ok) throw new SeedError([`${fileName}: ${seed.date}`])
    // Reference data loaded by the seed, a system action: no person is asking.
    await payload.create({
      collection: 'holidays',
      data: { date: jalaliToUtc(parsed.value, { hour: 0, minute: 0 }).toISOString(), name: seed.name, scope: seed.scope, source: seed.source, reason: seed.reason, seedKey: seed.seedKey },
      req,
      overrideAccess: true,
    })
    tally.created++
  }
  return tally
}
