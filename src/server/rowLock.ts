import { sql } from '@payloadcms/db-postgres'
import { APIError, Locked, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest } from 'payload'

import { raceMessages } from '../lib/races/messages'
import { executeOnRequest } from './sqlOnRequest'

/**
 * Row locks and key locks on the request's own transaction, so every "check, then write" of a
 * record's state holds when requests race (a rule of the project: lock what you move, or write
 * conditionally; back every uniqueness rule with the database).
 *
 * Lock order, everywhere: a letter, then its referrals; a dossier alone. A transaction never
 * takes a letter after a referral, so two moves cannot wait on each other.
 */

/**
 * `update`: FOR NO KEY UPDATE — one writer at a time; foreign keys to the row (a new letter
 * filed under a dossier, a referral of a letter) are not blocked. `share`: FOR SHARE — many
 * readers that rely on the row's state (filing into an open dossier) against one mover.
 */
export type LockMode = 'update' | 'share'

type Row = Record<string, unknown>

function tableOf(req: PayloadRequest, collection: string): string {
  const config = req.payload.collections[collection as CollectionSlug]?.config as { dbName?: unknown } | undefined
  return typeof config?.dbName === 'string' ? config.dbName : collection.replace(/-/g, '_')
}

/**
 * Locks the row of `collection` with `id` until the request's transaction ends and returns it
 * as stored now (column names as in the database, e.g. `updated_at`), or null when there is no
 * such row. In PostgreSQL's READ COMMITTED every later statement of the transaction sees what
 * the previous holder committed. Throws a 500 when the request has no transaction: a lock that
 * ends with its statement protects nothing.
 */
export async function lockRow(req: PayloadRequest, collection: string, id: number | string, mode: LockMode = 'update'): Promise<Row | null> {
  const table = sql.identifier(tableOf(req, collection))
  const clause = mode === 'share' ? sql`FOR SHARE` : sql`FOR NO KEY UPDATE`
  const result = await executeOnRequest(req, sql`SELECT * FROM ${table} WHERE id = ${id} ${clause}`, { requireTransaction: true })
  if (!result) throw new APIError(raceMessages.noTransaction, 500, null, true)
  return result.rows[0] ?? null
}

/**
 * Serialises every transaction that asks for the same `namespace` and `key` (a normalised
 * uniqueness key, e.g. sender|number|day) until it ends: a transaction-level advisory lock,
 * so "look for an existing one, then write" cannot be interleaved by a twin request.
 * Different keys may share a hash; they only wait for each other, never pass.
 */
export async function lockKey(req: PayloadRequest, namespace: string, key: string): Promise<void> {
  const result = await executeOnRequest(req, sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${namespace}|${key}`}::text, 0))`, {
    requireTransaction: true,
  })
  if (!result) throw new APIError(raceMessages.noTransaction, 500, null, true)
}

/**
 * Payload's soft lock (a document open in someone else's admin form), checked on the request's
 * transaction. Payload checks it on a second pooled connection while the request already holds
 * one for its transaction: with as many concurrent updates as the pool has connections, each
 * waits for a connection none will give back. Checked here instead, Payload is told it is done.
 */
async function checkSoftLock(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config || config.lockDocuments === false || !req.payload.collections['payload-locked-documents' as CollectionSlug]) return
  const duration = typeof config.lockDocuments === 'object' ? config.lockDocuments.duration : 300
  const found = await req.payload.db.find({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const lock = found.docs[0] as { updatedAt?: string; user?: { value?: unknown } } | undefined
  if (lock && lock.user?.value !== req.user?.id && Date.now() - new Date(lock.updatedAt ?? 0).getTime() <= duration * 1000) {
    throw new Locked(raceMessages.openElsewhere)
  }
}

/**
 * beforeOperation, on every collection (src/collections/index.ts): Payload's soft lock of an
 * update or delete by id is checked on the request's own transaction, and Payload is told it
 * is done. Left to Payload, ten concurrent updates of any record type (users, attachments,
 * correspondents…) each hold a pooled connection for their transaction and wait for an
 * eleventh to check the lock: the pool is exhausted and the server stalls.
 */
export const softLockOnRequest: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if ((operation !== 'update' && operation !== 'delete') || id === undefined || id === null) return args
  if ((args as { overrideLock?: boolean }).overrideLock !== false) return args
  await checkSoftLock(req, collection.slug, id)
  return { ...args, overrideLock: true }
}

/**
 * beforeOperation: an update or delete by id locks its row (after `before`, which locks what
 * must be locked first) before Payload reads the document, so the hooks see the state as it is
 * once this request is the only one moving it, never a state another request is changing (a
 * draft being deleted while it is registered waits, then finds it registered). The soft lock
 * was checked before, by softLockOnRequest.
 */
export function lockBeforeWrite(collection: string, before?: (req: PayloadRequest, id: number | string) => Promise<void>): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    const id = (args as { id?: number | string }).id
    if ((operation !== 'update' && operation !== 'delete') || id === undefined || id === null) return args
    if (before) await before(req, id)
    await lockRow(req, collection, id)
    return args
  }
}

/**
 * beforeChange: the catch-all for updates that were not locked before they read the document
 * (a bulk update by `where`): locks the row and refuses with 409 when it was written after
 * this request read it, instead of writing over that change.
 */
export function refuseStaleUpdate(collection: string): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    const row = await lockRow(req, collection, originalDoc.id)
    const stored = row?.updated_at ? new Date(row.updated_at as string).getTime() : null
    const read = originalDoc.updatedAt ? new Date(originalDoc.updatedAt as string).getTime() : null
    if (stored !== read) throw new APIError(raceMessages.changedMeanwhile, 409, null, true)
    return data
  }
}
