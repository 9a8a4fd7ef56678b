import { constants as zlibConstants, crc32, deflateRawSync } from 'zlib'

import { ZipFile } from 'yazl'

/**
 * DOCX fixtures built in the test, with yazl: a minimal Word document, and the ways a bad one
 * differs from it. replaceName, markEncrypted and lieAboutSize edit the finished bytes for what no honest writer produces
 * (names that climb out, encrypted flags, lying sizes).
 */
export interface ZipEntry {
  name: string
  data?: Buffer | string
  compress?: boolean
}

export function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile()
  for (const entry of entries) {
    const options = { compress: entry.compress ?? true, mtime: new Date('2026-01-01T00:00:00Z') }
    zip.addBuffer(Buffer.from(entry.data ?? ''), entry.name, options)
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships'

export const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

export function contentTypes(extra = '', main = MAIN_TYPE): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="${main}"/>${extra}</Types>`
}

export function relationships(items: string[] = []): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_R}">${items.join('')}</Relationships>`
}

export const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>گزارش فرمانداری</w:t></w:r></w:p></w:body></w:document>`

/** The parts of a plain Word document; `extra` parts are added, `replace` ones swapped by name. */
export function docxEntries(options: { extra?: ZipEntry[]; replace?: Record<string, string | Buffer> } = {}): ZipEntry[] {
  const parts: ZipEntry[] = [
    { name: '[Content_Types].xml', data: contentTypes() },
    { name: '_rels/.rels', data: relationships([`<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>`]) },
    { name: 'word/document.xml', data: documentXml },
    { name: 'word/_rels/document.xml.rels', data: relationships([`<Relationship Id="rId9" Type="${R}/hyperlink" Target="https://www.moi.ir/" TargetMode="External"/>`]) },
  ]
  for (const part of parts) if (options.replace?.[part.name] !== undefined) part.data = options.replace[part.name]
  return [...parts, ...(options.extra ?? [])]
}

export const docx = (options: Parameters<typeof docxEntries>[0] = {}) => zipOf(docxEntries(options))

export const REL = R

/** Replaces every occurrence of an ASCII string in the archive by another of the same length. */
export function replaceName(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('replaceName: same length only')
  const out = Buffer.from(zip)
  const needle = Buffer.from(from, 'latin1')
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) out.write(to, at, 'latin1')
  return out
}

/** Sets the "encrypted" flag (bit 0) on every local and central header. */
export function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip)
  for (let at = 0; at + 4 <= out.length; at++) {
    if (out[at] !== 0x50 || out[at + 1] !== 0x4b) continue
    if (out[at + 2] === 3 && out[at + 3] === 4) out[at + 6]! |= 1
    if (out[at + 2] === 1 && out[at + 3] === 2) out[at + 8]! |= 1
  }
  return out
}

/** Rewrites the declared uncompressed size of every entry named `name` (local and central headers). */
export function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip)
  const needle = Buffer.from(name, 'latin1')
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out[at] !== 0x50 || out[at + 1] !== 0x4b) continue
    if (out[at + 2] === 3 && out[at + 3] === 4 && out.subarray(at + 30, at + 30 + needle.length).equals(needle)) out.writeUInt32LE(size, at + 22)
    if (out[at + 2] === 1 && out[at + 3] === 2 && out.subarray(at + 46, at + 46 + needle.length).equals(needle)) out.writeUInt32LE(size, at + 24)
  }
  return out
}

/**
 * A deflate bomb without spending the CPU to compress it: `megabytes` MB of zeros as a raw
 * deflate stream of independent, identical flushed blocks (1 MB of zeros is about 1 KB), so
 * 1 GB expands from about 1 MB. Returns the stream, its expanded size and CRC-32.
 */
export function zerosDeflated(megabytes: number): { raw: Buffer; size: number; crc: number } {
  const mb = Buffer.alloc(1024 * 1024)
  const block = deflateRawSync(mb, { finishFlush: zlibConstants.Z_SYNC_FLUSH })
  let crc = 0
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc)
  const raw = Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))])
  return { raw, size: megabytes * mb.length, crc }
}

/** A ZIP written by hand from entries already deflated (method 8) or stored (method 0). */
export function rawZip(entries: { name: string; raw: Buffer; size: number; crc: number; method?: 0 | 8 }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const method = entry.method ?? 8
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.raw.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.raw.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.raw)
    centrals.push(central, name)
    offset += local.length + name.length + entry.raw.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The parts of a plain Word document, deflated for rawZip, plus `extra`. */
export function rawDocx(extra: Parameters<typeof rawZip>[0] = []): Buffer {
  const parts = docxEntries().map((entry) => {
    const data = Buffer.from(entry.data ?? '')
    return { name: entry.name, raw: deflateRawSync(data), size: data.length, crc: crc32(data) }
  })
  return rawZip([...parts, ...extra])
}
