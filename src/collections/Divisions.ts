import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated } from '../access'
import { DIVISION_TYPE_FA, DIVISION_TYPES } from '../lib/divisions/validate'

const typeOptions = DIVISION_TYPES.map((value) => ({ label: DIVISION_TYPE_FA[value], value }))

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
    { name: 'type', type: 'select', label: 'سطح', options: typeOptions, required: true, index: true },
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
