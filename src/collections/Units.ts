import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated } from '../access'
import { internalCode } from '../fields/internalCode'
import { UNIT_KIND_LABELS, UNIT_KINDS } from '../lib/org/types'

const kindOptions = UNIT_KINDS.map((value) => ({ label: UNIT_KIND_LABELS[value], value }))

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'واحد سازمانی', plural: 'واحدهای سازمانی' },
  admin: {
    useAsTitle: 'name',
    // The code is the admin's (src/fields/internalCode.ts): a column they may add.
    defaultColumns: ['name', 'kind', 'parent'],
    group: 'سازمان',
  },
  access: {
    read: isAuthenticated,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام واحد', required: true },
    {
      name: 'code',
      type: 'text',
      label: 'کد واحد',
      required: true,
      unique: true,
      index: true,
      admin: internalCode({ description: 'کد کوتاه لاتین؛ در قالب شمارهٔ دفاتر اندیکاتور به کار می‌رود.' }),
    },
    { name: 'kind', type: 'select', label: 'نوع', options: kindOptions, required: true },
    { name: 'parent', type: 'relationship', relationTo: 'units', label: 'واحد بالادست' },
    {
      name: 'organisation',
      type: 'text',
      label: 'سازمان',
      index: true,
      admin: internalCode({ description: 'کد پروندهٔ سازمانی که این واحد از آن بارگذاری شده است.' }),
    },
    { name: 'children', type: 'join', collection: 'units', on: 'parent', label: 'واحدهای زیرمجموعه' },
    { name: 'posts', type: 'join', collection: 'posts', on: 'unit', label: 'سمت‌ها' },
  ],
}
