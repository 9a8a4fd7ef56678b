// File names of attachments. The name a person gives is only ever *shown* (after these checks);
// the file is stored under a server-generated random name with the extension of its sniffed
// content, so nothing the uploader typed reaches the file system.
import { randomBytes } from 'node:crypto'
import { fileMessages } from './messages'
import type { CheckResult } from './sniff'

/** Longest accepted name, in UTF-8 bytes (the common file-system limit). */
export const MAX_FILE_NAME_BYTES = 255

// C0 controls, DEL and C1 controls (U+0080–U+009F are never typed in a name either).
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F]/
// Embeddings/overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): they can make
// «invoice‮fdp.exe» display as «invoiceexe.pdf». LRM/RLM/ALM are plain marks and are allowed.
const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/
const BIDI_CONTROL_RE_G = /[\u202A-\u202E\u2066-\u2069]/g
const CONTROL_RE_G = /[\u0000-\u001F\u007F-\u009F]/g
// Unpaired UTF-16 surrogates: not text, and not encodable as UTF-8.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length
}

/**
 * Whether a name a person gave to an uploaded file is acceptable. Refuses empty names, names
 * longer than 255 UTF-8 bytes, path separators and `.`/`..` segments, control characters and
 * bidi override/embedding/isolate characters.
 */
export function validateFileName(name: string): CheckResult {
  if (name.trim() === '') return { ok: false, reason: fileMessages.nameEmpty }
  if (LONE_SURROGATE_RE.test(name)) return { ok: false, reason: fileMessages.nameBadUnicode }
  if (utf8Length(name) > MAX_FILE_NAME_BYTES) {
    return { ok: false, reason: fileMessages.nameTooLong(MAX_FILE_NAME_BYTES) }
  }
  if (CONTROL_RE.test(name)) return { ok: false, reason: fileMessages.nameControl }
  if (BIDI_CONTROL_RE.test(name)) return { ok: false, reason: fileMessages.nameBidi }
  if (name.split(/[/\\]/).some((seg) => seg.trim() === '..' || seg.trim() === '.')) {
    return { ok: false, reason: fileMessages.nameTraversal }
  }
  if (/[/\\]/.test(name)) return { ok: false, reason: fileMessages.nameSeparator }
  return { ok: true }
}

/** 32 lower-case hex characters from 16 cryptographically random bytes. */
export function defaultRandom(): string {
  return randomBytes(16).toString('hex')
}

/**
 * A server-generated storage name: 32 random hex characters and the sniffed extension,
 * e.g. `2f1c0b7e9a4d4f6b8c3e5a1d7f9b2e90.pdf`. Throws on a malformed extension or random part
 * (a programming error, never user input).
 */
export function safeStoredName(ext: string, random: () => string = defaultRandom): string {
  const e = ext.replace(/^\./, '').toLowerCase()
  if (!/^[a-z0-9]{1,10}$/.test(e)) throw new Error(`safeStoredName: bad extension ${JSON.stringify(ext)}`)
  const id = random()
  if (!/^[0-9a-f]{32}$/.test(id)) throw new Error('safeStoredName: random part must be 32 lower-case hex characters')
  return `${id}.${e}`
}

/**
 * The name a person gave, for showing: NFC, trimmed, ZWNJ (نیم‌فاصله) and other joiners kept.
 * Control and bidi override characters — which `validateFileName` refuses anyway — are dropped
 * so that a name that slipped past validation still cannot disguise itself.
 */
export function displayName(name: string): string {
  return name.normalize('NFC').replace(CONTROL_RE_G, '').replace(BIDI_CONTROL_RE_G, '').trim()
}
