export type SeedTally = { created: number; updated: number; unchanged: number }

export const emptyTally = (): SeedTally => ({ created: 0, updated: 0, unchanged: 0 })

/** Same value for seeding purposes: relationship ids compare as ids, missing equals null. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v === undefined || v === '') return null
    if (v && typeof v === 'object' && 'id' in (v as Record<string, unknown>)) return (v as { id: unknown }).id
    return v
  }
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}

/** Fields of `wanted` that differ from `existing`; empty when nothing needs writing. */
export function changedFields<T extends Record<string, unknown>>(existing: Record<string, unknown>, wanted: T): Partial<T> {
  const changes: Partial<T> = {}
  for (const [key, value] of Object.entries(wanted)) {
    if (!sameValue(existing[key], value)) (changes as Record<string, unknown>)[key] = value
  }
  return changes
}
