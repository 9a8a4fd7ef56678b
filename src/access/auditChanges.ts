import type { FieldAccess } from 'payload'

import { clears } from '../lib/security/clearance'
import { contentReadableNow } from './readableNow'

/**
 * Read access to an audit entry's before/after values (`changes`), a copy of the record:
 * the reader must be cleared for the entry's own level (the record's level when it was
 * written) and, when the record still exists, may read its content as it is now — an entry
 * written while a letter was `normal` hides its values once the letter is raised to `secret`.
 * Without a document (Payload asking whether the field may be queried) only the first half
 * can be judged; which audit filters are allowed at all is the audit log's query whitelist.
 */
export const readAuditChanges: FieldAccess = async ({ req, doc }) => {
  const user = req.user
  if (!user || user.active === false) return false
  const entry = doc as { classification?: string | null; targetCollection?: string | null; targetId?: string | null } | undefined
  if (!clears(user.clearance, entry?.classification ?? 'normal')) return false
  if (!entry) return true
  const now = await contentReadableNow(req, entry.targetCollection, entry.targetId)
  return now !== false
}
