import type { CollectionAfterReadHook } from 'payload'

import { clearanceRank } from '../../lib/security/clearance'
import { audit } from '../../server/audit'
import { auditContext, isWriteOperation } from './context'

/**
 * Every read of a record classified `confidential` or above, list hits and populated
 * references included, once per record per request. Reads made for a write are the write's
 * own entry; reads by the system itself (no user) are not a person reading.
 */
export const auditReads: CollectionAfterReadHook = async ({ collection, doc, req }) => {
  if (!req.user || !doc?.id || clearanceRank(doc.classification) < clearanceRank('confidential')) return doc
  const ctx = auditContext(req)
  if (isWriteOperation(ctx.operations?.[collection.slug])) return doc
  const key = `${collection.slug}:${doc.id}`
  ctx.reads ??= new Set()
  if (ctx.reads.has(key)) return doc
  ctx.reads.add(key)
  await audit(req, { action: 'read', collection: collection.slug, id: doc.id, classification: doc.classification })
  return doc
}
