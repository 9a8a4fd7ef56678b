import { describe, expect, it } from 'vitest'

import { changedKeys, idOf, sameValue } from '../../src/lib/compare'

describe('comparing field values as a person would', () => {
  it('treats a populated relationship as its id, and empties as null', () => {
    expect(sameValue({ id: 3, createdAt: '2026-01-01T00:00:00Z', title: 'x' }, 3)).toBe(true)
    expect(sameValue({ relationTo: 'posts', value: { id: 3, updatedAt: 'x' } }, { relationTo: 'posts', value: 3 })).toBe(true)
    expect(sameValue({ relationTo: 'posts', value: 3 }, { relationTo: 'units', value: 3 })).toBe(false)
    expect(sameValue(undefined, null)).toBe(true)
    expect(sameValue('', null)).toBe(true)
    expect(sameValue([], undefined)).toBe(true)
    expect(sameValue(['a'], ['b'])).toBe(false)
  })

  it('compares timestamps by instant, whatever their spelling', () => {
    expect(sameValue('2026-03-20T20:30:00Z', '2026-03-20T20:30:00.000Z')).toBe(true)
    expect(sameValue('2026-03-20T20:30:00Z', '2026-03-20T20:30:01Z')).toBe(false)
  })

  it('lists only keys that are present and changed', () => {
    expect(changedKeys({ a: 1, b: 2, c: 3 }, { a: 1, b: 5 }, ['a', 'b', 'c'])).toEqual(['b'])
  })

  it('finds the id of any relationship shape', () => {
    expect(idOf(7)).toBe(7)
    expect(idOf('7')).toBe(7)
    expect(idOf({ id: 7 })).toBe(7)
    expect(idOf({ relationTo: 'letters', value: 7 })).toBe(7)
    expect(idOf({ relationTo: 'letters', value: { id: 7 } })).toBe(7)
    expect(idOf(null)).toBeNull()
    expect(idOf('abc')).toBeNull()
  })
})
