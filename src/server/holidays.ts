import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { holidayTableOf } from '../lib/holidays'
import { jalaliDateOf, type HolidayTable } from '../lib/jalali'
import { executeOnRequest } from './sqlOnRequest'

/**
 * The last table read, with the stamp of the rows it was read from. Frozen data, replaced
 * whole and never changed (immutable caches rule), so a request can keep using a table while
 * another replaces the cache.
 */
let cached: { stamp: string; table: HolidayTable } | null = null

/**
 * The working-day table of the `holidays` collection as the request sees it (its own
 * transaction included, so a holiday just saved counts for the deadlines it moves). Each call
 * asks for the rows' stamp (how many, last change) and reads the rows only when it differs from
 * the cached table's: one small query a request in the usual case. Every working-day rule of
 * the app reads holidays here (referral deadlines, the morning jobs, the digest window).
 */
export async function holidayTable(req: PayloadRequest): Promise<HolidayTable> {
  const [stampRow] = (await executeOnRequest(req, sql`SELECT count(*)::text || '@' || coalesce(max(updated_at)::text, '') AS stamp FROM holidays`))?.rows ?? []
  const stamp = String(stampRow?.stamp ?? '')
  if (cached && cached.stamp === stamp) return cached.table
  const rows = (await executeOnRequest(req, sql`SELECT date, name FROM holidays ORDER BY date, id`))?.rows ?? []
  const table = holidayTableOf(rows.map((r) => ({ date: jalaliDateOf(new Date(r.date as string)), name: String(r.name) })))
  cached = Object.freeze({ stamp, table })
  return table
}
