/**
 * What registration freezes. After a letter is registered these fields are the
 * registry's record: nobody changes them, except the office chief's written correction
 * (and never the numbering fields themselves).
 */
export const NUMBERING_FIELDS = ['registryBook', 'registryNumber', 'registryYear', 'registrySeq', 'registeredAt'] as const

export const CORRECTABLE_FIELDS = [
  'kind',
  'sender',
  'senderNumber',
  'senderDate',
  'recipients',
  'copies',
  'subject',
  'body',
  'attachments',
  'signedBy',
  'signedAt',
] as const

export const FROZEN_FIELDS = [...NUMBERING_FIELDS, ...CORRECTABLE_FIELDS] as const

/** Fields only the server writes; a client sending a value for one is refused. */
export const SERVER_FIELDS = [
  'registryNumber',
  'registryNumberKey',
  'registryYear',
  'registrySeq',
  'registeredAt',
  'registeredBy',
  'createdBy',
  'cancelledAt',
  'cancelledBy',
  'corrections',
  'detectedReferences',
  'senderNumberKey',
] as const

/**
 * A comparable form of a field value: relationship documents become their ids,
 * polymorphic ones `{relationTo, value}` with an id, dates ISO strings, empties null.
 */
export function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(comparable)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('relationTo' in obj && 'value' in obj) return { relationTo: obj.relationTo, value: comparable(obj.value) }
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return obj.id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) out[key] = comparable(obj[key])
    return out
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const ms = Date.parse(value)
    if (!Number.isNaN(ms)) return new Date(ms).toISOString()
  }
  return value
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))
}

/** Keys of `incoming` (only those present) whose value differs from `original`. */
export function changedKeys(original: Record<string, unknown>, incoming: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.filter((key) => key in incoming && !sameValue(original[key], incoming[key]))
}
