import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated } from '../access'

export const DIVISION_TYPES = [
  { label: 'استان', value: 'province' },
  { label: 'شهرستان', value: 'county' },
  { label: 'بخش', value: 'district' },
  { label: 'دهستان', value: 'rural_district' },
  { label: 'شهر', value: 'city' },
  { label: 'ناحیهٔ شهری', value: 'urban_district' },
  { label: 'روستا', value: 'village' },
]

export const Divisions: CollectionConfig = {
  slug: 'divisions',
  labels: { singular: 'عنصر تقسیمات کشوری', plural: 'تقسیمات کشوری' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'code', 'parent'],
    group: 'تقسیمات کشوری',
    listSearchableFields: ['name', 'nameEn', 'code'],
  },
  access: {
    read: isAuthenticated,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام', required: true, index: true },
    { name: 'nameEn', type: 'text', label: 'نام لاتین' },
    { name: 'type', type: 'select', label: 'سطح', options: DIVISION_TYPES, required: true, index: true },
    { name: 'code', type: 'text', label: 'کد', required: true, index: true },
    {
      name: 'sourceId',
      type: 'text',
      label: 'شناسهٔ منبع',
      required: true,
      unique: true,
      admin: { readOnly: true, description: 'شناسهٔ عنصر در دادهٔ مرجع (مانند county:0701)؛ برای بارگذاری تکرارپذیر.' },
    },
    { name: 'parent', type: 'relationship', relationTo: 'divisions', label: 'عنصر بالادست', index: true },
    { name: 'children', type: 'join', collection: 'divisions', on: 'parent', label: 'زیرمجموعه' },
  ],
}
