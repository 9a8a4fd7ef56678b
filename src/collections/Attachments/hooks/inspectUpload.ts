import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { fileMessages, inspectUploadedFile } from '../../../lib/files'
import { UPLOAD_PIXEL_LIMIT } from '../../../server/uploadLimits'

/**
 * The one check of an uploaded file (Payload's own type check is off, see the collection's
 * `allowRestrictedFileTypes`). Runs before Payload touches the file (and before sharp decodes
 * it): the bytes decide what the file is — never its name or the browser's claim — and a DOCX
 * is opened and inspected inside. A refused file is a 400, 413 or 415 with the reason in
 * Persian; an accepted one is renamed to a server-generated name and its SHA-256 kept.
 */
export const inspectUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    // Payload would otherwise fetch a file named by `url` (or re-read one by `filename`) after
    // this hook, past every check: a new attachment brings its bytes. A duplicate copies a
    // stored file that was inspected when it came.
    if (operation === 'create' && (args as { duplicateFromID?: unknown }).duplicateFromID == null) {
      throw new APIError(fileMessages.noFile, 400, null, true)
    }
    return args
  }
  const result = await inspectUploadedFile(new Uint8Array(file.data), file.name, { pixelLimit: UPLOAD_PIXEL_LIMIT })
  if (!result.ok) throw new APIError(result.reason, result.status, null, true)
  req.context.attachment = {
    originalName: result.displayName,
    sha256: result.sha256,
    detectedType: result.type,
  }
  file.name = result.storedName
  file.mimetype = result.mime
  return args
}
