import { APIError, type CollectionBeforeOperationHook, type Field } from 'payload'

import { limitMessages } from '../lib/limits/messages'

type Expected = keyof typeof limitMessages.expected

const isId = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) || (typeof v === 'string' && /^[1-9]\d{0,15}$/.test(v))
const isDate = (v: unknown) => v instanceof Date || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Date.parse(v)))

/** One value of a relationship or upload: an id, a populated document, or `{ relationTo, value }` when polymorphic. */
function isRelationValue(v: unknown, polymorphic: boolean): boolean {
  if (polymorphic) {
    if (!v || typeof v !== 'object') return false
    const { relationTo, value } = v as { relationTo?: unknown; value?: unknown }
    return typeof relationTo === 'string' && (isId(value) || Boolean(value && typeof value === 'object' && isId((value as { id?: unknown }).id)))
  }
  return isId(v) || Boolean(v && typeof v === 'object' && isId((v as { id?: unknown }).id))
}

function labelOf(field: { name: string; label?: unknown }): string {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const record = label as Record<string, unknown>
    if (typeof record.fa === 'string') return record.fa
  }
  return field.name
}

/** The type one value of `field` must have, or null when the field takes any JSON (json, richText, point…). */
function check(field: Field, value: unknown): Expected | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? null : 'text'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'number'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'checkbox'
    case 'date':
      return isDate(value) ? null : 'date'
    case 'select':
    case 'radio':
      return typeof value === 'string' ? null : 'select'
    case 'relationship':
    case 'upload':
      return isRelationValue(value, Array.isArray(field.relationTo)) ? null : 'relationship'
    default:
      return null
  }
}

const MANY = new Set(['text', 'number', 'select', 'relationship', 'upload'])

/** Walks `data` along `fields`; throws the Persian 400 at the first value of the wrong type. */
function walk(fields: Field[], data: Record<string, unknown>): void {
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs lay out fields that live in the same object.
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, data)
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) walkNested(tab.name, tab.fields, data[tab.name], { name: tab.name, label: tab.label })
          else walk(tab.fields, data)
        }
      }
      continue
    }
    if (!(field.name in data)) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const refuse = (expected: Expected): never => {
      throw new APIError(limitMessages.wrongType(labelOf(field), limitMessages.expected[expected]), 400, null, true)
    }
    if (field.type === 'group') {
      walkNested(field.name, field.fields, value, field)
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      // Payload's admin form sends an array or blocks field without rows as its row count, 0.
      if (value === 0) continue
      if (!Array.isArray(value)) refuse('list')
      for (const row of value as unknown[]) {
        if (!row || typeof row !== 'object' || Array.isArray(row)) refuse('group')
        const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((b) => b.slug === (row as { blockType?: unknown }).blockType)?.fields ?? [])
        walk(rowFields, row as Record<string, unknown>)
      }
      continue
    }
    const many = MANY.has(field.type) && 'hasMany' in field && field.hasMany === true
    if (many) {
      if (!Array.isArray(value)) refuse('list')
      for (const item of value as unknown[]) {
        const wrong = check(field, item)
        if (wrong) refuse(wrong)
      }
    } else {
      const wrong = check(field, value)
      if (wrong) refuse(wrong)
    }
  }
}

function walkNested(name: string, fields: Field[], value: unknown, field: { name: string; label?: unknown }) {
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new APIError(limitMessages.wrongType(labelOf({ ...field, name }), limitMessages.expected.group), 400, null, true)
  }
  walk(fields, value as Record<string, unknown>)
}

/**
 * A value of the wrong JSON type (a number or an object as a subject, a string as a checkbox) is
 * refused with a Persian 400 naming the field by its label, before Payload's own field hooks
 * would turn it into a string and store it. Runs on create and update through every door.
 */
export const refuseWrongTypes: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === null || data === undefined) return args
  if (typeof data !== 'object' || Array.isArray(data)) throw new APIError(limitMessages.wrongType(collection.labels?.singular as string ?? collection.slug, limitMessages.expected.group), 400, null, true)
  walk(collection.fields, data as Record<string, unknown>)
  return args
}
