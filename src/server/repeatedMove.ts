import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { changesNothing } from '../lib/races/unchanged'
import type { AuditAction } from '../lib/audit/vocabulary'
import { refuse } from './refuse'

type Doc = Record<string, unknown>

const AUTOMATIC = new Set(['id', 'createdAt', 'updatedAt'])
const storedFieldsCache = new WeakMap<object, Set<string>>()

/** The top-level fields of a collection that are stored (not virtual, not joins, not automatic). */
function storedFields(req: PayloadRequest, collection: string): Set<string> {
  const config = req.payload.collections[collection as CollectionSlug]!.config
  let names = storedFieldsCache.get(config)
  if (!names) {
    const fields = config.flattenedFields as { name: string; type: string; virtual?: unknown }[]
    names = new Set(fields.filter((f) => f.type !== 'join' && !f.virtual && !AUTOMATIC.has(f.name)).map((f) => f.name))
    storedFieldsCache.set(config, names)
  }
  return names
}

/**
 * beforeChange, first of the chain: an update that asks for a move which has already happened
 * (the record is in the state asked for, and nothing else would change) is refused with 409
 * naming the state, and recorded. So of twenty identical requests racing (each serialised by the
 * row lock, src/server/rowLock.ts) exactly one moves the record and the others are told it has
 * moved, instead of being answered as if each had moved it. `repeated` gets the stored record,
 * the request's data and whether the request would change nothing stored, and says what the
 * request asks for that has already happened (refused), or null (let through).
 */
export function refuseRepeatedMove(
  collection: string,
  repeated: (original: Doc, data: Doc, unchanged: boolean, req: PayloadRequest) => { message: string; action: AuditAction } | null,
): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc) return data
    const asked = repeated(originalDoc, data, changesNothing(originalDoc, data, storedFields(req, collection)), req)
    if (!asked) return data
    return refuse(req, { message: asked.message, status: 409, action: asked.action, collection, id: originalDoc.id as number, classification: (originalDoc.classification as string) ?? null })
  }
}
