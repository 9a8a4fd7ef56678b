import type { GlobalAfterChangeHook } from 'payload'

import { diffRecords } from '../../lib/audit/diff'
import { audit } from '../../server/audit'

/** A settings change belongs in the trail like any record's: who, when, before and after. */
export const auditGlobalChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global }) => {
  await audit(req, { action: 'update', collection: global.slug, changes: diffRecords(previousDoc, doc) })
  return doc
}
