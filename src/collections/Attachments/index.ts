import type { CollectionConfig } from 'payload'

import { canReadByClearance, isAuthenticated } from '../../access'
import { clearanceOptions } from '../../lib/security/clearance'
import { inspectUpload } from './hooks/inspectUpload'
import { recordInspection } from './hooks/recordInspection'

/** پیوست: files attached to letters. Only real PDF, JPEG, PNG, TIFF, WebP and DOCX files. */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: 'پیوست', plural: 'پیوست‌ها' },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'detectedType', 'filesize', 'classification', 'createdAt'],
    group: 'دبیرخانه',
  },
  access: {
    // Same clearance rule as the letters: an attachment carries the highest classification
    // of the letters it is attached to (raised when a letter is saved).
    read: canReadByClearance('createdBy'),
    create: isAuthenticated,
    update: () => false,
    // Files of registered letters are part of the record.
    delete: () => false,
  },
  upload: {
    staticDir: 'media',
    mimeTypes: [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'image/tiff',
      'image/webp',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    imageSizes: [{ name: 'thumbnail', width: 320, withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
    // Never rendered inline: a file is downloaded, and the browser may not guess its type.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  hooks: {
    beforeOperation: [inspectUpload],
    beforeChange: [recordInspection],
  },
  fields: [
    { name: 'originalName', type: 'text', label: 'نام اصلی پرونده', admin: { readOnly: true } },
    { name: 'detectedType', type: 'text', label: 'نوع تشخیص‌داده‌شده', admin: { readOnly: true } },
    { name: 'sha256', type: 'text', label: 'چکیدهٔ SHA-256', index: true, admin: { readOnly: true } },
    { name: 'classification', type: 'select', label: 'طبقه‌بندی', options: clearanceOptions, required: true, defaultValue: 'normal' },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: 'بارگذارنده', admin: { readOnly: true } },
    { name: 'letters', type: 'join', collection: 'letters', on: 'attachments', label: 'نامه‌ها' },
  ],
}
