import { describe, expect, it } from 'vitest'

import { canonicalJson, entryHash, GENESIS, verifyChain, type AuditFacts, type StoredEntry } from '../../src/lib/audit/chain'

const facts = (n: number): AuditFacts => ({
  at: new Date(Date.UTC(2026, 10, 22, 10, 0, n)).toISOString(),
  actorId: n,
  actorEmail: `u${n}@demo.dabir.ir`,
  action: 'read',
  targetCollection: 'letters',
  targetId: String(100 + n),
  classification: 'secret',
  interface: 'rest',
  outcome: 'success',
  message: null,
  changes: { after: { subject: 'الف', n }, before: null },
})

function chain(count: number): StoredEntry[] {
  const out: StoredEntry[] = []
  let prev = GENESIS
  for (let i = 1; i <= count; i++) {
    const hash = entryHash(prev, facts(i))
    out.push({ id: i, prevHash: prev, hash, facts: facts(i) })
    prev = hash
  }
  return out
}

describe('audit chain', () => {
  it('canonical JSON ignores key order and undefined keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('accepts an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5 })
  })

  it('names the edited entry', () => {
    const entries = chain(5)
    entries[2]!.facts = { ...entries[2]!.facts, actorEmail: 'someone-else@demo.dabir.ir' }
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenId: 3, reason: 'content' })
  })

  it('names the entry after a removed one, and an entry whose hash was recomputed to hide an edit', () => {
    const removed = chain(5)
    removed.splice(1, 1)
    expect(verifyChain(removed)).toMatchObject({ ok: false, brokenId: 3, reason: 'link' })

    const rehashed = chain(5)
    rehashed[1]!.facts = { ...rehashed[1]!.facts, outcome: 'denied' }
    rehashed[1]!.hash = entryHash(rehashed[1]!.prevHash, rehashed[1]!.facts)
    expect(verifyChain(rehashed)).toMatchObject({ ok: false, brokenId: 3, reason: 'link' })
  })
})
