import type { CollectionConfig } from 'payload'

/**
 * The last number taken per (book, Jalali year). Written only by takeNextSeq's upsert on the
 * registering transaction; no interface reads or writes it. Declared as a collection so the
 * schema (migrations, dev push) knows the table.
 */
export const RegistryCounters: CollectionConfig = {
  slug: 'registry-counters',
  labels: { singular: 'شمارندهٔ دفتر', plural: 'شمارنده‌های دفاتر' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['book', 'year'], unique: true }],
  fields: [
    { name: 'book', type: 'relationship', relationTo: 'registry-books', required: true },
    { name: 'year', type: 'number', required: true },
    { name: 'lastSeq', type: 'number', required: true },
  ],
}
