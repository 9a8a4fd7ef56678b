import { sql } from '@payloadcms/db-postgres'
import type { FieldAccess } from 'payload'

import { idOf } from '../lib/compare'
import { executeOnRequest } from '../server/sqlOnRequest'
import { contentReadableNow } from './readableNow'

/**
 * Read access to what a mail says (its subject, text and HTML), a copy of the paper it is
 * about: a referral's mail is read only by those who may read that paper's content as it is
 * now (a referral's recipient keeps it through the referral's grant until it is recalled; a
 * paper raised above a reader's clearance takes its mails with it). Mails about no single
 * paper (digests, overdue lists) name classified papers by number and level only.
 */
export const readMailContent: FieldAccess = async ({ req, doc }) => {
  if (!req.user || req.user.active === false) return false
  const referral = idOf((doc as { referral?: unknown } | undefined)?.referral)
  if (!doc || referral === null) return true
  const found = await executeOnRequest(req, sql`SELECT letters_id FROM referrals_rels WHERE parent_id = ${referral} AND path = 'record' AND letters_id IS NOT NULL LIMIT 1`)
  const letter = found?.rows[0]?.letters_id
  if (letter === undefined || letter === null) return true
  return (await contentReadableNow(req, 'letters', letter)) !== false
}
