import type { GlobalConfig } from 'payload'

import { allowIf, isAuthenticated } from '../access'
import { mayCorrect } from '../access/policies'
import { auditGlobalChange } from '../hooks/audit/auditGlobalChange'
import { forgetLetterhead } from '../server/pdf/letterhead'

/** سربرگ: what every printed letter, registry book and digest carries. Data, not code: any governorate. */
export const Letterhead: GlobalConfig = {
  slug: 'letterhead',
  label: 'سربرگ',
  admin: { group: 'دبیرخانه' },
  access: {
    read: isAuthenticated,
    update: allowIf(mayCorrect),
  },
  hooks: {
    afterChange: [
      auditGlobalChange,
      ({ doc }) => {
        forgetLetterhead()
        return doc
      },
    ],
  },
  fields: [
    { name: 'organisation', type: 'text', label: 'نام سازمان', required: true, defaultValue: 'استانداری' },
    { name: 'unit', type: 'text', label: 'نام واحد', defaultValue: 'دفتر سیاسی، انتخابات و تقسیمات کشوری' },
    { name: 'address', type: 'textarea', label: 'نشانی و تلفن (پانویس)' },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'attachments',
      label: 'نشان (PNG یا JPEG)',
      filterOptions: { mimeType: { in: ['image/png', 'image/jpeg'] } },
    },
  ],
}
