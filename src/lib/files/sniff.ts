// Content sniffing for attachments (پیوست). The type of an uploaded file is decided from its
// bytes alone — never from its name or the browser's claimed MIME type — and only six kinds
// of real documents and images are accepted. Everything else is refused with a Persian reason.
import { type FileType, FILE_TYPE_LABELS, fileMessages } from './messages'

export type { FileType } from './messages'

export type SniffResult =
  | { ok: true; type: FileType; mime: string; ext: string }
  | { ok: false; reason: string }

export type CheckResult = { ok: true } | { ok: false; reason: string }

/** MIME type and canonical extension of each accepted type. */
export const FILE_TYPES: Readonly<Record<FileType, { mime: string; ext: string }>> = {
  pdf: { mime: 'application/pdf', ext: 'pdf' },
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  tiff: { mime: 'image/tiff', ext: 'tiff' },
  webp: { mime: 'image/webp', ext: 'webp' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' },
}

/** Extensions a person may give each type's file; the first is the canonical one. */
export const EXTENSION_SYNONYMS: Readonly<Record<FileType, readonly string[]>> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  tiff: ['tiff', 'tif'],
  webp: ['webp'],
  docx: ['docx'],
}

/** How far into the file `%PDF-` may appear (Acrobat's own tolerance is 1024 bytes). */
const PDF_HEADER_WINDOW = 1024

// ---------------------------------------------------------------------------------------------
// byte helpers

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (at < 0 || bytes.length < at + sig.length) return false
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false
  return true
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0))
}

/** Index of `needle` in `bytes[from, to)`, or -1. */
function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const end = Math.min(to, bytes.length) - needle.length
  for (let i = Math.max(0, from); i <= end; i++) if (startsWith(bytes, needle, i)) return i
  return -1
}

/** Bytes [start, end) as a Latin-1 string (names and signatures we compare are ASCII). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = ''
  for (let i = start; i < end && i < bytes.length; i++) s += String.fromCharCode(bytes[i]!)
  return s
}

function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
}

// ---------------------------------------------------------------------------------------------
// signatures

const PDF = ascii('%PDF-')
const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const IHDR = ascii('IHDR')
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00] // II*\0
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a] // MM\0*
const RIFF = ascii('RIFF')
const WEBP = ascii('WEBP')
const WEBP_CHUNKS = ['VP8 ', 'VP8L', 'VP8X']
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04] // PK\3\4
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06] // PK\5\6 (an archive with no entries)
const ZIP_SPANNED = [0x50, 0x4b, 0x07, 0x08] // PK\7\8 (split archive marker)
const OLE_CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // .doc/.xls/.ppt, encrypted OOXML

const EXECUTABLES: readonly (readonly number[])[] = [
  ascii('MZ'), // Windows PE / DOS
  [0x7f, 0x45, 0x4c, 0x46], // \x7fELF
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal (also Java class files)
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32-bit, big-endian
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64-bit, big-endian
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32-bit, little-endian
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64-bit, little-endian
]

// ---------------------------------------------------------------------------------------------
// markup (HTML / XML / SVG)

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b
}

/**
 * The file's first 1024 bytes as text with any byte-order mark removed and UTF-16 folded to
 * one byte a character, lower-cased, leading whitespace removed — enough to recognise markup.
 */
function textPrefix(bytes: Uint8Array): string {
  const window = bytes.subarray(0, PDF_HEADER_WINDOW)
  let s: string
  if (startsWith(window, [0xef, 0xbb, 0xbf])) {
    s = latin1(window, 3, window.length)
  } else if (startsWith(window, [0xff, 0xfe]) || startsWith(window, [0xfe, 0xff])) {
    const lowFirst = window[0] === 0xff // UTF-16LE: character byte first
    s = ''
    for (let i = 2; i + 1 < window.length; i += 2) {
      const hi = lowFirst ? window[i + 1]! : window[i]!
      const lo = lowFirst ? window[i]! : window[i + 1]!
      s += hi === 0 ? String.fromCharCode(lo) : '\uFFFD'
    }
  } else {
    s = latin1(window, 0, window.length)
  }
  let i = 0
  while (i < s.length && isSpace(s.charCodeAt(i))) i++
  return s.slice(i).toLowerCase()
}

/** A Persian reason when the file is HTML, XML or SVG text; null otherwise. */
function markupReason(bytes: Uint8Array): string | null {
  const text = textPrefix(bytes)
  if (!text.startsWith('<')) return null
  if (/<svg[\s>/]/.test(text) || text.startsWith('<svg')) return fileMessages.svg
  if (text.startsWith('<!doctype html') || /^<(html|head|body|script|iframe|meta)[\s>/]/.test(text)) {
    return fileMessages.html
  }
  if (text.startsWith('<?xml')) return /<html[\s>/]/.test(text) ? fileMessages.html : fileMessages.xml
  return fileMessages.markup
}

// ---------------------------------------------------------------------------------------------
// ZIP / DOCX

const MAX_ZIP_ENTRIES = 65_535

/** Entry names from the central directory, or null when there is no usable one. */
function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  const len = bytes.length
  // End-of-central-directory record: 22 bytes + a comment of up to 65535 bytes, at the very end.
  for (let eocd = len - 22; eocd >= 0 && eocd >= len - 22 - 0xffff; eocd--) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], eocd)) continue
    const count = u16le(bytes, eocd + 10)
    const size = u32le(bytes, eocd + 12)
    const offset = u32le(bytes, eocd + 16)
    if (offset + size > eocd) continue // ZIP64, prefixed data or a false match: not usable
    const names: string[] = []
    let p = offset
    for (let i = 0; i < count && i < MAX_ZIP_ENTRIES; i++) {
      if (p + 46 > eocd || !startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], p)) return null
      const nameLen = u16le(bytes, p + 28)
      const extraLen = u16le(bytes, p + 30)
      const commentLen = u16le(bytes, p + 32)
      if (p + 46 + nameLen > eocd) return null
      names.push(latin1(bytes, p + 46, p + 46 + nameLen))
      p += 46 + nameLen + extraLen + commentLen
    }
    return names
  }
  return null
}

/** Entry names found by walking the local file headers from the start of the file. */
function localHeaderNames(bytes: Uint8Array): string[] {
  const names: string[] = []
  let p = 0
  while (names.length < MAX_ZIP_ENTRIES && p + 30 <= bytes.length && startsWith(bytes, ZIP_LOCAL, p)) {
    const flags = u16le(bytes, p + 6)
    const compressedSize = u32le(bytes, p + 18)
    const nameLen = u16le(bytes, p + 26)
    const extraLen = u16le(bytes, p + 28)
    if (p + 30 + nameLen > bytes.length) break
    names.push(latin1(bytes, p + 30, p + 30 + nameLen))
    // Sizes deferred to a data descriptor (bit 3) or ZIP64: the next header cannot be located.
    if ((flags & 0x08) !== 0 && compressedSize === 0) break
    if (compressedSize === 0xffffffff) break
    p += 30 + nameLen + extraLen + compressedSize
  }
  return names
}

/**
 * Names of the entries of a ZIP archive — the central directory's and the local headers'
 * together, lower-cased (OPC part names are case-insensitive).
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names = new Set<string>()
  for (const n of centralDirectoryNames(bytes) ?? []) names.add(n.toLowerCase())
  for (const n of localHeaderNames(bytes)) names.add(n.toLowerCase())
  return [...names]
}

function sniffZip(bytes: Uint8Array): SniffResult {
  const names = zipEntryNames(bytes).map((n) => n.replace(/^\/+/, ''))
  const hasContentTypes = names.includes('[content_types].xml')
  const hasWord = names.some((n) => n.startsWith('word/') && n.length > 'word/'.length)
  if (!hasContentTypes || !hasWord) return { ok: false, reason: fileMessages.zipNotDocx }
  // A .docm renamed .docx: the VBA project is what makes it dangerous.
  if (names.some((n) => n.endsWith('vbaproject.bin') || n.endsWith('vbadata.xml'))) {
    return { ok: false, reason: fileMessages.docxMacro }
  }
  return accept('docx')
}

// ---------------------------------------------------------------------------------------------

function accept(type: FileType): SniffResult {
  return { ok: true, type, ...FILE_TYPES[type] }
}

function refuse(reason: string): SniffResult {
  return { ok: false, reason }
}

/**
 * Decides what a file is from its bytes. Accepts only PDF, JPEG, PNG, TIFF, WebP and DOCX;
 * refuses markup (HTML/XML/SVG), executables, scripts, other archives, empty and unknown
 * content with a Persian reason.
 */
export function sniffFileType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return refuse(fileMessages.empty)

  if (EXECUTABLES.some((sig) => startsWith(bytes, sig))) return refuse(fileMessages.executable)
  if (startsWith(bytes, ascii('#!'))) return refuse(fileMessages.script)
  const markup = markupReason(bytes)
  if (markup !== null) return refuse(markup)

  if (startsWith(bytes, JPEG)) return accept('jpeg')
  if (startsWith(bytes, PNG)) {
    // The IHDR chunk must come first: length 13, then the type.
    if (bytes.length < 33 || u32be(bytes, 8) !== 13 || !startsWith(bytes, IHDR, 12)) {
      return refuse(fileMessages.corrupt('png'))
    }
    return accept('png')
  }
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
    if (bytes.length < 8) return refuse(fileMessages.corrupt('tiff'))
    return accept('tiff')
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) {
    if (bytes.length < 16 || !WEBP_CHUNKS.includes(latin1(bytes, 12, 16))) {
      return refuse(fileMessages.corrupt('webp'))
    }
    return accept('webp')
  }
  if (startsWith(bytes, ZIP_LOCAL)) return sniffZip(bytes)
  if (startsWith(bytes, ZIP_EMPTY) || startsWith(bytes, ZIP_SPANNED)) return refuse(fileMessages.zipNotDocx)
  if (startsWith(bytes, OLE_CFB)) return refuse(fileMessages.legacyOffice)

  // Real PDFs sometimes carry a few junk bytes before the header; markup was refused above.
  if (indexOf(bytes, PDF, 0, PDF_HEADER_WINDOW) >= 0) return accept('pdf')

  return refuse(fileMessages.unknown)
}

/** The extension of a file name, lower-cased, without the dot; null when it has none. */
export function fileExtension(fileName: string): string | null {
  const name = fileName.normalize('NFC').trim()
  const dot = name.lastIndexOf('.')
  // No dot, a trailing dot, or a dot-file with nothing before the dot (".pdf").
  if (dot <= 0 || dot === name.length - 1) return null
  if (name.slice(0, dot).trim() === '') return null
  return name.slice(dot + 1).toLowerCase()
}

/**
 * Whether the extension of the name a person gave agrees with the sniffed content
 * (jpg/jpeg/jpe/jfif and tif/tiff are synonyms). A name without an extension is refused.
 */
export function checkDeclaredName(fileName: string, sniffed: { ext: string }): CheckResult {
  const ext = fileExtension(fileName)
  if (ext === null) return { ok: false, reason: fileMessages.noExtension }
  const type = typeOfExtension(sniffed.ext)
  if (type === null) return { ok: false, reason: fileMessages.unknown }
  if (EXTENSION_SYNONYMS[type].includes(ext)) return { ok: true }
  return { ok: false, reason: fileMessages.extensionMismatch(ext, type) }
}

/** The accepted type an extension (any synonym, any case) belongs to; null when none. */
export function typeOfExtension(ext: string): FileType | null {
  const e = ext.replace(/^\./, '').toLowerCase()
  for (const type of Object.keys(EXTENSION_SYNONYMS) as FileType[]) {
    if (EXTENSION_SYNONYMS[type].includes(e)) return type
  }
  return null
}

export { FILE_TYPE_LABELS }
