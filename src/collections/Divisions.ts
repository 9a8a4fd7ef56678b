import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated } from '../access'
import { DIVISION_TYPE_FA, DIVISION_TYPES } from '../lib/divisions/validate'
import { retitleChildren, setDivisionTitle } from './divisionTitle'

const typeOptions = DIVISION_TYPES.map((value) => ({ label: DIVISION_TYPE_FA[value], value }))

export const Divisions: CollectionConfig = {
  slug: 'divisions',
  labels: { singular: 'عنصر تقسیمات کشوری', plural: 'تقسیمات کشوری' },
  admin: {
    // «کازرون (شهرستان)» and «کازرون (شهر، شهرستان کازرون)», not two identical «کازرون» in a picker.
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'code', 'parent'],
    group: 'تقسیمات کشوری',
    listSearchableFields: ['title', 'nameEn', 'code'],
  },
  access: {
    read: isAuthenticated,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [setDivisionTitle],
    afterChange: [retitleChildren],
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام', required: true, index: true },
    {
      name: 'title',
      type: 'text',
      label: 'عنوان',
      index: true,
      admin: { readOnly: true, description: 'نام با سطح و شهرستان؛ سامانه آن را می‌سازد.' },
    },
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
