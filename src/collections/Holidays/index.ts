import type { CollectionConfig } from 'payload'

import { allowIf, isAuthenticated } from '../../access'
import { mayKeepHolidays } from '../../access/policies'
import { jalaliCompanion } from '../../fields/jalaliCompanion'
import { internalCode } from '../../fields/internalCode'
import { jalaliDate } from '../../fields/jalaliDate'
import { HOLIDAY_SCOPE_LABELS, HOLIDAY_SCOPES } from '../../lib/holidays'
import { checkHolidayScope } from './hooks/checkHolidayScope'
import { recomputeOpenDeadlines, recomputeOpenDeadlinesAfterDelete } from './hooks/recomputeOpenDeadlines'

/**
 * تعطیلات: the closed days every working-day rule reads (referral deadlines, the morning jobs,
 * the digest window; src/server/holidays.ts). Seeded from data/iran-holidays.json; the office
 * chief moves a lunar holiday or adds a local closure, and the open referrals whose deadline
 * was counted by default are counted again.
 */
export const Holidays: CollectionConfig = {
  slug: 'holidays',
  labels: { singular: 'تعطیلی', plural: 'تعطیلات' },
  admin: { useAsTitle: 'name', defaultColumns: ['date', 'name', 'scope', 'division', 'source'], group: 'کارتابل', listSearchableFields: ['name', 'reason'] },
  defaultSort: '-date',
  access: {
    read: isAuthenticated,
    create: allowIf(mayKeepHolidays),
    update: allowIf(mayKeepHolidays),
    delete: allowIf(mayKeepHolidays),
  },
  hooks: {
    beforeValidate: [checkHolidayScope],
    afterChange: [recomputeOpenDeadlines],
    afterDelete: [recomputeOpenDeadlinesAfterDelete],
  },
  fields: [
    jalaliDate({ name: 'date', label: 'تاریخ', required: true, index: true }),
    jalaliCompanion('dateJalali', 'date', 'تاریخ (شمسی)'),
    { name: 'name', type: 'text', label: 'مناسبت', required: true },
    {
      name: 'scope',
      type: 'select',
      label: 'گستره',
      required: true,
      defaultValue: 'national',
      options: HOLIDAY_SCOPES.map((value) => ({ value, label: HOLIDAY_SCOPE_LABELS[value] })),
    },
    {
      name: 'division',
      type: 'relationship',
      relationTo: 'divisions',
      label: 'محدوده (استان یا شهرستان)',
      admin: { condition: (data) => data?.scope === 'province' || data?.scope === 'county' },
    },
    {
      name: 'source',
      type: 'text',
      label: 'منبع',
      required: true,
      // The seed's provenance is stored as data/ writes it (English); people read it in Persian.
      admin: {
        components: {
          Cell: '/src/components/Holidays/HolidaySource#HolidaySourceCell',
          Field: '/src/components/Holidays/HolidaySource#HolidaySourceField',
        },
      },
    },
    { name: 'reason', type: 'textarea', label: 'دلیل / توضیح' },
    {
      name: 'seedKey',
      type: 'text',
      label: 'شناسهٔ دادهٔ مرجع',
      unique: true,
      // An internal key of the reference data: the admin's (src/fields/internalCode.ts).
      admin: internalCode({ readOnly: true, description: 'برای بارگذاری تکرارپذیر از data/iran-holidays.json؛ تعطیلی افزودهٔ دفتر آن را ندارد.' }),
      access: { create: () => false, update: () => false },
    },
  ],
}
