import { describe, expect, it } from 'vitest'
import {
  checkDeclaredName,
  displayName,
  exceedsPixelLimit,
  fileMessages,
  inspectAttachment,
  readImageDimensions,
  safeStoredName,
  sha256Hex,
  sniffFileType,
  validateFileName,
} from '../../src/lib/files'
import { crc32 } from '../helpers/bytes'

// ---------------------------------------------------------------------------------------------
// sample builders: minimal but structurally valid files, made here byte by byte

const PERSIAN = /[\u0600-\u06FF]/


function u16le(n: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
function u32le(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}
function u16be(n: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16BE(n)
  return b
}
function u32be(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  return Buffer.concat([u32be(data.length), typeAndData, u32be(crc32(typeAndData))])
}

function png(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])]) // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload])
}

/** SOI, APP0 (JFIF), an APP1 whose payload contains a decoy SOF0, DQT, SOFn, EOI. */
function jpeg(width: number, height: number, sof = 0xc0): Buffer {
  const app0 = jpegSegment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]))
  // A decoy frame header inside APP1 (as an EXIF thumbnail would have): must be skipped.
  const decoy = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from([0xff, 0xc0, 0, 17, 8]), u16be(1), u16be(1)])
  const app1 = jpegSegment(0xe1, decoy)
  const dqt = jpegSegment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]))
  const frame = jpegSegment(
    sof,
    Buffer.concat([Buffer.from([8]), u16be(height), u16be(width), Buffer.from([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])]),
  )
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, app1, dqt, frame, Buffer.from([0xff, 0xd9])])
}

/** A TIFF header and one IFD with ImageWidth, ImageLength and BitsPerSample. */
function tiff(width: number, height: number, littleEndian: boolean, type: 3 | 4): Buffer {
  const w16 = littleEndian ? u16le : u16be
  const w32 = littleEndian ? u32le : u32be
  const value = (v: number): Buffer =>
    type === 3 ? Buffer.concat([w16(v), Buffer.alloc(2)]) : w32(v) // SHORT is left-justified
  const entry = (tag: number, t: number, v: Buffer): Buffer => Buffer.concat([w16(tag), w16(t), w32(1), v])
  return Buffer.concat([
    Buffer.from(littleEndian ? 'II' : 'MM', 'latin1'),
    w16(42),
    w32(8),
    w16(3),
    entry(256, type, value(width)),
    entry(257, type, value(height)),
    entry(258, 3, Buffer.concat([w16(8), Buffer.alloc(2)])),
    w32(0), // no next IFD
  ])
}

function riff(chunk: string, payload: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), Buffer.from(chunk, 'latin1'), u32le(payload.length), payload])
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(body.length), body])
}

function webpVP8X(width: number, height: number): Buffer {
  const u24 = (n: number): Buffer => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff])
  return riff('VP8X', Buffer.concat([Buffer.from([0, 0, 0, 0]), u24(width - 1), u24(height - 1)]))
}

function webpVP8(width: number, height: number): Buffer {
  return riff('VP8 ', Buffer.concat([Buffer.from([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a]), u16le(width), u16le(height), Buffer.alloc(8)]))
}

function webpVP8L(width: number, height: number): Buffer {
  const bits = (width - 1) | ((height - 1) << 14) // 28 bits, then alpha/version bits (0)
  return riff('VP8L', Buffer.concat([Buffer.from([0x2f]), u32le(bits >>> 0), Buffer.alloc(4)]))
}

type ZipEntry = { name: string; data: string }

/**
 * A real ZIP archive with "stored" (uncompressed) entries, CRCs and a central directory.
 * `dataDescriptor` writes sizes after the data instead (bit 3), as streaming zippers do.
 */
function zip(entries: ZipEntry[], opts: { dataDescriptor?: boolean; centralDirectory?: boolean } = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const data = Buffer.from(e.data, 'utf8')
    const crc = crc32(data)
    const dd = opts.dataDescriptor === true
    const flags = (dd ? 0x08 : 0) | 0x800 // UTF-8 names
    const local = Buffer.concat([
      u32le(0x04034b50),
      u16le(20),
      u16le(flags),
      u16le(0), // stored
      u16le(0),
      u16le(0x21),
      u32le(dd ? 0 : crc),
      u32le(dd ? 0 : data.length),
      u32le(dd ? 0 : data.length),
      u16le(name.length),
      u16le(0),
      name,
      data,
      dd ? Buffer.concat([u32le(0x08074b50), u32le(crc), u32le(data.length), u32le(data.length)]) : Buffer.alloc(0),
    ])
    centrals.push(
      Buffer.concat([
        u32le(0x02014b50),
        u16le(20),
        u16le(20),
        u16le(flags),
        u16le(0),
        u16le(0),
        u16le(0x21),
        u32le(crc),
        u32le(data.length),
        u32le(data.length),
        u16le(name.length),
        u16le(0),
        u16le(0),
        u16le(0),
        u16le(0),
        u32le(0),
        u32le(offset),
        name,
      ]),
    )
    locals.push(local)
    offset += local.length
  }
  if (opts.centralDirectory === false) return Buffer.concat(locals)
  const cd = Buffer.concat(centrals)
  const eocd = Buffer.concat([
    u32le(0x06054b50),
    u16le(0),
    u16le(0),
    u16le(entries.length),
    u16le(entries.length),
    u32le(cd.length),
    u32le(offset),
    u16le(0),
  ])
  return Buffer.concat([...locals, cd, eocd])
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

function docxEntries(extra: ZipEntry[] = []): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: '<w:document><w:body><w:p/></w:body></w:document>' },
    ...extra,
  ]
}

function pdf(prefix = ''): Buffer {
  return Buffer.from(`${prefix}%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1')
}

function expectAccepted(bytes: Uint8Array, type: string, ext: string, mime: string): void {
  const r = sniffFileType(bytes)
  expect(r).toEqual({ ok: true, type, ext, mime })
}

function refusal(bytes: Uint8Array): string {
  const r = sniffFileType(bytes)
  expect(r.ok).toBe(false)
  if (r.ok) return ''
  expect(r.reason).toMatch(PERSIAN)
  return r.reason
}

// ---------------------------------------------------------------------------------------------

describe('sniffFileType — accepted types', () => {
  it('accepts a PDF, also with a few junk bytes before the header', () => {
    expectAccepted(pdf(), 'pdf', 'pdf', 'application/pdf')
    expectAccepted(pdf('\r\n\x00\x00junk'), 'pdf', 'pdf', 'application/pdf')
  })

  it('does not look for %PDF- beyond the first 1024 bytes', () => {
    expect(refusal(pdf('x'.repeat(1100)))).toBe(fileMessages.unknown)
  })

  it('accepts JPEG, PNG, both TIFF byte orders and all three WebP kinds', () => {
    expectAccepted(jpeg(640, 480), 'jpeg', 'jpg', 'image/jpeg')
    expectAccepted(png(16, 16), 'png', 'png', 'image/png')
    expectAccepted(tiff(10, 20, true, 3), 'tiff', 'tiff', 'image/tiff')
    expectAccepted(tiff(10, 20, false, 3), 'tiff', 'tiff', 'image/tiff')
    expectAccepted(webpVP8X(10, 20), 'webp', 'webp', 'image/webp')
    expectAccepted(webpVP8(10, 20), 'webp', 'webp', 'image/webp')
    expectAccepted(webpVP8L(10, 20), 'webp', 'webp', 'image/webp')
  })

  it('refuses a PNG signature not followed by an IHDR chunk', () => {
    const broken = png(16, 16)
    broken.write('IDAT', 12, 'latin1')
    expect(refusal(broken)).toBe(fileMessages.corrupt('png'))
  })

  it('refuses a RIFF/WEBP container without a VP8 chunk', () => {
    expect(refusal(riff('JUNK', Buffer.alloc(10)))).toBe(fileMessages.corrupt('webp'))
  })

  it('accepts a DOCX (a real stored ZIP with [Content_Types].xml and word/)', () => {
    const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expectAccepted(zip(docxEntries()), 'docx', 'docx', mime)
  })

  it('finds DOCX parts through the central directory when local sizes are deferred', () => {
    const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expectAccepted(zip(docxEntries(), { dataDescriptor: true }), 'docx', 'docx', mime)
  })

  it('finds DOCX parts by walking local headers when the central directory is missing', () => {
    const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expectAccepted(zip(docxEntries(), { centralDirectory: false }), 'docx', 'docx', mime)
  })
})

describe('sniffFileType — refused content', () => {
  it('refuses an XLSX-like zip, a JAR and a plain zip', () => {
    const xlsx = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ])
    expect(refusal(xlsx)).toBe(fileMessages.zipNotDocx)
    const jar = zip([{ name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' }])
    expect(refusal(jar)).toBe(fileMessages.zipNotDocx)
    expect(refusal(zip([{ name: 'a.txt', data: 'hello' }]))).toBe(fileMessages.zipNotDocx)
    // [Content_Types].xml alone, or word/ alone, is not enough
    expect(refusal(zip([{ name: 'word/document.xml', data: '<w/>' }]))).toBe(fileMessages.zipNotDocx)
  })

  it('refuses a macro-enabled Word document renamed .docx', () => {
    const docm = zip(docxEntries([{ name: 'word/vbaProject.bin', data: 'VBA' }]))
    expect(refusal(docm)).toBe(fileMessages.docxMacro)
  })

  it('refuses HTML renamed .pdf even when it contains %PDF-', () => {
    const html = Buffer.from('<!DOCTYPE html><html><body>%PDF-1.4 <script>alert(1)</script></body></html>')
    expect(refusal(html)).toBe(fileMessages.html)
    const r = inspectAttachment(html, 'نامه.pdf')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toBe(fileMessages.html)
    // with a BOM and leading whitespace, upper case
    expect(refusal(Buffer.from('\uFEFF  \n<HTML><p>%PDF-</p></HTML>', 'utf8'))).toBe(fileMessages.html)
    // any other leading markup is refused too
    expect(refusal(Buffer.from('<p>%PDF-1.4</p>'))).toBe(fileMessages.markup)
  })

  it('refuses SVG, also behind an XML declaration and in UTF-16', () => {
    expect(refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'))).toBe(
      fileMessages.svg,
    )
    expect(refusal(Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      fileMessages.svg,
    )
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<svg onload="x"/>', 'utf16le')])
    expect(refusal(utf16)).toBe(fileMessages.svg)
  })

  it('refuses XML', () => {
    expect(refusal(Buffer.from('<?xml version="1.0"?><note>%PDF-</note>'))).toBe(fileMessages.xml)
  })

  it('refuses Windows, ELF and Mach-O executables', () => {
    expect(refusal(Buffer.from('MZ\x90\x00\x03\x00\x00\x00%PDF-', 'latin1'))).toBe(fileMessages.executable)
    expect(refusal(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe(fileMessages.executable)
    for (const magic of [
      [0xca, 0xfe, 0xba, 0xbe],
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
    ]) {
      expect(refusal(Buffer.from([...magic, 0, 0, 0, 7]))).toBe(fileMessages.executable)
    }
  })

  it('refuses shell scripts', () => {
    expect(refusal(Buffer.from('#!/bin/sh\nrm -rf /\n# %PDF-1.4\n'))).toBe(fileMessages.script)
  })

  it('refuses empty and unknown content, and legacy Office files', () => {
    expect(refusal(new Uint8Array(0))).toBe(fileMessages.empty)
    expect(refusal(Buffer.from('just some text'))).toBe(fileMessages.unknown)
    expect(refusal(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe(fileMessages.unknown)
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect(refusal(ole)).toBe(fileMessages.legacyOffice)
  })
})

describe('checkDeclaredName', () => {
  it('refuses a PNG named x.pdf', () => {
    const sniffed = sniffFileType(png(4, 4))
    expect(sniffed.ok).toBe(true)
    if (!sniffed.ok) return
    const r = checkDeclaredName('x.pdf', sniffed)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(PERSIAN)
    expect(checkDeclaredName('x.png', sniffed)).toEqual({ ok: true })
    expect(checkDeclaredName('X.PNG', sniffed)).toEqual({ ok: true })
  })

  it('allows jpg/jpeg/jpe and tif/tiff synonyms', () => {
    for (const name of ['a.jpg', 'a.jpeg', 'a.JPE', 'عکس.Jpeg']) expect(checkDeclaredName(name, { ext: 'jpg' })).toEqual({ ok: true })
    for (const name of ['a.tif', 'a.tiff']) expect(checkDeclaredName(name, { ext: 'tiff' })).toEqual({ ok: true })
    expect(checkDeclaredName('a.tif', { ext: 'jpg' }).ok).toBe(false)
    expect(checkDeclaredName('a.docx', { ext: 'pdf' }).ok).toBe(false)
  })

  it('refuses a name without an extension', () => {
    for (const name of ['scan', 'scan.', '.pdf', '']) {
      const r = checkDeclaredName(name, { ext: 'pdf' })
      expect(r).toEqual({ ok: false, reason: fileMessages.noExtension })
    }
  })
})

describe('file names', () => {
  it.each([
    ['../etc/passwd', fileMessages.nameTraversal],
    ['a/b.pdf', fileMessages.nameSeparator],
    ['a\\b.pdf', fileMessages.nameSeparator],
    ['..', fileMessages.nameTraversal],
    ['a\u0000.pdf', fileMessages.nameControl],
    ['a\u007F.pdf', fileMessages.nameControl],
    ['a\n.pdf', fileMessages.nameControl],
    ['invoice\u202Efdp.exe', fileMessages.nameBidi],
    ['x\u2066.pdf', fileMessages.nameBidi],
    ['', fileMessages.nameEmpty],
    ['   ', fileMessages.nameEmpty],
    ['ب'.repeat(300) + '.pdf', fileMessages.nameTooLong(255)],
    ['a\uD800.pdf', fileMessages.nameBadUnicode],
  ])('refuses %j', (name, reason) => {
    expect(validateFileName(name)).toEqual({ ok: false, reason })
    expect(reason).toMatch(PERSIAN)
  })

  it('accepts Persian names with ZWNJ, and names right at the byte limit', () => {
    expect(validateFileName('نامهٔ شماره ۱۲\u200Cالف.pdf')).toEqual({ ok: true })
    expect(validateFileName('a..b.pdf')).toEqual({ ok: true })
    // 125 × 'ب' (2 bytes) + '.pdf' = 254 bytes; one more letter is 256
    expect(validateFileName('ب'.repeat(125) + '.pdf')).toEqual({ ok: true })
    expect(validateFileName('ب'.repeat(126) + '.pdf').ok).toBe(false)
  })

  it('safeStoredName is 32 random hex characters and the extension', () => {
    const a = safeStoredName('pdf')
    const b = safeStoredName('pdf')
    expect(a).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(b).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(a).not.toBe(b)
    expect(safeStoredName('.JPG', () => 'ab'.repeat(16))).toBe(`${'ab'.repeat(16)}.jpg`)
    expect(() => safeStoredName('pdf/../x')).toThrow()
    expect(() => safeStoredName('pdf', () => '../../etc')).toThrow()
  })

  it('displayName keeps ZWNJ, trims and normalises to NFC', () => {
    const name = '  نامهٔ شماره ۱۲\u200Cالف.pdf \n'
    expect(displayName(name)).toBe('نامهٔ شماره ۱۲\u200Cالف.pdf')
    expect(displayName('re\u0301sume\u0301.pdf')).toBe('r\u00E9sum\u00E9.pdf')
    expect(displayName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
  })
})

describe('image dimensions without decoding', () => {
  it('reads a 20000×20000 PNG header and finds it over the pixel limit', () => {
    const bomb = png(20000, 20000)
    expect(bomb.length).toBeLessThan(100)
    const dims = readImageDimensions(bomb, 'png')
    expect(dims).toEqual({ width: 20000, height: 20000 })
    expect(exceedsPixelLimit(dims)).toBe(true)
    expect(exceedsPixelLimit({ width: 10000, height: 10000 })).toBe(false) // exactly 100 MP
    expect(exceedsPixelLimit({ width: 10000, height: 10001 })).toBe(true)
    expect(exceedsPixelLimit({ width: 100, height: 100 }, 5000)).toBe(true)
    expect(exceedsPixelLimit(null)).toBe(true)

    const r = inspectAttachment(bomb, 'bomb.png')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(PERSIAN)
  })

  it('reads JPEG dimensions from the SOF segment, skipping a decoy inside APP1', () => {
    expect(readImageDimensions(jpeg(640, 480), 'jpeg')).toEqual({ width: 640, height: 480 })
    expect(readImageDimensions(jpeg(3000, 65535, 0xc1), 'jpeg')).toEqual({ width: 3000, height: 65535 })
    expect(readImageDimensions(jpeg(1024, 768, 0xc2), 'jpeg')).toEqual({ width: 1024, height: 768 })
    expect(readImageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBeNull()
  })

  it('reads TIFF dimensions in both byte orders, SHORT and LONG', () => {
    expect(readImageDimensions(tiff(300, 200, true, 3), 'tiff')).toEqual({ width: 300, height: 200 })
    expect(readImageDimensions(tiff(300, 200, false, 3), 'tiff')).toEqual({ width: 300, height: 200 })
    expect(readImageDimensions(tiff(70000, 50000, true, 4), 'tiff')).toEqual({ width: 70000, height: 50000 })
    expect(readImageDimensions(tiff(70000, 50000, false, 4), 'tiff')).toEqual({ width: 70000, height: 50000 })
  })

  it('reads WebP dimensions from VP8X, VP8 and VP8L', () => {
    expect(readImageDimensions(webpVP8X(20000, 15000), 'webp')).toEqual({ width: 20000, height: 15000 })
    expect(readImageDimensions(webpVP8(1234, 567), 'webp')).toEqual({ width: 1234, height: 567 })
    expect(readImageDimensions(webpVP8L(16384, 9999), 'webp')).toEqual({ width: 16384, height: 9999 })
  })

  it('has no dimensions for documents', () => {
    expect(readImageDimensions(pdf(), 'pdf')).toBeNull()
  })
})

describe('sha256Hex and inspectAttachment', () => {
  it('sha256 of "abc" is the FIPS 180-2 vector', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('accepts a good upload and returns a stored name, display name and hash', () => {
    const bytes = png(800, 600)
    const r = inspectAttachment(bytes, ' اسکن نامه\u200Cها.PNG', { random: () => '0123456789abcdef'.repeat(2) })
    expect(r).toEqual({
      ok: true,
      type: 'png',
      mime: 'image/png',
      ext: 'png',
      storedName: '0123456789abcdef0123456789abcdef.png',
      displayName: 'اسکن نامه\u200Cها.PNG',
      sha256: sha256Hex(bytes),
      size: bytes.length,
      dimensions: { width: 800, height: 600 },
    })
  })

  it('refuses a bad name before looking at the content', () => {
    const r = inspectAttachment(pdf(), 'invoice\u202Efdp.exe')
    expect(r).toEqual({ ok: false, reason: fileMessages.nameBidi, status: 400 })
  })
})
