import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The audit trail's hash chain. Each entry's hash covers the previous entry's hash and the
 * entry's own facts in a canonical form (keys sorted, instants as ISO strings), so editing,
 * removing or reordering any entry breaks the chain at exactly that entry.
 *
 * The hash alone is no proof: whoever can write the table can recompute every hash after an
 * edit, or append an entry of their own. So each entry also carries a MAC — HMAC-SHA256 of its
 * hash under DABIR_AUDIT_KEY, a key kept in `.env` and never in the database — and the head of
 * the chain is written out as signed checkpoints (a file, the director's morning mail), which
 * catch a removed tail. Without the key, no one can make a MAC or a checkpoint that verifies.
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

/** The entry's MAC: HMAC-SHA256 (hex) of its hash under the audit key. */
export function entryMac(key: string, hash: string): string {
  return createHmac('sha256', key).update('dabir-audit-entry\n').update(hash).digest('hex')
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return x.length === y.length && timingSafeEqual(x, y)
}

export interface StoredEntry {
  id: number
  prevHash: string
  hash: string
  /** null for entries written before MACs existed (a prefix of an upgraded trail). */
  mac?: string | null
  facts: AuditFacts
}

/**
 * Where an entry fails:
 * - `link`: its prev_hash is not the hash of the entry before it (an entry removed or reordered);
 * - `content`: its facts do not give its hash (edited, hash left as it was);
 * - `mac`: hash and link hold but the MAC does not (re-hashed or forged without the key);
 * - `unsigned`: no MAC after signed entries began (a MAC stripped, or an entry forged without one).
 */
export type BreakReason = 'content' | 'link' | 'mac' | 'unsigned'

export type ChainVerdict =
  | { ok: true; checked: number; unsigned: number; head: { id: number; hash: string } | null }
  | { ok: false; checked: number; brokenId: number; reason: BreakReason }

/**
 * Checks entries one at a time, in id order (so a long trail can be streamed): returns the
 * verdict at the first entry whose content, link or MAC does not hold, else null. Without a
 * key only the hash chain is checked. With a key, entries without a MAC are accepted only as
 * the prefix written before MACs existed (counted in `unsigned`).
 */
export function chainVerifier(key?: string) {
  let previous = GENESIS
  let checked = 0
  let unsigned = 0
  let signing = false
  let head: { id: number; hash: string } | null = null
  return {
    check(entry: StoredEntry): ChainVerdict | null {
      checked++
      if (entry.prevHash !== previous) return { ok: false, checked, brokenId: entry.id, reason: 'link' }
      if (entryHash(entry.prevHash, entry.facts) !== entry.hash) return { ok: false, checked, brokenId: entry.id, reason: 'content' }
      if (key) {
        if (entry.mac) {
          signing = true
          if (!sameHex(entryMac(key, entry.hash), entry.mac)) return { ok: false, checked, brokenId: entry.id, reason: 'mac' }
        } else if (signing) {
          return { ok: false, checked, brokenId: entry.id, reason: 'unsigned' }
        } else {
          unsigned++
        }
      }
      previous = entry.hash
      head = { id: entry.id, hash: entry.hash }
      return null
    },
    result: (): ChainVerdict => ({ ok: true, checked, unsigned, head }),
  }
}

export function verifyChain(entries: Iterable<StoredEntry>, key?: string): ChainVerdict {
  const verifier = chainVerifier(key)
  for (const entry of entries) {
    const broken = verifier.check(entry)
    if (broken) return broken
  }
  return verifier.result()
}

/**
 * A signed checkpoint: the chain's head at a moment, one line of text —
 * `<entry id>\t<head hash>\t<ISO time>\t<HMAC-SHA256 hex of the three>`. Written to an
 * append-only file and into the director's morning mail, out of reach of whoever can rewrite
 * the database; a later trail must still hold that entry with that hash.
 */
export interface Checkpoint {
  id: number
  hash: string
  at: string
}

function checkpointMac(key: string, c: Checkpoint): string {
  return createHmac('sha256', key).update('dabir-audit-checkpoint\n').update(`${c.id}\t${c.hash}\t${c.at}`).digest('hex')
}

export function checkpointLine(key: string, c: Checkpoint): string {
  return `${c.id}\t${c.hash}\t${c.at}\t${checkpointMac(key, c)}`
}

/**
 * Reads one checkpoint line (tabs or runs of spaces between the four fields, as a mail client
 * may turn them). Returns the checkpoint when its HMAC holds under `key`, `forged` when the
 * line is well formed but its HMAC does not, `malformed` otherwise.
 */
export function parseCheckpoint(key: string, line: string): Checkpoint | 'forged' | 'malformed' {
  const parts = line.trim().split(/\s+/)
  if (parts.length !== 4) return 'malformed'
  const [id, hash, at, mac] = parts as [string, string, string, string]
  if (!/^\d+$/.test(id) || !/^[0-9a-f]{64}$/.test(hash) || Number.isNaN(Date.parse(at)) || !/^[0-9a-f]{64}$/.test(mac)) return 'malformed'
  const checkpoint = { id: Number(id), hash, at }
  return sameHex(checkpointMac(key, checkpoint), mac) ? checkpoint : 'forged'
}
