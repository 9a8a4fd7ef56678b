// What a person reads in the versions views: each field of a record type by its Persian label,
// each value as text (Jalali dates in Tehran time, option labels, Persian digits), and the
// fields that differ between two versions. Pure: the views hand in the fields and the data.
import { sameValue } from '../compare'
import { changesOf, type FieldChange } from '../corrections/describe'
import { formatJalaliDate, formatJalaliDateTime } from '../jalali'
import { toPersianDigits } from '../persian'

/** One field as the versions views need it; `fields` for a named group. */
export type FieldSpec = {
  name: string
  label: string
  type: string
  /** select / radio: stored value → label. */
  options?: Record<string, string>
  /** date: shows the time of day too. */
  withTime?: boolean
  /** relationship / upload: the related record type(s). */
  relationTo?: string | string[]
  fields?: FieldSpec[]
}

/** The shape of a Payload field this module reads (a subset of `Field`). */
export type FieldLike = {
  type: string
  name?: string
  label?: unknown
  virtual?: unknown
  hidden?: boolean
  admin?: { hidden?: boolean; date?: { pickerAppearance?: string } }
  options?: unknown[]
  relationTo?: string | string[]
  fields?: FieldLike[]
  tabs?: { name?: string; label?: unknown; fields: FieldLike[] }[]
}

/** What views write for nothing, yes and no. */
export const VERSION_TEXT = {
  empty: '—',
  yes: 'بله',
  no: 'خیر',
} as const

/** Not compared: bookkeeping every save changes, secrets, and what the server computes. */
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'hash', 'salt', 'sessions', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil'])

/**
 * The data fields of a record type, flattened through rows, collapsibles and unnamed tabs, in
 * form order, each with the label `labelOf` gives (Payload labels may be functions or maps).
 * Left out: ui, join and virtual fields (computed on read, not kept in a version), hidden ones.
 */
export function fieldSpecs(fields: readonly FieldLike[], labelOf: (label: unknown, name: string) => string): FieldSpec[] {
  const out: FieldSpec[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name) out.push({ name: tab.name, label: labelOf(tab.label, tab.name), type: 'group', fields: fieldSpecs(tab.fields, labelOf) })
        else out.push(...fieldSpecs(tab.fields, labelOf))
      }
      continue
    }
    if (!field.name) {
      if (field.fields) out.push(...fieldSpecs(field.fields, labelOf))
      continue
    }
    if (field.type === 'ui' || field.type === 'join' || field.virtual || field.hidden || field.admin?.hidden || SKIPPED.has(field.name)) continue
    const spec: FieldSpec = { name: field.name, label: labelOf(field.label, field.name), type: field.type }
    if (field.options) spec.options = optionLabels(field.options, labelOf)
    if (field.relationTo) spec.relationTo = field.relationTo
    if (field.type === 'date') spec.withTime = (field.admin?.date?.pickerAppearance ?? 'dayAndTime') !== 'dayOnly'
    if ((field.type === 'group' || field.type === 'array') && field.fields) spec.fields = fieldSpecs(field.fields, labelOf)
    out.push(spec)
  }
  return out
}

function optionLabels(options: unknown[], labelOf: (label: unknown, name: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const option of options) {
    if (typeof option === 'string') out[option] = option
    else if (option && typeof option === 'object' && 'value' in option) {
      const { value, label } = option as { value: string; label?: unknown }
      out[value] = labelOf(label, value)
    }
  }
  return out
}

/** A populated related record (of `relationTo`) as the views name it, or undefined to fall back on its number. */
export type TitleOf = (doc: Record<string, unknown>, relationTo: string) => string | undefined

/**
 * A field's value as one line of text: dates Jalali in Tehran time, numbers and ids in Persian
 * digits, options by label, rich text as its words, relationships by title (`titleOf`, for
 * populated ones) or number; lists joined by «، ». Nothing → «—».
 */
export function displayValue(spec: FieldSpec, value: unknown, titleOf: TitleOf = () => undefined, record: readonly FieldSpec[] = []): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return VERSION_TEXT.empty
  if (spec.type === 'json' && changesOf(value).length > 0) return changesText(changesOf(value), record, titleOf)
  if (Array.isArray(value) && spec.type !== 'array' && spec.type !== 'json') {
    return value.map((v) => displayValue(spec, v, titleOf, record)).join('، ')
  }
  switch (spec.type) {
    case 'date':
      return dateText(value, spec.withTime ?? true)
    case 'checkbox':
      return value ? VERSION_TEXT.yes : VERSION_TEXT.no
    case 'select':
    case 'radio':
      return spec.options?.[String(value)] ?? String(value)
    case 'richText':
      return richTextWords(value) || VERSION_TEXT.empty
    case 'relationship':
    case 'upload':
      return relationText(value, spec.relationTo, titleOf)
    case 'group':
      return groupText(spec.fields ?? [], value, titleOf, record)
    case 'array':
      return (value as unknown[]).map((row) => groupText(spec.fields ?? [], row, titleOf, record)).join(' | ')
    case 'number':
      return toPersianDigits(String(value))
    default:
      return typeof value === 'object' ? toPersianDigits(JSON.stringify(value)) : String(value)
  }
}

function dateText(value: unknown, withTime: boolean): string {
  if (!(typeof value === 'string' || value instanceof Date)) return String(value)
  try {
    return withTime ? formatJalaliDateTime(value, { digits: 'persian' }) : formatJalaliDate(value, { digits: 'persian' })
  } catch {
    return String(value)
  }
}

function relationText(value: unknown, relationTo: string | string[] | undefined, titleOf: TitleOf): string {
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('relationTo' in obj && 'value' in obj) return relationText(obj.value, String(obj.relationTo), titleOf)
    const title = typeof relationTo === 'string' ? titleOf(obj, relationTo) : undefined
    if (title) return title
    if ('id' in obj) return toPersianDigits(String(obj.id))
  }
  return toPersianDigits(String(value))
}

function groupText(fields: FieldSpec[], value: unknown, titleOf: TitleOf, record: readonly FieldSpec[]): string {
  if (!value || typeof value !== 'object') return VERSION_TEXT.empty
  const row = value as Record<string, unknown>
  const parts = fields
    .map((f) => ({ f, text: displayValue(f, row[f.name], titleOf, record) }))
    .filter(({ text }) => text !== VERSION_TEXT.empty)
    .map(({ f, text }) => `${f.label}: ${text}`)
  return parts.length ? parts.join('؛ ') : VERSION_TEXT.empty
}

/**
 * A correction's change list (`{ field, before, after }`, src/lib/corrections/describe.ts) as
 * the form's corrections tab says it: each field by its Persian label among the record's
 * fields (`record`), its values as this module writes them; never the JSON and its keys.
 */
function changesText(changes: readonly FieldChange[], record: readonly FieldSpec[], titleOf: TitleOf): string {
  return changes
    .map((change) => {
      const spec = record.find((s) => s.name === change.field) ?? { name: change.field, label: change.field, type: 'text' }
      const before = displayValue(spec, change.before, titleOf, record)
      const after = displayValue(spec, change.after, titleOf, record)
      return `${spec.label}: از «${before}» به «${after}»`
    })
    .join('؛ ')
}

/** The words of a Lexical rich-text value, paragraphs separated by a space. */
export function richTextWords(value: unknown): string {
  const words: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
    if (typeof n.text === 'string') words.push(n.text)
    if (n.root) walk(n.root)
    if (Array.isArray(n.children)) {
      for (const child of n.children) walk(child)
      words.push(' ')
    }
  }
  walk(value)
  return words.join('').replace(/\s+/g, ' ').trim()
}

/** One changed field: its label and its value before and after, as text. */
export type VersionChange = { name: string; label: string; before: string; after: string }

/**
 * The fields whose value differs between `before` (the older version; null for the first one)
 * and `after`, in form order. Values are compared as stored (a populated relationship equals
 * its id), then shown with `displayValue`.
 */
export function versionChanges(specs: readonly FieldSpec[], before: Record<string, unknown> | null, after: Record<string, unknown>, titleOf?: TitleOf): VersionChange[] {
  const out: VersionChange[] = []
  for (const spec of specs) {
    const a = before?.[spec.name]
    const b = after[spec.name]
    if (before && sameValue(asStored(spec, a), asStored(spec, b))) continue
    if (!before && displayValue(spec, b, titleOf, specs) === VERSION_TEXT.empty) continue
    out.push({ name: spec.name, label: spec.label, before: before ? displayValue(spec, a, titleOf, specs) : VERSION_TEXT.empty, after: displayValue(spec, b, titleOf, specs) })
  }
  return out
}

/**
 * A value as stored: populated records (depth ≥ 1) reduced to their ids; a checkbox as yes or
 * no (a version saved before the field existed has none, which is «no», not a change).
 */
function asStored(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === 'checkbox') return value === true
  if (spec.type !== 'relationship' && spec.type !== 'upload') return value
  const one = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v
    const obj = v as Record<string, unknown>
    if ('relationTo' in obj && 'value' in obj) return { relationTo: obj.relationTo, value: one(obj.value) }
    return 'id' in obj ? obj.id : v
  }
  return Array.isArray(value) ? value.map(one) : one(value)
}

/** The record's state in a version, by the label of its `status` (or drafts' `_status`) field. */
export function versionStatus(specs: readonly FieldSpec[], data: Record<string, unknown>, draftLabels?: Record<string, string>): string {
  if (typeof data._status === 'string' && draftLabels) return draftLabels[data._status] ?? data._status
  const spec = specs.find((s) => s.name === 'status')
  if (!spec) return VERSION_TEXT.empty
  return displayValue(spec, data.status)
}
