import { sameValue } from '../lib/compare'

export type SeedTally = { created: number; updated: number; unchanged: number }

export const emptyTally = (): SeedTally => ({ created: 0, updated: 0, unchanged: 0 })

/** Fields of `wanted` that differ from `existing`; empty when nothing needs writing. */
export function changedFields<T extends Record<string, unknown>>(existing: Record<string, unknown>, wanted: T): Partial<T> {
  const changes: Partial<T> = {}
  for (const [key, value] of Object.entries(wanted)) {
    if (!sameValue(existing[key], value)) (changes as Record<string, unknown>)[key] = value
  }
  return changes
}
