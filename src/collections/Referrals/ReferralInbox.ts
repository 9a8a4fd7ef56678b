import type { CollectionConfig } from 'payload'

import { toOptions } from '../../lib/letters/options'
import { STATE_LABELS } from '../../lib/referrals'

/**
 * One row per (referral, recipient), with the referral's state, deadline and paper: what the
 * kartabl reads, so a user's desk is an index scan over their own rows rather than a visit to
 * every referral they ever received. Written only by the referrals' afterChange hook on the
 * same transaction; no interface reads or writes it. Declared as a collection so migrations
 * and the dev schema push know the table.
 */
export const ReferralInbox: CollectionConfig = {
  slug: 'referral-inbox',
  labels: { singular: 'ردیف کارتابل', plural: 'ردیف‌های کارتابل' },
  admin: { hidden: true },
  timestamps: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [
    { fields: ['userId', 'referralId'], unique: true },
    { fields: ['userId', 'state', 'deadline'] },
    { fields: ['userId', 'letterId'] },
  ],
  fields: [
    { name: 'referralId', type: 'number', required: true, index: true },
    { name: 'userId', type: 'number', required: true },
    { name: 'state', type: 'select', options: toOptions(STATE_LABELS), required: true },
    { name: 'deadline', type: 'date' },
    { name: 'sentAt', type: 'date', required: true },
    { name: 'letterId', type: 'number', index: true },
    // The letter is archived: its rows leave the kartabl (see src/server/archive.ts).
    { name: 'archived', type: 'checkbox', defaultValue: false },
  ],
}
