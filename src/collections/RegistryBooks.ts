import type { CollectionConfig } from 'payload'

import { hasAnyRole, isAuthenticated } from '../access'
import { LETTER_KIND_LABELS, toOptions } from '../lib/letters/options'
import { validateTemplate } from '../lib/registry'
import { requirementOptions } from '../lib/letters/requirements'

/** دفتر اندیکاتور: numbers letters of some kinds, per Jalali year, in its own format. */
export const RegistryBooks: CollectionConfig = {
  slug: 'registry-books',
  labels: { singular: 'دفتر اندیکاتور', plural: 'دفاتر اندیکاتور' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kinds', 'format', 'active'],
    group: 'دبیرخانه',
  },
  access: {
    read: isAuthenticated,
    create: hasAnyRole('admin'),
    update: hasAnyRole('admin'),
    // A book that has numbered letters is part of the record: deactivate it instead.
    delete: () => false,
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام دفتر', required: true },
    { name: 'code', type: 'text', label: 'کد دفتر', required: true, unique: true, admin: { description: 'مانند «و» برای وارده یا «ص» برای صادره.' } },
    { name: 'kinds', type: 'select', label: 'نوع نامه‌ها', hasMany: true, required: true, options: toOptions(LETTER_KIND_LABELS) },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: 'واحد (اختیاری)' },
    {
      name: 'format',
      type: 'text',
      label: 'قالب شماره',
      required: true,
      defaultValue: '{year}/{code}/{seq}',
      // Stored as the admin types it; people read it in Persian with an example number
      // (src/components/RegistryBooks/NumberTemplate.tsx).
      admin: {
        components: {
          Cell: '/src/components/RegistryBooks/NumberTemplate#NumberTemplateCell',
          Field: '/src/components/RegistryBooks/NumberTemplate#NumberTemplateField',
        },
      },
      validate: (value: string | null | undefined) => {
        const result = validateTemplate(value ?? '')
        return result.ok ? true : result.error
      },
    },
    { name: 'persianDigits', type: 'checkbox', label: 'نمایش شماره با رقم فارسی', defaultValue: false },
    { name: 'active', type: 'checkbox', label: 'فعال', defaultValue: true },
    {
      name: 'requirements',
      type: 'array',
      label: 'لازمه‌های ثبت',
      labels: { singular: 'لازمهٔ ثبت', plural: 'لازمه‌های ثبت' },
      admin: {
        description:
          'آنچه نامه پیش از ثبت در این دفتر باید داشته باشد، برای هر نوع نامه. برای نوعی که این‌جا نیامده، قاعدهٔ پیش‌فرض سامانه به کار می‌رود (وارده: فرستنده، شماره و تاریخ نامهٔ فرستنده، موضوع، متن یا پیوست).',
      },
      validate: (rows: unknown) => {
        const kinds = ((rows as { kind?: string }[] | null) ?? []).map((row) => row?.kind)
        return new Set(kinds).size === kinds.length ? true : 'برای هر نوع نامه فقط یک ردیف لازمه بنویسید.'
      },
      fields: [
        { name: 'kind', type: 'select', label: 'نوع نامه', required: true, options: toOptions(LETTER_KIND_LABELS) },
        { name: 'items', type: 'select', label: 'لازم برای ثبت', hasMany: true, options: requirementOptions },
      ],
    },
  ],
}
