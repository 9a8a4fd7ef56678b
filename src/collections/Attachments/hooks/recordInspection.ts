import type { CollectionBeforeChangeHook } from 'payload'

/** Keeps what inspectUpload learned (original name, SHA-256, detected type) on the record. */
export const recordInspection: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const info = req.context.attachment as { originalName: string; sha256: string; detectedType: string } | undefined
  if (info) Object.assign(data, info)
  if (operation === 'create') data.createdBy = req.user?.id ?? null
  return data
}
