import type { CollectionConfig, Condition } from 'payload'

import { isAuthenticated } from '../../access'
import { readAttachments } from '../../access/attachments'
import { auditReads } from '../../hooks/audit/auditReads'
import { recordDenials } from '../../hooks/audit/recordDenials'
import { refuseAboveClearance } from '../../hooks/refuseAboveClearance'
import { audit } from '../../server/audit'
import { clearanceOptions } from '../../lib/security/clearance'
import { hasRole } from '../../lib/security/roles'
import { inspectUpload } from './hooks/inspectUpload'
import { recordInspection, titleOrFallback } from './hooks/recordInspection'

/** In the form only for the system admin (the API still answers each reader as before). */
const forAdmins: Condition = (_data, _sibling, { user }) => hasRole(user, 'admin')

/** پیوست: files attached to letters. Only real PDF, JPEG, PNG, TIFF, WebP and DOCX files. */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: 'پیوست', plural: 'پیوست‌ها' },
  admin: {
    // The uploader's name with its type and size, «گزارش.pdf (PDF، ۱٫۲ مگابایت)»: what every
    // relationship select, cell and drawer shows, never the server-made `filename`.
    useAsTitle: 'title',
    defaultColumns: ['title', 'classification', 'createdBy', 'createdAt'],
    group: 'دبیرخانه',
  },
  access: {
    read: readAttachments,
    create: isAuthenticated,
    update: () => false,
    // Files of registered letters are part of the record.
    delete: () => false,
  },
  upload: {
    staticDir: 'media',
    // The one check of a file is ours (inspectUpload: bytes, names, DOCX inside, Persian
    // reasons). Payload's own (file-type detection and its PDF test) answers in English and
    // refuses PDFs ours accepts; this turns it off. `mimeTypes` only tells the file picker.
    allowRestrictedFileTypes: true,
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
    // Runs after Payload's access check passed: the download is recorded, then served.
    handlers: [
      async (req, { doc }) => {
        const file = doc as { id?: number; classification?: string } | undefined
        await audit(req, { action: 'download', collection: 'attachments', id: file?.id ?? null, classification: file?.classification ?? null })
      },
    ],
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  hooks: {
    beforeOperation: [inspectUpload, recordDenials],
    beforeChange: [recordInspection, refuseAboveClearance('attachments', { createOnly: true })],
    afterRead: [auditReads],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'پیوست',
      // Set once from the upload (recordInspection); a row stored before it was kept is named
      // on reading from what it has (src/lib/files/labels.ts).
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      hooks: { afterRead: [titleOrFallback] },
    },
    { name: 'originalName', type: 'text', label: 'نام اصلی فایل', admin: { readOnly: true } },
    // The file's inspection, for the system admin; the title already says its type and size.
    { name: 'detectedType', type: 'text', label: 'نوع تشخیص‌داده‌شده', admin: { readOnly: true, condition: forAdmins } },
    { name: 'sha256', type: 'text', label: 'چکیدهٔ SHA-256', index: true, admin: { readOnly: true, condition: forAdmins } },
    { name: 'classification', type: 'select', label: 'طبقه‌بندی', options: clearanceOptions, required: true, defaultValue: 'normal' },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: 'بارگذارنده', admin: { readOnly: true } },
    {
      name: 'carried',
      type: 'checkbox',
      label: 'پیوستِ سند',
      defaultValue: false,
      index: true,
      // Set by the server when a letter (or a referral's response) carrying it is saved.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, description: 'تا سندی این فایل را نبرد، فقط بارگذارندهٔ آن را می‌بیند.' },
    },
    { name: 'letters', type: 'join', collection: 'letters', on: 'attachments', label: 'نامه‌ها' },
  ],
}
