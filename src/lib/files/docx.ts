// The inside of a DOCX (a ZIP of XML parts, Office Open XML / OPC) read with yauzl, a
// well-kept ZIP reader: the archive's shape (entry count, sizes declared and actual, ratio,
// names, encryption, duplicates) and its content (forbidden parts by name, by content type
// and by relationship, external targets in every .rels). Refusals carry a Persian reason and
// the HTTP status that fits. No Payload import.
import yauzl from 'yauzl'

import { fileMessages } from './messages'

export type DocxVerdict = { ok: true } | { ok: false; reason: string; status: 400 | 413 | 415 }

/** Limits of a DOCX's archive. The upload itself is at most DABIR_UPLOAD_MAX_BYTES (25 MB). */
export const DOCX_LIMITS = {
  /** Entries (parts); a long Word document with many pictures has a few hundred. */
  maxEntries: 2000,
  /** Bytes of all parts once expanded, declared or actually read, whichever is larger. */
  maxExpandedBytes: 100 * 1024 * 1024,
  /** Expanded size over stored size of one part, judged on parts expanding beyond 1 MB. */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** [Content_Types].xml and .rels parts are read as text up to this size each. */
  maxXmlPartBytes: 4 * 1024 * 1024,
}
export type DocxLimits = typeof DOCX_LIMITS

const OLE_CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

/** Part names that are macros, ActiveX controls or embedded objects wherever they sit. */
const FORBIDDEN_NAME = /(^|\/)(vbaproject\.bin|vbadata\.xml|vbaprojectsignature\.bin)$|(^|\/)(embeddings|activex)\/|oleobject\d*\.bin$|activex\d*\.(bin|xml)$/

/** Content types of macros, macro-enabled documents, ActiveX, keyboard macros and toolbars. */
const FORBIDDEN_TYPE = /vbaproject|vbadata|macroenabled|activex|keymapcustomizations|attachedtoolbars|oleobject/

/** Content types a Word document's parts may have: XML parts, pictures, fonts, printer settings. */
function allowedContentType(type: string): boolean {
  if (FORBIDDEN_TYPE.test(type)) return false
  if (type.endsWith('+xml') || type === 'application/xml' || type === 'text/xml') return true
  if (type.startsWith('image/') || type.startsWith('font/')) return true
  return (
    type === 'application/vnd.openxmlformats-officedocument.obfuscatedfont' ||
    type === 'application/x-font-ttf' ||
    type === 'application/x-fontdata' ||
    type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.printersettings'
  )
}

/** Relationship types that embed or pull in code or other documents, even pointing inside the archive. */
const FORBIDDEN_RELATIONSHIP = /\/(vbaproject|vbadata|oleobject|package|control|activexcontrolbinary|afchunk|attachedtemplate|subdocument|frame|keymapcustomizations|attachedtoolbars|wordvbadata)$/

/** External targets allowed: hyperlinks to the web or to mail, which Word opens only when clicked. */
const SAFE_HYPERLINK = /^(https?:|mailto:)/i

// ---------------------------------------------------------------------------------------------
// XML text, read the way an XML parser would for what we look at

function decodeXmlText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString('utf16le')
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '')
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Character and predefined entity references resolved (so `&#69;xternal` reads `External`). */
function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** The attributes of every element named `local` (any namespace prefix), lower-cased names. */
function elements(xml: string, local: string): Record<string, string>[] {
  const out: Record<string, string>[] = []
  const tag = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*)>`, 'gi')
  for (const match of xml.matchAll(tag)) {
    const attributes: Record<string, string> = {}
    for (const attr of match[1]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const name = attr[1]!.toLowerCase().replace(/^.*:/, '')
      attributes[name] = unescapeXml(attr[2] ?? attr[3] ?? '').trim()
    }
    out.push(attributes)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// the archive

interface Part {
  name: string
  expanded: number
  startsWithOle: boolean
  text: Buffer | null
}

type Stop = { stop: DocxVerdict & { ok: false } }
const stop = (reason: string, status: 400 | 413 | 415): Stop => ({ stop: { ok: false, reason, status } })

/** A part name an extractor could write outside its folder, or that no OPC package has. */
function unsafeName(name: string): boolean {
  return (
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/i.test(name) ||
    /[\u0000-\u001f]/.test(name) ||
    name.split('/').some((segment) => segment === '..' || segment === '.')
  )
}

const wantsText = (name: string) => name === '[content_types].xml' || name.endsWith('.rels')

function readParts(bytes: Uint8Array, limits: DocxLimits): Promise<Part[] | Stop> {
  return new Promise((resolve) => {
    let settled = false
    let zip: yauzl.ZipFile | undefined
    const finish = (value: Part[] | Stop) => {
      if (settled) return
      settled = true
      zip?.close()
      resolve(value)
    }
    // yauzl checks names (absolute, `..`, backslashes) itself when it decodes them; it says so in English.
    const fromYauzl = (error: Error) => {
      if (/relative path|absolute path|invalid characters in fileName/i.test(error.message)) return finish(stop(fileMessages.docxUnsafeName, 400))
      // A part that expands beyond what its header declared is a bomb in disguise.
      if (/too many bytes in the stream/i.test(error.message)) return finish(stop(fileMessages.docxBomb, 413))
      finish(stop(fileMessages.corrupt('docx'), 400))
    }

    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (error, zipfile) => {
      if (error || !zipfile) return fromYauzl(error ?? new Error('no archive'))
      zip = zipfile
      if (zipfile.entryCount > limits.maxEntries) return finish(stop(fileMessages.docxTooManyEntries(limits.maxEntries), 413))
      const parts: Part[] = []
      const seen = new Set<string>()
      let declared = 0
      let expandedTotal = 0
      zipfile.on('error', fromYauzl)
      zipfile.on('end', () => finish(parts))
      zipfile.on('entry', (entry: yauzl.Entry) => {
        if (settled) return
        const name = entry.fileName
        if (unsafeName(name)) return finish(stop(fileMessages.docxUnsafeName, 400))
        const key = name.toLowerCase()
        if (seen.has(key)) return finish(stop(fileMessages.docxDuplicate, 400))
        seen.add(key)
        if (entry.isEncrypted()) return finish(stop(fileMessages.docxEncrypted, 400))
        declared += entry.uncompressedSize
        if (declared > limits.maxExpandedBytes) return finish(stop(fileMessages.docxBomb, 413))
        if (name.endsWith('/')) {
          zipfile.readEntry()
          return
        }
        zipfile.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) return fromYauzl(openError ?? new Error('no stream'))
          const part: Part = { name: key, expanded: 0, startsWithOle: false, text: null }
          const head: number[] = []
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => {
            if (settled) return
            part.expanded += chunk.length
            expandedTotal += chunk.length
            // Counted as read, whatever the headers declared: a lying header stops here too.
            if (expandedTotal > limits.maxExpandedBytes) {
              stream.destroy()
              return finish(stop(fileMessages.docxBomb, 413))
            }
            if (part.expanded > limits.ratioFloorBytes && part.expanded > limits.maxRatio * Math.max(1, entry.compressedSize)) {
              stream.destroy()
              return finish(stop(fileMessages.docxBomb, 413))
            }
            for (let i = 0; head.length < OLE_CFB.length && i < chunk.length; i++) head.push(chunk[i]!)
            if (wantsText(key)) {
              if (part.expanded > limits.maxXmlPartBytes) {
                stream.destroy()
                return finish(stop(fileMessages.docxBomb, 413))
              }
              chunks.push(chunk)
            }
          })
          stream.on('error', (streamError: Error) => fromYauzl(streamError))
          stream.on('end', () => {
            if (settled) return
            part.startsWithOle = head.length === OLE_CFB.length && OLE_CFB.every((b, i) => head[i] === b)
            if (wantsText(key)) part.text = Buffer.concat(chunks)
            parts.push(part)
            zipfile.readEntry()
          })
        })
      })
      zipfile.readEntry()
    })
  })
}

/**
 * Whether a DOCX (already recognised by its bytes as a ZIP with Word parts) may be accepted:
 * - the archive: at most `maxEntries` entries, `maxExpandedBytes` expanded (declared and as
 *   actually read, reading stops at the limit), no part expanding more than `maxRatio` times
 *   (413); no encrypted entry, no duplicate name, no name that climbs out of its folder (400);
 * - the content (415): no macro project, ActiveX control or embedded/OLE object — by part name,
 *   by the part's bytes (an OLE compound file, whatever it is called), by its content type in
 *   [Content_Types].xml and by relationship type in any .rels; no external target other than a
 *   web or mail hyperlink (a remote template, frame, sub-document or picture would be fetched
 *   when the document opens); and the main part must be a plain (macro-free) Word document.
 */
export async function inspectDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<DocxVerdict> {
  const read = await readParts(bytes, limits)
  if ('stop' in read) return read.stop
  const parts = read

  for (const part of parts) {
    if (FORBIDDEN_NAME.test(part.name)) {
      return { ok: false, reason: part.name.includes('vba') ? fileMessages.docxMacro : fileMessages.docxEmbedded, status: 415 }
    }
    if (part.startsWithOle) return { ok: false, reason: fileMessages.docxEmbedded, status: 415 }
  }

  const contentTypes = parts.find((part) => part.name === '[content_types].xml')
  if (!contentTypes?.text) return { ok: false, reason: fileMessages.corrupt('docx'), status: 400 }
  const typesXml = decodeXmlText(contentTypes.text)
  const declaredTypes = [...elements(typesXml, 'Default'), ...elements(typesXml, 'Override')].map((attributes) => (attributes.contenttype ?? '').toLowerCase())
  for (const type of declaredTypes) {
    if (/vbaproject|vbadata|macroenabled|keymapcustomizations|attachedtoolbars/.test(type)) return { ok: false, reason: fileMessages.docxMacro, status: 415 }
    if (!allowedContentType(type)) return { ok: false, reason: fileMessages.docxEmbedded, status: 415 }
  }
  if (!declaredTypes.includes(WORD_MAIN)) return { ok: false, reason: fileMessages.zipNotDocx, status: 415 }

  for (const part of parts) {
    if (!part.name.endsWith('.rels') || !part.text) continue
    for (const relationship of elements(decodeXmlText(part.text), 'Relationship')) {
      const type = (relationship.type ?? '').toLowerCase()
      const external = (relationship.targetmode ?? '').toLowerCase() === 'external'
      if (/\/(vbaproject|vbadata|wordvbadata|keymapcustomizations|attachedtoolbars)$/.test(type)) return { ok: false, reason: fileMessages.docxMacro, status: 415 }
      if (external) {
        const hyperlink = type.endsWith('/hyperlink') && SAFE_HYPERLINK.test(relationship.target ?? '')
        if (!hyperlink) return { ok: false, reason: fileMessages.docxExternal, status: 415 }
        continue
      }
      if (FORBIDDEN_RELATIONSHIP.test(type)) return { ok: false, reason: fileMessages.docxEmbedded, status: 415 }
    }
  }
  return { ok: true }
}
