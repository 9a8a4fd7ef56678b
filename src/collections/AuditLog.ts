import type { CollectionConfig } from 'payload'

import { allowIf } from '../access'
import { readAuditChanges } from '../access/auditChanges'
// Declares the trail's filterable fields beside its read rule.
import '../access/auditLog'
import { mayReadAudit } from '../access/policies'
import { jalaliCompanion } from '../fields/jalaliCompanion'
import { jalaliDate } from '../fields/jalaliDate'
import { AUDIT_ACTION_LABELS, AUDIT_INTERFACE_LABELS, AUDIT_OUTCOME_LABELS } from '../lib/audit/vocabulary'
import { toOptions } from '../lib/letters/options'
import { clearanceOptions } from '../lib/security/clearance'

const never = () => false

/**
 * دفتر رویدادها: the audit trail. Written only by src/server/audit.ts (raw SQL on its own
 * connection, hash-chained); no interface may create, change or delete an entry, and a
 * database trigger refuses UPDATE, DELETE and TRUNCATE on the table; the app's database role
 * may only SELECT and INSERT it (src/server/databaseRoles.ts), and each entry is signed (`mac`).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'رویداد', plural: 'دفتر رویدادها' },
  timestamps: false,
  lockDocuments: false,
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['at', 'actorEmail', 'action', 'targetLabel', 'targetId', 'classification', 'interface', 'outcome'],
    group: 'نظارت',
    description: 'هر ایجاد، تغییر، خواندن سند طبقه‌بندی‌شده، ورود و هر تلاش ردشده؛ فقط‌خواندنی و زنجیره‌شده با SHA-256.',
  },
  access: {
    read: allowIf(mayReadAudit),
    create: never,
    update: never,
    delete: never,
  },
  fields: [
    jalaliDate({ name: 'at', label: 'زمان', withTime: true, required: true, index: true, admin: { readOnly: true } }),
    jalaliCompanion('atJalali', 'at', 'زمان (شمسی)'),
    // A plain id, not a relationship: a foreign key would make every entry wait on locks the
    // audited request's own transaction may hold on the users table.
    { name: 'actorId', type: 'number', label: 'شناسهٔ کاربر', index: true, admin: { readOnly: true } },
    { name: 'actorEmail', type: 'text', label: 'نشانی کاربر', admin: { readOnly: true } },
    { name: 'action', type: 'select', label: 'رویداد', options: toOptions(AUDIT_ACTION_LABELS), required: true, index: true },
    { name: 'targetCollection', type: 'text', label: 'نوع سند (شناسه)', index: true },
    {
      name: 'targetLabel',
      type: 'text',
      label: 'نوع سند',
      virtual: true,
      admin: { readOnly: true },
      // People read «نامه», not `letters`.
      hooks: {
        afterRead: [
          ({ siblingData, req }) => {
            const slug = (siblingData as { targetCollection?: string }).targetCollection
            const labels = slug ? req.payload.collections[slug as 'letters']?.config.labels : undefined
            const singular = labels?.singular
            return typeof singular === 'string' ? singular : (slug ?? null)
          },
        ],
      },
    },
    { name: 'targetId', type: 'text', label: 'شناسهٔ سند', index: true },
    { name: 'classification', type: 'select', label: 'طبقه‌بندی', options: clearanceOptions },
    { name: 'interface', type: 'select', label: 'درگاه', options: toOptions(AUDIT_INTERFACE_LABELS), required: true },
    { name: 'outcome', type: 'select', label: 'نتیجه', options: toOptions(AUDIT_OUTCOME_LABELS), required: true, index: true },
    { name: 'message', type: 'text', label: 'شرح' },
    {
      name: 'changes',
      type: 'json',
      label: 'پیش و پس از تغییر',
      // Before/after values are a copy of the record: shown only to readers cleared for the
      // entry's own level who may also read the record's content as it is now.
      access: { read: readAuditChanges },
    },
    { name: 'prevHash', type: 'text', label: 'چکیدهٔ رویداد پیشین', admin: { readOnly: true } },
    { name: 'hash', type: 'text', label: 'چکیدهٔ این رویداد', admin: { readOnly: true } },
    // HMAC-SHA256 of `hash` under DABIR_AUDIT_KEY (kept in .env, never in the database).
    { name: 'mac', type: 'text', label: 'مهر (HMAC) این رویداد', admin: { readOnly: true } },
  ],
}
