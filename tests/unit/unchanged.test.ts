import { describe, expect, it } from 'vitest'

import { changesNothing } from '../../src/lib/races/unchanged'

const stored = new Set(['status', 'subject', 'sender', 'registeredAt', 'recipients'])
const original = {
  status: 'registered',
  subject: 'گزارش',
  sender: { relationTo: 'correspondents', value: { id: 7, createdAt: '2026-01-01T00:00:00.000Z' } },
  registeredAt: '2026-11-30T10:00:00.000Z',
  recipients: [],
}

describe('whether an update changes nothing stored', () => {
  it('a repeated move changes nothing: same state, ids for populated relations, a date as another string of the same instant', () => {
    expect(changesNothing(original, { status: 'registered' }, stored)).toBe(true)
    expect(changesNothing(original, { sender: { relationTo: 'correspondents', value: 7 }, registeredAt: '2026-11-30T10:00:00Z' }, stored)).toBe(true)
    expect(changesNothing(original, { recipients: null }, stored)).toBe(true)
  })

  it('a field that differs is a change; virtual fields (not stored) are not', () => {
    expect(changesNothing(original, { status: 'registered', subject: 'گزارش تازه' }, stored)).toBe(false)
    expect(changesNothing(original, { status: 'cancelled' }, stored)).toBe(false)
    expect(changesNothing(original, { status: 'registered', correctionReason: 'دلیل' }, stored)).toBe(true)
  })
})
