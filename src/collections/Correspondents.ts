import type { CollectionConfig } from 'payload'

import { hasAnyRole, isAuthenticated } from '../access'

const kindOptions = [
  { value: 'ministry', label: 'وزارتخانه / دستگاه ملی' },
  { value: 'governorate', label: 'استانداری' },
  { value: 'county-governorate', label: 'فرمانداری' },
  { value: 'district-office', label: 'بخشداری' },
  { value: 'organisation', label: 'سازمان / اداره' },
  { value: 'party', label: 'حزب / تشکل' },
  { value: 'person', label: 'شخص حقیقی' },
]

/** External parties letters come from and go to (طرف‌های مکاتبه). */
export const Correspondents: CollectionConfig = {
  slug: 'correspondents',
  labels: { singular: 'طرف مکاتبه', plural: 'طرف‌های مکاتبه' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'division'],
    group: 'دبیرخانه',
  },
  access: {
    read: isAuthenticated,
    // Staff registering or drafting a letter may add a sender on the fly.
    create: isAuthenticated,
    update: hasAnyRole('secretariat', 'admin'),
    delete: hasAnyRole('admin'),
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام', required: true, index: true },
    { name: 'kind', type: 'select', label: 'نوع', options: kindOptions, required: true, defaultValue: 'organisation' },
    { name: 'division', type: 'relationship', relationTo: 'divisions', label: 'محدودهٔ تقسیمات کشوری' },
    { name: 'address', type: 'textarea', label: 'نشانی' },
    { name: 'phone', type: 'text', label: 'تلفن' },
    { name: 'email', type: 'email', label: 'ایمیل' },
  ],
}
