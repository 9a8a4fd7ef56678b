import { describe, expect, it } from 'vitest'

import { mayChangeReferralField, REFERRAL_EDITABLE_FIELDS } from '../../src/lib/referrals/fields'

const sender = { id: 1, roles: ['deputy'] }
const recipient = { id: 2, roles: ['expert'] }
const chief = { id: 3, roles: ['secretariat'] }
const stranger = { id: 4, roles: ['expert'] }
const referral = (state: string, extra: Record<string, unknown> = {}) => ({ from: 1, to: [{ id: 2 }], state, ...extra })
const editable = (user: object | null, state: string, extra: Record<string, unknown> = {}) =>
  REFERRAL_EDITABLE_FIELDS.filter((field) => mayChangeReferralField(field, user as never, referral(state, extra)))

describe('who may change which field of a referral (the admin’s read-only fields)', () => {
  it('a draft is its sender’s to edit whole, and a proposal every office chief’s', () => {
    expect(editable(sender, 'draft')).toEqual(['to', 'toPost', 'toUnit', 'purpose', 'parent', 'instruction', 'deadline', 'state'])
    expect(editable(chief, 'draft', { proposed: true })).toEqual(['to', 'toPost', 'toUnit', 'purpose', 'parent', 'instruction', 'deadline', 'state'])
    expect(editable(chief, 'draft')).toEqual([])
    expect(editable(recipient, 'draft')).toEqual([])
  })

  it('once sent: the sender the instruction, deadline and state while unseen; the recipient the state and the answer', () => {
    expect(editable(sender, 'sent')).toEqual(['instruction', 'deadline', 'state'])
    expect(editable(sender, 'seen')).toEqual(['state'])
    expect(editable(recipient, 'seen')).toEqual(['state', 'response', 'returnReason', 'responseAttachments', 'createReply'])
    expect(editable(stranger, 'seen')).toEqual([])
    expect(editable(null, 'seen')).toEqual([])
  })

  it('a closed referral changes no more', () => {
    for (const state of ['done', 'returned', 'recalled']) {
      expect(editable(sender, state), state).toEqual([])
      expect(editable(recipient, state), state).toEqual([])
    }
  })
})
