import { describe, expect, it } from 'vitest'

import { canonicalJson, checkpointLine, entryHash, entryMac, GENESIS, parseCheckpoint, verifyChain, type AuditFacts, type StoredEntry } from '../../src/lib/audit/chain'
import { chainFinding, checkpointFindings } from '../../src/lib/audit/findings'

const KEY = 'unit-test-audit-key'

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

function chain(count: number, key = KEY): StoredEntry[] {
  const out: StoredEntry[] = []
  let prev = GENESIS
  for (let i = 1; i <= count; i++) {
    const hash = entryHash(prev, facts(i))
    out.push({ id: i, prevHash: prev, hash, mac: entryMac(key, hash), facts: facts(i) })
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
    expect(verifyChain(chain(5))).toMatchObject({ ok: true, checked: 5 })
    expect(verifyChain(chain(5), KEY)).toEqual({ ok: true, checked: 5, unsigned: 0, head: { id: 5, hash: chain(5)[4]!.hash } })
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

  it('(b) an edit with every hash after it recomputed links, but fails the HMAC from the edited entry on', () => {
    const entries = chain(5)
    entries[1]!.facts = { ...entries[1]!.facts, outcome: 'denied' }
    for (let i = 1; i < entries.length; i++) {
      entries[i]!.prevHash = entries[i - 1]!.hash
      entries[i]!.hash = entryHash(entries[i]!.prevHash, entries[i]!.facts)
    }
    expect(verifyChain(entries)).toMatchObject({ ok: true }) // the hash chain alone is fooled
    const verdict = verifyChain(entries, KEY)
    expect(verdict).toMatchObject({ ok: false, brokenId: 2, reason: 'mac' })
    expect(chainFinding(verdict as never, 5)).toMatchObject({ kind: 'rehashed', id: 2 })
  })

  it('(c) a forged entry appended, signed with another key or not at all, fails', () => {
    const entries = chain(4)
    const forged = chain(5, 'guessed-key')[4]!
    entries.push({ ...forged, prevHash: entries[3]!.hash, hash: entryHash(entries[3]!.hash, forged.facts), mac: entryMac('guessed-key', entryHash(entries[3]!.hash, forged.facts)) })
    const verdict = verifyChain(entries, KEY)
    expect(verdict).toMatchObject({ ok: false, brokenId: 5, reason: 'mac' })
    expect(chainFinding(verdict as never, 5)).toMatchObject({ kind: 'forged', id: 5 })
    entries[4]!.mac = null
    expect(verifyChain(entries, KEY)).toMatchObject({ ok: false, brokenId: 5, reason: 'unsigned' })
  })

  it('entries written before MACs existed are accepted only as a prefix', () => {
    const entries = chain(4)
    entries[0]!.mac = null
    entries[1]!.mac = null
    expect(verifyChain(entries, KEY)).toMatchObject({ ok: true, unsigned: 2 })
  })

  it('(a) a removed tail: the checkpoint names an entry past the end; a rewritten head: another hash', () => {
    const entries = chain(6)
    const line = checkpointLine(KEY, { id: 6, hash: entries[5]!.hash, at: '2026-11-30T03:25:00.000Z' })
    const checkpoint = parseCheckpoint(KEY, line)
    if (typeof checkpoint === 'string') throw new Error(checkpoint)
    const truncated = entries.slice(0, 4)
    expect(verifyChain(truncated, KEY)).toMatchObject({ ok: true }) // the chain alone is fooled
    expect(checkpointFindings([checkpoint], new Map(truncated.map((e) => [e.id, e.hash])), 4)).toEqual([expect.objectContaining({ kind: 'truncated', id: 6 })])
    expect(checkpointFindings([checkpoint], new Map([[6, 'f'.repeat(64)]]), 7)).toEqual([expect.objectContaining({ kind: 'rewritten', id: 6 })])
    expect(checkpointFindings([checkpoint], new Map(entries.map((e) => [e.id, e.hash])), 6)).toEqual([])
  })

  it('a checkpoint line verifies only under its key, survives spaces for tabs, and refuses edits', () => {
    const line = checkpointLine(KEY, { id: 42, hash: 'a'.repeat(64), at: '2026-11-30T03:25:00.000Z' })
    expect(parseCheckpoint(KEY, line.replace(/\t/g, '   '))).toEqual({ id: 42, hash: 'a'.repeat(64), at: '2026-11-30T03:25:00.000Z' })
    expect(parseCheckpoint('another-key', line)).toBe('forged')
    expect(parseCheckpoint(KEY, line.replace(/^42/, '41'))).toBe('forged')
    expect(parseCheckpoint(KEY, 'not a checkpoint')).toBe('malformed')
  })
})

describe("the checkpoint in the director's morning mail", () => {
  it('ends the text and the HTML with the signed line, left to right and escaped', async () => {
    const { withCheckpoint } = await import('../../src/lib/audit/checkpointMail')
    const line = checkpointLine(KEY, { id: 7, hash: 'b'.repeat(64), at: '2026-11-30T03:30:00.000Z' })
    const mail = withCheckpoint({ subject: 'گزارش روزانه', text: 'متن', html: '<html><body><p>متن</p></body></html>' }, line)
    expect(mail.text.trim().split('\n').at(-1)).toBe(line)
    expect(mail.html).toMatch(new RegExp(`<pre dir="ltr"[^>]*>${line}</pre></body>`))
    expect(parseCheckpoint(KEY, mail.text.trim().split('\n').at(-1)!)).toMatchObject({ id: 7 })
  })
})
