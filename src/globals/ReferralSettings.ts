import type { GlobalConfig } from 'payload'

import { allowIf, isAuthenticated } from '../access'
import { mayCorrect } from '../access/policies'
import { DEFAULT_DEADLINE_DAYS } from '../lib/referrals'
import { auditGlobalChange } from '../hooks/audit/auditGlobalChange'

const days = (name: keyof typeof DEFAULT_DEADLINE_DAYS, label: string) => ({
  name,
  type: 'number' as const,
  label,
  required: true,
  min: 0,
  max: 60,
  defaultValue: DEFAULT_DEADLINE_DAYS[name],
  admin: { description: 'روز کاری؛ صفر یعنی همان روز' },
})

/** تنظیمات ارجاع: default deadlines per urgency, in working days. Kept by the office chief. */
export const ReferralSettings: GlobalConfig = {
  slug: 'referral-settings',
  label: 'تنظیمات ارجاع',
  admin: { group: 'کارتابل' },
  access: {
    read: isAuthenticated,
    update: allowIf(mayCorrect),
  },
  hooks: { afterChange: [auditGlobalChange] },
  fields: [
    {
      type: 'group',
      name: 'deadlineDays',
      label: 'مهلت پیش‌فرض بر پایهٔ فوریت',
      fields: [days('immediate', 'آنی'), days('very-urgent', 'خیلی فوری'), days('urgent', 'فوری'), days('normal', 'عادی')],
    },
  ],
}
