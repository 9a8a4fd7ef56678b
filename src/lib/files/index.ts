// Attachment (پیوست) checks: content sniffing, name checks, header-only image dimensions and
// content hashing. Pure functions; no Payload import.
import { createHash } from 'node:crypto'
import { DEFAULT_PIXEL_LIMIT, exceedsPixelLimit, type ImageDimensions, readImageDimensions } from './imageSize'
import { type FileType, fileMessages } from './messages'
import { displayName, safeStoredName, validateFileName } from './names'
import { checkDeclaredName, sniffFileType } from './sniff'

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
  | { ok: false; reason: string }

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
  if (!name.ok) return name
  const sniffed = sniffFileType(bytes)
  if (!sniffed.ok) return sniffed
  const declared = checkDeclaredName(fileName, sniffed)
  if (!declared.ok) return declared

  let dimensions: ImageDimensions | null = null
  if (IMAGE_TYPES.has(sniffed.type)) {
    dimensions = readImageDimensions(bytes, sniffed.type)
    if (dimensions === null) return { ok: false, reason: fileMessages.imageUnreadable(sniffed.type) }
    const limit = options.pixelLimit ?? DEFAULT_PIXEL_LIMIT
    if (exceedsPixelLimit(dimensions, limit)) {
      return { ok: false, reason: fileMessages.imageTooLarge(dimensions.width, dimensions.height, limit) }
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
