import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { attachmentTitle, sanitizeDisplayName } from '../../../lib/files'

type Inspection = { originalName: string; sha256: string; detectedType: string }

/**
 * Keeps what inspectUpload learned (the uploader's name as sent, cleaned for showing; SHA-256;
 * detected type) on the record, and the title it is shown by: «name (type، size)». The stored
 * `filename` stays the server-made one.
 */
export const recordInspection: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const info = req.context.attachment as Inspection | undefined
  if (info) {
    Object.assign(data, info, { originalName: sanitizeDisplayName(info.originalName) })
    data.title = attachmentTitle({
      originalName: data.originalName,
      filesize: typeof data.filesize === 'number' ? data.filesize : (req.file?.size ?? null),
      detectedType: info.detectedType,
    })
  }
  if (operation === 'create') data.createdBy = req.user?.id ?? null
  return data
}

/** afterRead of `title`: a row stored before titles were kept is named from what it has. */
export const titleOrFallback: FieldHook = ({ value, siblingData, data }) => {
  if (typeof value === 'string' && value !== '') return value
  const row = (siblingData ?? data ?? {}) as { id?: number; originalName?: string | null; filesize?: number | null; detectedType?: string | null }
  return attachmentTitle({ id: row.id ?? (data as { id?: number } | undefined)?.id, originalName: row.originalName, filesize: row.filesize, detectedType: row.detectedType })
}
