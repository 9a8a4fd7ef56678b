import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { contentWhere, readerOf, type ReadSpec } from '../access/readRule'

/** Root field names a `where` tree refers to. */
export function whereRoots(where: unknown, out = new Set<string>()): Set<string> {
  if (!where || typeof where !== 'object') return out
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') for (const sub of (value as unknown[]) ?? []) whereRoots(sub, out)
    else out.add(key.split('.')[0]!)
  }
  return out
}

const sortRoots = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) => String(s).trim().replace(/^-/, '').split('.')[0]!)

/**
 * A filter or sort on a content field (body, the sender's number, …) only ever looks at records
 * whose content the reader may read: otherwise a list of headers the user may see could be
 * probed for what their hidden content says, one `like` at a time.
 */
export const confineContentQueries =
  (collection: string, spec: ReadSpec, contentFields: readonly string[]): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (overrideAccess || (operation !== 'read' && operation !== 'count')) return args
    const a = args as { where?: Where; sort?: unknown }
    const touched = [...whereRoots(a.where), ...sortRoots(a.sort)].some((root) => contentFields.includes(root))
    if (!touched) return args
    const reader = await readerOf(req, collection)
    if (!reader) return args
    a.where = a.where ? { and: [a.where, contentWhere(reader, spec)] } : contentWhere(reader, spec)
    return args
  }

/**
 * Fields no `where` or `sort` may name: rich text is JSON in the database, and PostgreSQL has
 * no `like` for it (Payload would answer 500). Full-text lookup is the search endpoint's job.
 */
export const refuseQueriesOn =
  (fields: readonly string[], message: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'read' && operation !== 'count') return args
    const a = args as { where?: Where; sort?: unknown }
    if ([...whereRoots(a.where), ...sortRoots(a.sort)].some((root) => fields.includes(root))) throw new APIError(message, 400, null, true)
    return args
  }
