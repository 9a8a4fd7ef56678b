import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { raceMessages } from '../../../lib/races/messages'
import type { State } from '../../../lib/referrals'
import { refuseRepeatedMove } from '../../../server/repeatedMove'
import { lockBeforeWrite, lockRow } from '../../../server/rowLock'
import { executeOnRequest } from '../../../server/sqlOnRequest'

/**
 * Locks the letter a referral carries. A referral's move rewrites its letter's archived flag
 * (src/server/archive.ts) and a letter's filing rewrites its referrals' kartabl rows: taking the
 * letter first, as letters' own updates do, keeps the two from waiting on each other.
 */
export async function lockLetterOf(req: PayloadRequest, referralId: number | string): Promise<void> {
  const found = await executeOnRequest(req, sql`SELECT letters_id FROM referrals_rels WHERE parent_id = ${referralId} AND path = 'record' AND letters_id IS NOT NULL`)
  const letterId = found?.rows[0]?.letters_id
  if (letterId !== undefined && letterId !== null) await lockRow(req, 'letters', letterId as number)
}

/** beforeOperation: a referral's update locks its letter, then the referral, before reading it. */
export const lockReferral = lockBeforeWrite('referrals', lockLetterOf)

/**
 * A move that has already happened (the referral is in the state asked for, nothing else would
 * change) is a 409 naming the state. Opening a referral (markSeen) is exempt: opening it twice
 * is never an error.
 */
export const refuseRepeatedReferralMove = refuseRepeatedMove('referrals', (original, data, unchanged, req) =>
  !req.context.dabirMarkingSeen && original.state !== 'draft' && data.state === original.state && unchanged
    ? { message: raceMessages.referralAlreadyIn(original.state as State), action: 'update' }
    : null,
)
