import type { CollectionBeforeValidateHook } from 'payload'

import { refuse } from '../server/refuse'

/**
 * beforeValidate: every value of the polymorphic relationship `field` names one of `allowed`
 * (`{ relationTo, value }`), else a Persian 400 before anything is stored (Payload's own check
 * answers in English). A field not sent is left alone.
 */
export const refuseForeignRelations =
  (collection: string, field: string, allowed: readonly string[], message: string): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    const values = (data as Record<string, unknown> | undefined)?.[field]
    if (values === undefined || values === null) return data
    const list = Array.isArray(values) ? values : [values]
    const foreign = list.some((item) => {
      const relationTo = item && typeof item === 'object' ? (item as { relationTo?: unknown }).relationTo : undefined
      return typeof relationTo !== 'string' || !allowed.includes(relationTo)
    })
    if (foreign) await refuse(req, { message, status: 400, action: operation === 'create' ? 'create' : 'update', collection, id: originalDoc?.id })
    return data
  }
