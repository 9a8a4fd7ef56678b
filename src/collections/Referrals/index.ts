import type { Access, CollectionConfig, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { isAuthenticated } from '../../access'
import { registerReadGrant } from '../../access/readRule'
import { canReadReferralContent } from '../../access/referrals'
import { referralFieldUpdate } from '../../access/referralFields'
import { jalaliCompanion } from '../../fields/jalaliCompanion'
import { carryAttachments } from '../../hooks/carryAttachments'
import { jalaliDate } from '../../fields/jalaliDate'
import { plainTextAsRichText } from '../../hooks/plainTextAsRichText'
import { serverSet } from '../../fields/serverSet'
import { toOptions } from '../../lib/letters/options'
import { isOverdue, PURPOSE_LABELS, STATE_LABELS } from '../../lib/referrals'
import { hasRole } from '../../lib/security/roles'
import { mayTriage } from '../../lib/referrals/triage'
import { executeOnRequest } from '../../server/sqlOnRequest'
import { refuseStaleUpdate } from '../../server/rowLock'
import { lockReferral, refuseRepeatedReferralMove } from './hooks/lockReferral'
import { markSeen } from './hooks/markSeen'
import { notifyReferral } from './hooks/notifyReferral'
import { syncInbox } from './hooks/syncInbox'
import { prepareReferral } from './hooks/prepareReferral'
import { createSiblingReferrals } from './hooks/splitReferral'
import { referralDigestSections } from './digest'
import { referralResponseSearch } from './search'

const content = canReadReferralContent
// Read-only in the admin for whoever may not change it (src/access/referralFields.ts).
const editable = referralFieldUpdate

// A draft is its sender's alone until it is sent, but for the drafts proposed at registration
// (the triage): those are every office chief's to review and send (src/lib/referrals/triage.ts).
const mine = (userId: number | string): Where => ({
  or: [{ from: { equals: userId } }, { and: [{ to: { contains: userId } }, { state: { not_equals: 'draft' } }] }],
})
const TRIAGE: Where = { proposed: { equals: true } }

/** Sender and recipients; the director general and the office chief follow every referral up (drafts: see `mine`). */
const readReferrals: Access = ({ req }) => {
  const user = req.user
  if (!user || user.active === false) return false
  const chief = mayTriage(user)
  if (hasRole(user, 'director') || chief) return { or: [{ state: { not_equals: 'draft' } }, mine(user.id), ...(chief ? [TRIAGE] : [])] }
  return mine(user.id)
}

// An office chief may update a proposed referral: sending the draft (src/collections/Referrals/hooks/
// prepareReferral.ts decides what; a draft another chief has just sent is refused there with a 409).
const updateReferrals: Access = ({ req }) => {
  const user = req.user
  if (!user || user.active === false) return false
  return mayTriage(user) ? { or: [mine(user.id), TRIAGE] } : mine(user.id)
}

/** ارجاع: a paper sent to someone with a purpose, an instruction and a deadline. */
export const Referrals: CollectionConfig = {
  slug: 'referrals',
  labels: { singular: 'ارجاع', plural: 'ارجاع‌ها' },
  admin: {
    defaultColumns: ['record', 'from', 'to', 'purpose', 'state', 'deadlineJalali', 'overdue'],
    // A referral has no title of its own: the list searches its instruction and response (content
    // fields, so a hidden paper's referral answers «no»: src/hooks/confineContentQueries.ts),
    // and its search box says so in Persian instead of Payload's «ID».
    listSearchableFields: ['instruction', 'response'],
    group: 'کارتابل',
  },
  // Joins the lookup (/api/search) and the director's digest.
  custom: { search: referralResponseSearch, digest: referralDigestSections },
  access: {
    read: readReferrals,
    create: isAuthenticated,
    update: updateReferrals,
    // A referral is part of the paper's history: it is recalled or returned, never deleted.
    delete: () => false,
  },
  hooks: {
    // A move reads the referral only once it alone may move it (its letter locked first).
    beforeOperation: [lockReferral],
    beforeChange: [refuseStaleUpdate('referrals'), refuseRepeatedReferralMove, prepareReferral],
    // The siblings of a referral sent to several people are made last, each with its own hooks.
    afterChange: [syncInbox, notifyReferral, carryAttachments('responseAttachments'), createSiblingReferrals],
    afterRead: [markSeen],
  },
  fields: [
    { name: 'record', type: 'relationship', relationTo: ['letters'], label: 'سند', required: true, index: true },
    { name: 'from', type: 'relationship', relationTo: 'users', label: 'ارجاع‌دهنده', admin: serverSet('from'), index: true },
    { name: 'to', type: 'relationship', relationTo: 'users', hasMany: true, label: 'گیرندگان', index: true, access: { update: editable('to') } },
    { name: 'toPost', type: 'relationship', relationTo: 'posts', label: 'به سمت', access: { update: editable('toPost') } },
    { name: 'toUnit', type: 'relationship', relationTo: 'units', label: 'به واحد (رییس واحد)', access: { update: editable('toUnit') } },
    { name: 'purpose', type: 'select', options: toOptions(PURPOSE_LABELS), label: 'هدف ارجاع', required: true, defaultValue: 'action', access: { update: editable('purpose') } },
    // Content of the paper: src/access/referrals.ts.
    { name: 'instruction', type: 'textarea', label: 'هامش / دستور', access: { read: content, update: editable('instruction') } },
    // A deadline is a day: the end of that working day in Tehran, however it is given.
    jalaliDate({ name: 'deadline', label: 'مهلت', endOfDay: true, index: true, access: { update: editable('deadline') } }),
    {
      // Kept by the server: true while the deadline is the one counted from the paper's urgency in
      // working days, so a holiday change counts it again (src/collections/Holidays/hooks).
      name: 'deadlineByDefault',
      type: 'checkbox',
      label: 'مهلت پیش‌فرض (روز کاری)',
      defaultValue: false,
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
    jalaliCompanion('deadlineJalali', 'deadline', 'مهلت (شمسی)'),
    { name: 'state', type: 'select', options: toOptions(STATE_LABELS), label: 'وضعیت', required: true, defaultValue: 'sent', index: true, access: { update: editable('state') } },
    {
      // Kept by the server: true for the drafts proposed at registration (src/jobs/proposeReferrals.ts),
      // which every office chief reviews and sends, not only the registrar.
      name: 'proposed',
      type: 'checkbox',
      label: 'پیشنهاد هنگام ثبت',
      defaultValue: false,
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      label: 'دیرکرد',
      virtual: true,
      admin: serverSet('overdue'),
      // Derived on every read from the deadline and the clock: never stored, never stale.
      hooks: { afterRead: [({ siblingData }) => isOverdue(siblingData as never, new Date())] },
    },
    // Rich text, as a letter's body; a plain string given to the API is taken as its paragraphs.
    { name: 'response', type: 'richText', label: 'پاسخ / گزارش اقدام', access: { read: content, update: editable('response') }, hooks: { beforeValidate: [plainTextAsRichText] } },
    { name: 'returnReason', type: 'textarea', label: 'علت عودت', access: { read: content, update: editable('returnReason') } },
    // A relationship, not an upload field: Payload's upload field shows the stored (server-made)
    // file name; a relationship shows the attachment's title, «name (type، size)».
    { name: 'responseAttachments', type: 'relationship', relationTo: 'attachments', hasMany: true, label: 'پیوست‌های پاسخ', access: { read: content, update: editable('responseAttachments') } },
    { name: 'createReply', type: 'checkbox', label: 'با انجام، پیش‌نویس پاسخ (صادره، عطف به نامه) ساخته شود', virtual: true, access: { update: editable('createReply') } },
    { name: 'replyLetter', type: 'relationship', relationTo: 'letters', label: 'پیش‌نویس پاسخ', admin: serverSet('replyLetter') },
    { name: 'parent', type: 'relationship', relationTo: 'referrals', label: 'ارجاع بالادست', access: { update: editable('parent') } },
    {
      name: 'history',
      type: 'array',
      label: 'سابقهٔ وضعیت',
      // Without its own labels Payload names each row after the field («History 01»).
      labels: { singular: 'تغییر وضعیت', plural: 'سابقهٔ وضعیت' },
      admin: serverSet('history'),
      fields: [
        { name: 'state', type: 'select', options: toOptions(STATE_LABELS), label: 'وضعیت' },
        jalaliDate({ name: 'at', label: 'زمان', withTime: true }),
        { name: 'by', type: 'relationship', relationTo: 'users', label: 'کاربر' },
      ],
    },
  ],
}

// A referral grants its recipients the paper it carries (and the paper's attachments), for as
// long as it was sent and not recalled. One index scan over the user's kartabl rows, not a
// Payload find over every referral they ever received (~0.1 ms a referral in field traversal).
registerReadGrant(async (req, collection) => {
  const user = req.user
  if (!user || (collection !== 'letters' && collection !== 'attachments')) return []
  const letters = sql`
    SELECT DISTINCT i.letter_id AS id FROM referral_inbox i
    WHERE i.user_id = ${user.id} AND i.letter_id IS NOT NULL AND i.state NOT IN ('recalled', 'draft')`
  const query =
    collection === 'letters'
      ? letters
      : sql`SELECT DISTINCT lr.attachments_id AS id FROM letters_rels lr
            WHERE lr.path = 'attachments' AND lr.attachments_id IS NOT NULL AND lr.parent_id IN (${letters})`
  const result = await executeOnRequest(req, query)
  return (result?.rows ?? []).map((row) => Number(row.id))
})
