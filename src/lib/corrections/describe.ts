import { formatJalaliDate, formatJalaliDateTime } from '../jalali/format'
import { richTextToPlain } from '../letters/text'
import { toPersianDigits } from '../persian/digits'

/**
 * How a correction's before/after values read to a person: the same words the form shows.
 * Pure: the caller passes what it knows of each field (from the collection's admin config)
 * and the titles of related records it was allowed to read.
 */

/** One field's change as the registry keeps it: `{ field, before, after }` (src/collections/Letters/hooks/guardStatus.ts). */
export type FieldChange = { field: string; before: unknown; after: unknown }

/** What a field's value needs to be read: its Persian label, type, options, related collections. */
export type FieldInfo = {
  label: string
  type: string
  options?: { label: string; value: string }[]
  relationTo?: string | string[]
  withTime?: boolean
}

/** A related record: `relationTo` and id; `title` looks it up (undefined: not readable or not loaded). */
export type Ref = { relationTo: string; id: string | number }
export type TitleOf = (ref: Ref) => string | undefined

export const EMPTY = '—'
export const HIDDEN_RECORD = 'مورد دیده‌نشدنی'
export const YES = 'بله'
export const NO = 'خیر'
const LIST_SEPARATOR = '، '
const MAX_TEXT = 240

/** The change list of a correction entry, whatever shape the JSON came back in; malformed items are dropped. */
export function changesOf(value: unknown): FieldChange[] {
  if (!Array.isArray(value)) return []
  return value.filter((item): item is FieldChange => Boolean(item) && typeof item === 'object' && typeof (item as FieldChange).field === 'string')
}

/** The related records a value names, for a field relating to `relationTo` (one slug, or several: polymorphic). */
export function refsOf(value: unknown, relationTo: string | string[] | undefined): Ref[] {
  if (!relationTo) return []
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  const refs: Ref[] = []
  for (const item of items) {
    if (item && typeof item === 'object' && 'relationTo' in item && 'value' in item) {
      const inner = (item as { value: unknown }).value
      const id = inner && typeof inner === 'object' ? (inner as { id?: string | number }).id : inner
      if (typeof id === 'string' || typeof id === 'number') refs.push({ relationTo: String((item as { relationTo: unknown }).relationTo), id })
    } else if (typeof relationTo === 'string') {
      const id = item && typeof item === 'object' ? (item as { id?: string | number }).id : item
      if (typeof id === 'string' || typeof id === 'number') refs.push({ relationTo, id })
    }
  }
  return refs
}

/** A value as text: Persian digits, Jalali dates in Tehran time, option labels, titles of related records. */
export function valueText(value: unknown, info: FieldInfo | undefined, titleOf: TitleOf): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY
  const type = info?.type
  if (type === 'relationship' || type === 'upload') {
    const refs = refsOf(value, info?.relationTo)
    return refs.length ? refs.map((ref) => titleOf(ref) ?? HIDDEN_RECORD).join(LIST_SEPARATOR) : EMPTY
  }
  if (type === 'richText') return clip(richTextToPlain(value)) || EMPTY
  if (type === 'date' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return info?.withTime ? formatJalaliDateTime(value, { digits: 'persian' }) : formatJalaliDate(value, { digits: 'persian' })
  }
  if (typeof value === 'boolean') return value ? YES : NO
  if (Array.isArray(value)) return value.map((item) => valueText(item, info, titleOf)).join(LIST_SEPARATOR)
  if (type === 'select' || type === 'radio') {
    const option = info?.options?.find((o) => o.value === value)
    if (option) return option.label
  }
  if (typeof value === 'object') return clip(toPersianDigits(JSON.stringify(value)))
  return clip(toPersianDigits(String(value)))
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat
}
