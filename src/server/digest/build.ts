import type { PayloadRequest } from 'payload'

import { digestWindow, type Digest } from '../../lib/digest'
import { formatJalaliDate, type JalaliDate } from '../../lib/jalali'
import { holidayTable } from '../holidays'
import { digestSpecsOf } from './types'

/** The digest of Jalali day `day` for the request's user: every declared section, in order. */
export async function buildDigest(req: PayloadRequest, day: JalaliDate, now: Date = new Date()): Promise<Digest> {
  const { from, to } = digestWindow(day, await holidayTable(req), now)
  const specs = req.payload.config.collections.flatMap((c) => digestSpecsOf(c)).sort((a, b) => a.order - b.order)
  const sections = []
  for (const spec of specs) {
    const section = await spec.build({ req, from, to, now })
    if (section) sections.push(section)
  }
  return { dateJalali: formatJalaliDate(day), from: from.toISOString(), to: to.toISOString(), sections }
}
