import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { executeOnRequest } from './sqlOnRequest'

/**
 * بایگانی‌شده: a letter is archived once it is filed and none of its action referrals is
 * still a draft or open. Kept as a stored flag (on the letter and on its kartabl rows) by the
 * writes that can change it — filing and referral moves — so the kartabl can leave archived
 * papers out with an index, not a question per row.
 */
export async function recomputeArchived(req: PayloadRequest, letterId: number): Promise<boolean> {
  const result = await executeOnRequest(
    req,
    sql`UPDATE letters l SET archived = (
          l.dossier_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM referrals_rels rec JOIN referrals r ON r.id = rec.parent_id
            WHERE rec.path = 'record' AND rec.letters_id = l.id
              AND r.purpose = 'action' AND r.state IN ('draft', 'sent', 'seen', 'in-progress')))
        WHERE l.id = ${letterId}
        RETURNING archived`,
  )
  const archived = Boolean(result?.rows[0]?.archived)
  await executeOnRequest(req, sql`UPDATE referral_inbox SET archived = ${archived} WHERE letter_id = ${letterId}`)
  return archived
}
