import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

import { audit } from '../../server/audit'
import { auditContext } from './context'

const ACCESS_OF = { read: 'read', update: 'update', delete: 'delete' } as const

/**
 * A by-id read, update or delete of a record that exists but is out of the user's reach is a
 * denied attempt. Payload answers it with 404 (the record's existence is not confirmed); the
 * trail records what happened, for every interface. Lists are filtered, not denied.
 */
export const recordDenials: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const op = ACCESS_OF[operation as keyof typeof ACCESS_OF]
  const id = (args as { id?: number | string }).id
  if (!op || overrideAccess || id === undefined || id === null || auditContext(req).operations?.[collection.slug] !== operation) return args
  const access = collection.access[op] as Access | undefined
  if (!access) return args
  const result = await access({ req, id } as Parameters<Access>[0])
  if (result === true) return args
  // On the request's transaction (see readerOf): a second connection could starve the pool.
  const where: Where = { id: { equals: id } }
  const existing = await req.payload.db.findOne<{ id: number; classification?: string }>({ collection: collection.slug, where, req })
  if (!existing) return args
  if (result !== false) {
    const reachable = await req.payload.db.count({ collection: collection.slug, where: { and: [where, result] }, req })
    if (reachable.totalDocs > 0) return args
  }
  await audit(req, {
    action: op,
    outcome: 'denied',
    collection: collection.slug,
    id,
    classification: existing.classification ?? null,
  })
  auditContext(req).refusalRecorded = true
  return args
}
