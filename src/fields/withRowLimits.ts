import type { Field } from 'payload'

import { HAS_MANY_MAX_ROWS } from '../lib/limits'

const LISTS = new Set(['relationship', 'upload', 'text', 'number'])

/**
 * Gives every list a person fills in (hasMany relationships, uploads, texts and numbers, and
 * arrays) at most HAS_MANY_MAX_ROWS values unless it sets its own `maxRows`; Payload's validation
 * refuses more with a 400. Lists the server writes (read-only in the admin: references found in
 * the text, histories, corrections) are left unbounded: they grow with the record's life.
 */
export function withRowLimits(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    const readOnly = Boolean((field as { admin?: { readOnly?: boolean } }).admin?.readOnly)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withRowLimits(tab.fields) })) }
    if (field.type === 'array') {
      const bounded = readOnly || field.maxRows !== undefined ? field : { ...field, maxRows: HAS_MANY_MAX_ROWS }
      return { ...bounded, fields: withRowLimits(field.fields) }
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withRowLimits(field.fields) } as Field
    if (LISTS.has(field.type) && 'hasMany' in field && field.hasMany && !readOnly && !('maxRows' in field && field.maxRows !== undefined)) {
      return { ...field, maxRows: HAS_MANY_MAX_ROWS } as Field
    }
    return field
  })
}
