// How an attachment is named to staff: the name its uploader gave (cleaned for showing), its
// size in Persian digits and a Persian type label. Pure; the Attachments collection stores the
// result as the record's title (src/collections/Attachments/hooks/recordInspection.ts).
import { toPersianDigits } from '../persian'
import { attachmentLabels, FILE_TYPE_SHORT_LABELS, type FileType } from './messages'

/** Longest name shown, in characters (code points); a longer one keeps its extension. */
export const MAX_DISPLAY_NAME_CHARS = 120

const CONTROL_G = /[\u0000-\u001F\u007F-\u009F]/g
// Embeddings, overrides and isolates (LRE…RLO, LRI…PDI): they can disguise «fdp.exe» as «exe.pdf».
const BIDI_G = /[\u202A-\u202E\u2066-\u2069]/g
const LONE_SURROGATE_G = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ELLIPSIS = '…'

/**
 * The uploader's file name for showing, or null when nothing is left: only its last path part
 * (browsers may send `C:\…\نامه.pdf`), NFC, without control, bidi-override or unpaired
 * surrogate characters, runs of white space as one space, trimmed, and at most
 * `MAX_DISPLAY_NAME_CHARS` characters (the middle cut with «…», the extension kept).
 * ZWNJ (نیم‌فاصله) is kept. The stored file name is never this: it is server-made.
 */
export function sanitizeDisplayName(raw: string | null | undefined, max: number = MAX_DISPLAY_NAME_CHARS): string | null {
  if (typeof raw !== 'string') return null
  const cleaned = raw
    .replace(LONE_SURROGATE_G, '')
    .normalize('NFC')
    .replace(CONTROL_G, ' ')
    .replace(BIDI_G, '')
  const last = cleaned.split(/[/\\]/).pop() ?? ''
  const name = last.replace(/\s+/g, ' ').trim()
  if (name === '' || name === '.' || name === '..') return null
  const chars = Array.from(name)
  if (chars.length <= max) return name
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 && name.length - dot <= 11 ? Array.from(name.slice(dot)) : []
  const keep = Math.max(1, max - ext.length - 1)
  return chars.slice(0, keep).join('').trimEnd() + ELLIPSIS + ext.join('')
}

const KB = 1024
const MB = 1024 * 1024

/** One decimal with the Persian decimal separator, «۱٫۲»; a whole number without it, «۲». */
function oneDecimal(n: number): string {
  const rounded = Math.round(n * 10) / 10
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', '\u066B')
  return toPersianDigits(text)
}

/**
 * A size in bytes as staff read it, binary units (1 KB = 1024 bytes), Persian digits:
 * «۵۱۲ بایت», «۳۴۰ کیلوبایت» (whole kilobytes), «۱٫۲ مگابایت» (one decimal). Null for a
 * missing or negative size.
 */
export function fileSizeLabel(bytes: number | null | undefined): string | null {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null
  if (bytes < KB) return attachmentLabels.bytes(toPersianDigits(String(Math.round(bytes))))
  // 1023.6 KB would print as «۱۰۲۴ کیلوبایت»: from there on it is megabytes.
  if (Math.round(bytes / KB) < KB) return attachmentLabels.kilobytes(toPersianDigits(String(Math.round(bytes / KB))))
  return attachmentLabels.megabytes(oneDecimal(bytes / MB))
}

/** «PDF», «تصویر JPEG», «سند Word»…; «فایل» for a type we do not know (never for a stored one). */
export function fileTypeLabel(type: string | null | undefined): string {
  return (type && (FILE_TYPE_SHORT_LABELS as Record<string, string>)[type]) || attachmentLabels.unknownType
}

export type AttachmentNaming = {
  id?: number | string | null
  originalName?: string | null
  filesize?: number | null
  detectedType?: string | null
}

/**
 * The title an attachment is shown by: «گزارش فرمانداری.pdf (PDF، ۱٫۲ مگابایت)». A row kept
 * before its original name was stored is «پیوست ۱۲ (…)» by its id.
 */
export function attachmentTitle(a: AttachmentNaming): string {
  const name =
    sanitizeDisplayName(a.originalName) ??
    (a.id != null && a.id !== '' ? attachmentLabels.unnamed(a.id) : attachmentLabels.unnamedNoId)
  const size = fileSizeLabel(a.filesize)
  return attachmentLabels.title(name, attachmentLabels.details([fileTypeLabel(a.detectedType), ...(size ? [size] : [])]))
}
