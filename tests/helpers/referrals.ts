import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Time passing for a referral: its deadline (and its kartabl rows') moved `days` into the past,
 * as if it had been sent with a deadline that has since gone by. A deadline already past cannot
 * be given (prepareReferral refuses it), so overdue referrals are made this way in tests.
 */
export async function passDeadline(payload: Payload, referralId: number, days: number): Promise<string> {
  return moveDeadline(payload, referralId, new Date(Date.now() - days * 86_400_000).toISOString())
}

/** The same, to a given instant `at` (ISO, UTC): a deadline as it stood on a day now past. */
export async function moveDeadline(payload: Payload, referralId: number, at: string): Promise<string> {
  await payload.db.drizzle.execute(sql`UPDATE referrals SET deadline = ${at}, deadline_by_default = false WHERE id = ${referralId}`)
  await payload.db.drizzle.execute(sql`UPDATE referral_inbox SET deadline = ${at} WHERE referral_id = ${referralId}`)
  return at
}
