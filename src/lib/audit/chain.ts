import { createHash } from 'node:crypto'

/**
 * The audit trail's hash chain. Each entry's hash covers the previous entry's hash and the
 * entry's own facts in a canonical form (keys sorted, instants as ISO strings), so editing,
 * removing or reordering any entry breaks the chain at exactly that entry.
 */
export interface AuditFacts {
  at: string
  actorId: number | null
  actorEmail: string | null
  action: string
  targetCollection: string | null
  targetId: string | null
  classification: string | null
  interface: string
  outcome: string
  message: string | null
  changes: unknown
}

export const GENESIS = '0'.repeat(64)

/** JSON with object keys sorted at every level, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const keys = Object.keys(obj).filter((key) => obj[key] !== undefined).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(obj[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function entryHash(prevHash: string, facts: AuditFacts): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(facts)).digest('hex')
}

export interface StoredEntry {
  id: number
  prevHash: string
  hash: string
  facts: AuditFacts
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenId: number; reason: 'content' | 'link' }

/**
 * Checks entries one at a time, in id order (so a long trail can be streamed): returns the
 * verdict at the first entry whose content or link does not hold, else null.
 */
export function chainVerifier() {
  let previous = GENESIS
  let checked = 0
  return {
    check(entry: StoredEntry): ChainVerdict | null {
      checked++
      if (entry.prevHash !== previous) return { ok: false, checked, brokenId: entry.id, reason: 'link' }
      if (entryHash(entry.prevHash, entry.facts) !== entry.hash) return { ok: false, checked, brokenId: entry.id, reason: 'content' }
      previous = entry.hash
      return null
    },
    result: (): ChainVerdict => ({ ok: true, checked }),
  }
}

export function verifyChain(entries: Iterable<StoredEntry>): ChainVerdict {
  const verifier = chainVerifier()
  for (const entry of entries) {
    const broken = verifier.check(entry)
    if (broken) return broken
  }
  return verifier.result()
}
