import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { idOf } from '../lib/compare'
import { refuse } from '../server/refuse'

/**
 * beforeValidate: every value of the polymorphic relationship `field` names one of `allowed`
 * (`{ relationTo, value }`) and a record that exists, else a Persian 400 before anything is
 * stored (left to Payload, a wrong kind is refused in English and a missing record through the
 * Local API is a foreign-key fault, 500). A field not sent is left alone.
 */
export const refuseForeignRelations =
  (collection: string, field: string, allowed: readonly string[], messages: { foreign: string; missing: string }): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    const values = (data as Record<string, unknown> | undefined)?.[field]
    if (values === undefined || values === null) return data
    const deny = (message: string) => refuse(req, { message, status: 400, action: operation === 'create' ? 'create' : 'update', collection, id: originalDoc?.id })
    const wanted = new Map<string, Set<number>>()
    for (const item of Array.isArray(values) ? values : [values]) {
      const relationTo = item && typeof item === 'object' ? (item as { relationTo?: unknown }).relationTo : undefined
      const id = idOf((item as { value?: unknown } | null)?.value)
      if (typeof relationTo !== 'string' || !allowed.includes(relationTo)) return deny(messages.foreign)
      if (id === null) return deny(messages.missing)
      if (!wanted.has(relationTo)) wanted.set(relationTo, new Set())
      wanted.get(relationTo)!.add(id)
    }
    for (const [relationTo, ids] of wanted) {
      const found = await req.payload.count({ collection: relationTo as CollectionSlug, where: { id: { in: [...ids] } }, req, overrideAccess: true })
      if (found.totalDocs !== ids.size) return deny(messages.missing)
    }
    return data
  }
