import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../lib/compare'
import { executeOnRequest } from '../server/sqlOnRequest'

/**
 * Marks uploads as carried by a paper. Until then an upload is its uploader's alone
 * (src/access/attachments.ts); from then on it follows the paper's rule. On the request's own
 * transaction, so the mark rolls back with a save that fails.
 */
export async function markCarried(req: PayloadRequest, ids: number[]): Promise<void> {
  if (!ids.length) return
  // Only the uploader's own save hands a fresh upload to a paper: a paper that names someone
  // else's fresh upload by its id leaves it its uploader's (the letters refuse it outright).
  const uploader = req.user ? sql` AND created_by_id = ${Number(req.user.id)}` : sql``
  await executeOnRequest(req, sql`UPDATE attachments SET carried = true WHERE id = ANY(${sql.raw(`'{${ids.join(',')}}'::integer[]`)}) AND carried IS NOT TRUE${uploader}`)
}

/** afterChange hook of a record type whose `field` (an upload, hasMany) carries attachments. */
export const carryAttachments =
  (field: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const ids = (((doc as Record<string, unknown>)[field] ?? []) as unknown[]).map(idOf).filter((id): id is number => id !== null)
    await markCarried(req, ids)
    return doc
  }
