import type { CollectionConfig } from 'payload'

import { allowIf, isAuthenticated } from '../access'
import { mayKeepCommissions } from '../access/policies'

/** اتاق‌ها و مکان‌ها: the directorate's rooms meetings are booked in (the office enters them). */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: 'اتاق یا مکان', plural: 'اتاق‌ها و مکان‌ها' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'capacity', 'active'], group: 'دبیرخانه' },
  access: {
    read: isAuthenticated,
    create: allowIf(mayKeepCommissions),
    update: allowIf(mayKeepCommissions),
    // Meetings keep their room: a room is retired (active off), never deleted.
    delete: () => false,
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام', required: true, unique: true },
    { name: 'capacity', type: 'number', label: 'ظرفیت (نفر)', min: 1, max: 10000 },
    { name: 'active', type: 'checkbox', label: 'فعال', defaultValue: true, index: true },
  ],
}
