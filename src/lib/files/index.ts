// Attachment (پیوست) checks: content sniffing, name checks, header-only image dimensions and
// content hashing. Pure functions; no Payload import.
import { createHash } from 'node:crypto'
import { DEFAULT_PIXEL_LIMIT, exceedsPixelLimit, type ImageDimensions, readImageDimensions } from './imageSize'
import { type FileType, fileMessages } from './messages'
import { displayName, safeStoredName, validateFileName } from './names'
import { checkDeclaredName, sniffFileType } from './sniff'
import { DOCX_LIMITS, type DocxLimits, inspectDocx } from './docx'

export {
  checkDeclaredName,
  EXTENSION_SYNONYMS,
  FILE_TYPES,
  fileExtension,
  sniffFileType,
  typeOfExtension,
  zipEntryNames,
} from './sniff'
export type { CheckResult, SniffResult } from './sniff'
export { defaultRandom, displayName, MAX_FILE_NAME_BYTES, safeStoredName, validateFileName } from './names'
export { DEFAULT_PIXEL_LIMIT, exceedsPixelLimit, readImageDimensions } from './imageSize'
export type { ImageDimensions } from './imageSize'
export { FILE_TYPE_LABELS, fileMessages } from './messages'
export { DOCX_LIMITS, inspectDocx } from './docx'
export type { DocxLimits, DocxVerdict } from './docx'
export type { FileType } from './messages'

/** Lower-case hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const IMAGE_TYPES: ReadonlySet<FileType> = new Set(['jpeg', 'png', 'tiff', 'webp'])

export type AttachmentInspection =
  | {
      ok: true
      type: FileType
      mime: string
      ext: string
      /** Server-generated name to store the file under. */
      storedName: string
      /** The uploader's name, cleaned for showing. */
      displayName: string
      sha256: string
      size: number
      /** Null for PDF and DOCX. */
      dimensions: ImageDimensions | null
    }
  | { ok: false; reason: string; status: RefusalStatus }

/**
 * The HTTP status of a refusal: 415 for content of a kind that is not accepted, 413 for a file
 * too large once decoded or expanded (image and zip bombs; bytes over the upload limit are cut
 * off earlier, also 413), 400 for a bad name or a damaged file.
 */
export type RefusalStatus = 400 | 413 | 415

const damaged = new Set<string>([fileMessages.empty, ...(['pdf', 'jpeg', 'png', 'tiff', 'webp', 'docx'] as const).map((t) => fileMessages.corrupt(t))])

/**
 * All the checks in order for one upload: the given name, the content, the name's extension
 * against the content, and (for images) the pixel count from the header.
 */
export function inspectAttachment(
  bytes: Uint8Array,
  fileName: string,
  options: { pixelLimit?: number; random?: () => string } = {},
): AttachmentInspection {
  const name = validateFileName(fileName)
  if (!name.ok) return { ...name, status: 400 }
  const sniffed = sniffFileType(bytes)
  if (!sniffed.ok) return { ...sniffed, status: damaged.has(sniffed.reason) ? 400 : 415 }
  const declared = checkDeclaredName(fileName, sniffed)
  if (!declared.ok) return { ...declared, status: 400 }

  let dimensions: ImageDimensions | null = null
  if (IMAGE_TYPES.has(sniffed.type)) {
    dimensions = readImageDimensions(bytes, sniffed.type)
    if (dimensions === null) return { ok: false, reason: fileMessages.imageUnreadable(sniffed.type), status: 400 }
    const limit = options.pixelLimit ?? DEFAULT_PIXEL_LIMIT
    if (exceedsPixelLimit(dimensions, limit)) {
      return { ok: false, reason: fileMessages.imageTooLarge(dimensions.width, dimensions.height, limit), status: 413 }
    }
  }

  return {
    ok: true,
    type: sniffed.type,
    mime: sniffed.mime,
    ext: sniffed.ext,
    storedName: safeStoredName(sniffed.ext, options.random),
    displayName: displayName(fileName),
    sha256: sha256Hex(bytes),
    size: bytes.length,
    dimensions,
  }
}

/**
 * Every check of an upload, the one check the attachments collection runs: inspectAttachment,
 * then for a DOCX the inside of its archive (src/lib/files/docx.ts).
 */
export async function inspectUploadedFile(
  bytes: Uint8Array,
  fileName: string,
  options: { pixelLimit?: number; random?: () => string; docxLimits?: DocxLimits } = {},
): Promise<AttachmentInspection> {
  const result = inspectAttachment(bytes, fileName, options)
  if (!result.ok || result.type !== 'docx') return result
  const inside = await inspectDocx(bytes, options.docxLimits ?? DOCX_LIMITS)
  return inside.ok ? result : inside
}
export { attachmentTitle, fileSizeLabel, fileTypeLabel, MAX_DISPLAY_NAME_CHARS, sanitizeDisplayName, type AttachmentNaming } from './labels'
export { attachmentLabels, FILE_TYPE_SHORT_LABELS } from './messages'
