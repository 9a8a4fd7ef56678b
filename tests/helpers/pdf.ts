// PDFs checked with what `npm install` brings, so the tests need no system package:
// - structure: our walk of the cross-reference table or stream (every object where it says),
//   pdf-lib parsing every object strictly, and pdf.js (Firefox's reader) opening every page
//   with stopAtErrors — in place of `qpdf --check`;
// - text: pdf.js's text content, with each marked-content span replaced by its /ActualText, as
//   a reader that honours ActualText (Acrobat, Chrome's PDFium) copies and searches it;
// - glyphText: pdf.js's text of the glyphs alone (their ToUnicode entries), for checks on fonts.
// `qpdf --check` runs in addition where qpdf is installed. pdftotext is not used: poppler (22.x)
// lays a span's ActualText out left to right unless every character is right-to-left, so it
// prints right-to-left lines that carry one (mixed directions, ZWNJ) reversed; Acrobat and
// Chrome's PDFium read them as written.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { inflateSync } from 'node:zlib'

import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib'
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { expect } from 'vitest'

import { toLatinDigits } from '../../src/lib/persian'

GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href

let dir: string | undefined

/** Writes the bytes to a temporary file (one folder a process), for a person to open; returns its path. */
export function savePdf(name: string, bytes: Uint8Array): string {
  dir ??= mkdtempSync(path.join(tmpdir(), 'dabir-pdf-'))
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1')

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), stopAtErrors: true, disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise
}

/** Every in-use entry of the cross-reference section(s) must point at its object. Throws naming the first that does not. */
function checkXref(bytes: Uint8Array): void {
  const text = latin1(bytes)
  if (!/^%PDF-1\.[0-7]/.test(text)) throw new Error('no %PDF header')
  if (!/%%EOF\s*$/.test(text.slice(-64))) throw new Error('no %%EOF at the end')
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64))?.[1] ?? NaN)
  if (!Number.isInteger(start) || start <= 0 || start >= bytes.length) throw new Error('startxref missing or out of range')
  const at = (offset: number, num: number, gen: number) => {
    if (!new RegExp(`^${num}\\s+${gen}\\s+obj\\b`).test(text.slice(offset, offset + 32))) throw new Error(`xref entry of object ${num} ${gen} points at offset ${offset}, where it is not`)
  }
  if (text.startsWith('xref', start)) {
    // Classic table: subsections of "first count" then 20-byte entries.
    const lines = text.slice(start, text.indexOf('trailer', start)).split(/\r?\n|\r/).slice(1)
    let num = 0
    for (const line of lines) {
      const sub = /^(\d+) (\d+)\s*$/.exec(line)
      if (sub) num = Number(sub[1])
      else if (/^\d{10} \d{5} [nf]/.test(line)) {
        const [offset, gen, kind] = line.split(' ')
        if (kind.startsWith('n')) at(Number(offset), num, Number(gen))
        num++
      }
    }
    return
  }
  // Cross-reference stream (what pdf-lib writes by default).
  const head = /^(\d+)\s+(\d+)\s+obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(text.slice(start, start + 4096))
  if (!head || !/\/Type\s*\/XRef/.test(head[3])) throw new Error('startxref does not point at a cross-reference section')
  const dict = head[3]
  const widths = (/\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(dict) ?? []).slice(1).map(Number)
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1])
  const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1])
  const index = (/\/Index\s*\[([\d\s]+)\]/.exec(dict)?.[1] ?? `0 ${size}`).trim().split(/\s+/).map(Number)
  if (widths.length !== 3 || !Number.isInteger(length)) throw new Error('malformed cross-reference stream dictionary')
  const dataStart = start + head[0].length
  let data = bytes.subarray(dataStart, dataStart + length)
  if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data)
  const entry = widths.reduce((a, b) => a + b, 0)
  const field = (row: number, k: number, fallback: number) => {
    if (widths[k] === 0) return fallback
    let v = 0
    const from = row * entry + widths.slice(0, k).reduce((a, b) => a + b, 0)
    for (let i = 0; i < widths[k]; i++) v = v * 256 + data[from + i]
    return v
  }
  let row = 0
  const kinds = new Map<number, number>()
  const inStreams: Array<[number, number]> = []
  for (let s = 0; s < index.length; s += 2) {
    for (let num = index[s]; num < index[s] + index[s + 1]; num++, row++) {
      if ((row + 1) * entry > data.length) throw new Error('cross-reference stream shorter than its /Index says')
      const kind = field(row, 0, 1)
      kinds.set(num, kind)
      if (kind === 1) at(field(row, 1, 0), num, field(row, 2, 0))
      else if (kind === 2) inStreams.push([num, field(row, 1, 0)])
    }
  }
  for (const [num, stream] of inStreams) if (kinds.get(stream) !== 1) throw new Error(`object ${num} is said to be in object stream ${stream}, which is not in the file`)
}

/**
 * Checks a PDF's structure without qpdf: cross-references, every object parsed strictly by
 * pdf-lib, and every page opened, drawn to an operator list and read for text by pdf.js with
 * stopAtErrors. Returns the page count. Where qpdf is installed, `qpdf --check` runs as well.
 */
export async function checkPdf(bytes: Uint8Array): Promise<number> {
  checkXref(bytes)
  const strict = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false })
  const doc = await open(bytes)
  expect(doc.numPages).toBe(strict.getPageCount())
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    await page.getOperatorList()
    await page.getTextContent()
  }
  const pages = doc.numPages
  await doc.destroy()
  if (has('qpdf')) run('qpdf', ['--check', savePdf(`check-${process.pid}-${Date.now()}.pdf`, bytes)])
  return pages
}

export async function pageCount(bytes: Uint8Array): Promise<number> {
  const doc = await open(bytes)
  const n = doc.numPages
  await doc.destroy()
  return n
}

/** The /ActualText of each `/Span <<…>> BDC` of a page's content, in content order. */
async function actualTexts(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref as PDFRef)) : [contents]
    let content = ''
    for (const stream of streams) if (stream instanceof PDFRawStream) content += latin1(decodePDFRawStream(stream).decode()) + '\n'
    const out: string[] = []
    for (const m of content.matchAll(/\/Span\s*<<\s*\/ActualText\s*<([0-9A-Fa-f\s]*)>\s*>>\s*BDC/g)) {
      const hex = m[1].replace(/\s/g, '')
      const buf = Buffer.from(hex, 'hex')
      // UTF-16BE with a byte-order mark (PDF text string).
      expect(buf.readUInt16BE(0), 'ActualText without its UTF-16BE mark').toBe(0xfeff)
      out.push(Buffer.from(buf.subarray(2)).swap16().toString('utf16le'))
    }
    return out
  })
}

type Item = { str?: string; hasEOL?: boolean; type?: string; tag?: string | null }

/**
 * The text of each page as a reader honouring ActualText copies it: pdf.js's text content, in
 * which every marked-content span is replaced by its /ActualText (one line each). Text drawn
 * outside a span comes from the glyphs, as pdf.js reads them.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const spans = await actualTexts(bytes)
  const doc = await open(bytes)
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true })).items as Item[]
    const queue = [...spans[n - 1]]
    let text = ''
    let depth = 0
    for (const item of items) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        if (depth === 0 && item.tag === 'Span') {
          const actual = queue.shift()
          expect(actual, `page ${n}: a span without its ActualText`).toBeDefined()
          text += (text && !text.endsWith('\n') ? '\n' : '') + actual + '\n'
        }
        depth++
      } else if (item.type === 'endMarkedContent') depth--
      else if (depth === 0) text += (item.str ?? '') + (item.hasEOL ? '\n' : '')
    }
    expect(queue, `page ${n}: spans pdf.js did not see`).toEqual([])
    pages.push(text)
  }
  await doc.destroy()
  return pages
}

/** All pages' text (pdfText) as one string. */
export const documentText = async (bytes: Uint8Array) => (await pdfText(bytes)).join('\n')

/** The lines of all pages' text, trimmed, without empty ones. */
export const textLines = async (bytes: Uint8Array) =>
  (await pdfText(bytes))
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** pdf.js's text of the glyphs alone (ToUnicode), ignoring ActualText: per page, items joined by «|». */
export async function glyphText(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes)
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) pages.push(((await (await doc.getPage(n)).getTextContent()).items as Item[]).map((i) => i.str ?? '').join('|'))
  await doc.destroy()
  return pages
}

/** Text made comparable: bidi controls, ZWNJ and all whitespace removed, digits Latin. */
export const compact = (s: string) => toLatinDigits(s.replace(/[\u200C\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\s]/g, ''))

const installed = new Map<string, boolean>()
/** Whether a command is on the PATH (the extra checks run only then). */
export function has(cmd: string): boolean {
  if (!installed.has(cmd)) installed.set(cmd, spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0)
  return installed.get(cmd)!
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(r.status, `${cmd} ${args.join(' ')}\n${r.stderr}`).toBe(0)
  return r.stdout
}
