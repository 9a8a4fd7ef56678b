import type { CollectionConfig } from 'payload'

import { allowIf, isAuthenticated } from '../../access'
import { mayCorrect } from '../../access/policies'
import { toOptions } from '../../lib/letters/options'
import { PURPOSE_LABELS } from '../../lib/referrals'
import { clearanceOptions } from '../../lib/security/clearance'

/**
 * قواعد ارجاع خودکار: on registering an incoming letter, matching rules (in order) propose its
 * first referrals as drafts, which the office chief checks, edits and sends. With no match the
 * letter goes to the office chief for triage.
 */
export const RoutingRules: CollectionConfig = {
  slug: 'routing-rules',
  labels: { singular: 'قاعدهٔ ارجاع', plural: 'قواعد ارجاع خودکار' },
  admin: { useAsTitle: 'name', defaultColumns: ['order', 'name', 'active', 'purpose', 'toPost', 'toUnit', 'stop'], group: 'کارتابل' },
  defaultSort: 'order',
  access: {
    read: isAuthenticated,
    // The office chief keeps the rules.
    create: allowIf(mayCorrect),
    update: allowIf(mayCorrect),
    delete: allowIf(mayCorrect),
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام قاعده', required: true },
    { name: 'order', type: 'number', label: 'ترتیب', required: true, defaultValue: 10, index: true },
    { name: 'active', type: 'checkbox', label: 'فعال', defaultValue: true },
    {
      type: 'collapsible',
      label: 'شرط‌ها (خالی یعنی هر مقدار)',
      fields: [
        { name: 'senders', type: 'relationship', relationTo: 'correspondents', hasMany: true, label: 'فرستنده' },
        { name: 'keywords', type: 'text', hasMany: true, label: 'کلیدواژه در موضوع یا کلیدواژه‌ها' },
        { name: 'divisions', type: 'relationship', relationTo: 'divisions', hasMany: true, label: 'محدودهٔ فرستنده' },
        { name: 'classifications', type: 'select', options: clearanceOptions, hasMany: true, label: 'طبقه‌بندی' },
      ],
    },
    {
      type: 'collapsible',
      label: 'ارجاع پیشنهادی',
      fields: [
        { name: 'toPost', type: 'relationship', relationTo: 'posts', label: 'به سمت' },
        { name: 'toUnit', type: 'relationship', relationTo: 'units', label: 'به واحد (رییس واحد)' },
        { name: 'purpose', type: 'select', options: toOptions(PURPOSE_LABELS), label: 'هدف', required: true, defaultValue: 'action' },
        { name: 'instruction', type: 'textarea', label: 'هامش' },
        { name: 'stop', type: 'checkbox', label: 'پس از این قاعده، قاعدهٔ دیگری بررسی نشود', defaultValue: false },
      ],
    },
  ],
}
