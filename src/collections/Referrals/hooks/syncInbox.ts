import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { recomputeArchived } from '../../../server/archive'
import { executeOnRequest } from '../../../server/sqlOnRequest'

/** Keeps the kartabl's rows (referral_inbox) in step with the referral, on its transaction. */
export const syncInbox: CollectionAfterChangeHook = async ({ doc, req }) => {
  const recipients = ((doc.to as unknown[]) ?? []).map(idOf).filter((id): id is number => id !== null)
  const letterId = idOf((doc.record as { value?: unknown } | undefined)?.value)
  await executeOnRequest(req, sql`DELETE FROM referral_inbox WHERE referral_id = ${doc.id}`)
  if (!recipients.length) {
    if (letterId !== null) await recomputeArchived(req, letterId)
    return doc
  }
  const values = sql.join(
    recipients.map((user) => sql`(${doc.id}, ${user}, ${doc.state}::enum_referral_inbox_state, ${doc.deadline ?? null}::timestamptz, ${doc.createdAt}::timestamptz, ${letterId})`),
    sql`, `,
  )
  await executeOnRequest(req, sql`INSERT INTO referral_inbox (referral_id, user_id, state, deadline, sent_at, letter_id) VALUES ${values}`)
  // The referral's move may archive its letter (or bring it back); the new rows take the flag too.
  if (letterId !== null) await recomputeArchived(req, letterId)
  return doc
}
