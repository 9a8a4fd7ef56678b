/**
 * Comparing Payload field values as a person would: a populated relationship equals its id,
 * a polymorphic one `{ relationTo, value }` its id, a date string its instant, empty equals null.
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

/** The id of a relationship value: a plain id, a populated document or `{ relationTo, value }`. */
export function idOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const obj = value as { id?: unknown; value?: unknown }
    return obj.id !== undefined ? idOf(obj.id) : idOf(obj.value)
  }
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}
