// Image dimensions read from headers only — nothing is decoded — so that a decompression bomb
// (say a 20000×20000 PNG of a few hundred KB) is refused before an image library allocates
// memory for its pixels.
import type { FileType } from './messages'

export type ImageDimensions = { width: number; height: number }

/** Default ceiling on width × height: 100 megapixels. */
export const DEFAULT_PIXEL_LIMIT = 100_000_000

function u16(b: Uint8Array, at: number, le: boolean): number {
  return le ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!
}

function u24le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)
}

function u32(b: Uint8Array, at: number, le: boolean): number {
  const v = le
    ? b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)
    : (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!
  return v >>> 0
}

function tag(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!)
}

function dims(width: number, height: number): ImageDimensions | null {
  return width > 0 && height > 0 ? { width, height } : null
}

function pngDimensions(b: Uint8Array): ImageDimensions | null {
  if (b.length < 24 || tag(b, 12) !== 'IHDR') return null
  return dims(u32(b, 16, false), u32(b, 20, false))
}

// Start-of-frame markers: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function jpegDimensions(b: Uint8Array): ImageDimensions | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  let p = 2
  while (p < b.length) {
    if (b[p] !== 0xff) return null // segments must follow each other exactly
    while (p < b.length && b[p] === 0xff) p++ // fill bytes
    if (p >= b.length) return null
    const marker = b[p]!
    p++
    // Standalone markers carry no length.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue
    // End of image or start of scan before any frame header: no dimensions to be had.
    if (marker === 0xd9 || marker === 0xda) return null
    if (p + 2 > b.length) return null
    const length = u16(b, p, false)
    if (length < 2) return null
    if (JPEG_SOF.has(marker)) {
      if (length < 7 || p + 7 > b.length) return null
      // length(2) precision(1) height(2) width(2). Height 0 means "defined later" (DNL).
      return dims(u16(b, p + 5, false), u16(b, p + 3, false))
    }
    p += length
  }
  return null
}

function webpDimensions(b: Uint8Array): ImageDimensions | null {
  if (b.length < 20 || tag(b, 0) !== 'RIFF' || tag(b, 8) !== 'WEBP') return null
  const chunk = tag(b, 12)
  const d = 20 // chunk payload
  if (b.length < d + (chunk === 'VP8L' ? 5 : 10)) return null
  if (chunk === 'VP8X') {
    // flags(1) reserved(3) canvas width-1 (24 bits LE) canvas height-1 (24 bits LE)
    return dims(u24le(b, d + 4) + 1, u24le(b, d + 7) + 1)
  }
  if (chunk === 'VP8 ') {
    // frame tag(3), start code 9D 01 2A, then 14-bit width and height (2 bits of scale each)
    if (b[d + 3] !== 0x9d || b[d + 4] !== 0x01 || b[d + 5] !== 0x2a) return null
    return dims(u16(b, d + 6, true) & 0x3fff, u16(b, d + 8, true) & 0x3fff)
  }
  if (chunk === 'VP8L') {
    // signature 0x2F, then width-1 (14 bits) and height-1 (14 bits), little-endian bit order
    if (b[d] !== 0x2f) return null
    const b1 = b[d + 1]!
    const b2 = b[d + 2]!
    const b3 = b[d + 3]!
    const b4 = b[d + 4]!
    const width = 1 + (b1 | ((b2 & 0x3f) << 8))
    const height = 1 + ((b2 >> 6) | (b3 << 2) | ((b4 & 0x0f) << 10))
    return dims(width, height)
  }
  return null
}

const TIFF_IMAGE_WIDTH = 256
const TIFF_IMAGE_LENGTH = 257
const TIFF_SHORT = 3
const TIFF_LONG = 4

function tiffDimensions(b: Uint8Array): ImageDimensions | null {
  if (b.length < 8) return null
  let le: boolean
  if (b[0] === 0x49 && b[1] === 0x49) le = true
  else if (b[0] === 0x4d && b[1] === 0x4d) le = false
  else return null
  if (u16(b, 2, le) !== 42) return null
  const ifd = u32(b, 4, le)
  if (ifd < 8 || ifd + 2 > b.length) return null
  const count = u16(b, ifd, le)
  let width = 0
  let height = 0
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12
    if (e + 12 > b.length) return null
    const t = u16(b, e, le)
    if (t !== TIFF_IMAGE_WIDTH && t !== TIFF_IMAGE_LENGTH) continue
    const type = u16(b, e + 2, le)
    if (u32(b, e + 4, le) !== 1) return null
    // A single SHORT sits in the first two bytes of the value field, in the file's byte order.
    const value = type === TIFF_SHORT ? u16(b, e + 8, le) : type === TIFF_LONG ? u32(b, e + 8, le) : -1
    if (value < 0) return null
    if (t === TIFF_IMAGE_WIDTH) width = value
    else height = value
  }
  return dims(width, height)
}

/**
 * Width and height of an image read from its header without decoding it: PNG (IHDR), JPEG
 * (first SOF segment), WebP (VP8, VP8L, VP8X) and TIFF (first IFD, both byte orders). Null
 * for other types and for headers that cannot be read — treat that as a refusal.
 */
export function readImageDimensions(bytes: Uint8Array, type: FileType | string): ImageDimensions | null {
  switch (type) {
    case 'png':
      return pngDimensions(bytes)
    case 'jpeg':
      return jpegDimensions(bytes)
    case 'webp':
      return webpDimensions(bytes)
    case 'tiff':
      return tiffDimensions(bytes)
    default:
      return null
  }
}

/**
 * Whether an image has more pixels than `limit`. Fails closed: unknown dimensions (null)
 * count as exceeding.
 */
export function exceedsPixelLimit(dims: ImageDimensions | null, limit: number = DEFAULT_PIXEL_LIMIT): boolean {
  if (dims === null) return true
  return dims.width * dims.height > limit
}
