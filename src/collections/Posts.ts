import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated } from '../access'
import { internalCode } from '../fields/internalCode'

export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'سمت', plural: 'سمت‌ها' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'reportsTo', 'holder'],
    group: 'سازمان',
  },
  access: {
    read: isAuthenticated,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  // A post key is unique within its organisation (several org files may be loaded).
  indexes: [{ fields: ['organisation', 'key'], unique: true }],
  fields: [
    { name: 'title', type: 'text', label: 'عنوان سمت', required: true },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', label: 'سازمان', index: true, required: true, admin: internalCode() },
        {
          name: 'key',
          type: 'text',
          label: 'شناسه',
          required: true,
          index: true,
          admin: internalCode({ description: 'شناسهٔ لاتین سمت در پروندهٔ سازمانی (یکتا در هر سازمان).' }),
        },
      ],
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: 'واحد', required: true },
    { name: 'reportsTo', type: 'relationship', relationTo: 'posts', label: 'سمت بالادست' },
    { name: 'isUnitHead', type: 'checkbox', label: 'رییس واحد', defaultValue: false },
    { name: 'holder', type: 'relationship', relationTo: 'users', label: 'متصدی' },
    {
      name: 'duties',
      type: 'array',
      label: 'شرح وظایف',
      labels: { singular: 'وظیفه', plural: 'وظایف' },
      fields: [{ name: 'text', type: 'textarea', label: 'متن وظیفه', required: true }],
    },
    { name: 'subordinates', type: 'join', collection: 'posts', on: 'reportsTo', label: 'سمت‌های زیردست' },
  ],
}
