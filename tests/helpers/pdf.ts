// PDFs checked with the tools a reader's machine would use: qpdf for structure, poppler's
// pdftotext for what copying or searching the text yields, pdfinfo for pages.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect } from 'vitest'

import { toLatinDigits } from '../../src/lib/persian'

let dir: string | undefined

/** Writes the bytes to a temporary file (one folder a process) and returns its path. */
export function savePdf(name: string, bytes: Uint8Array): string {
  dir ??= mkdtempSync(path.join(tmpdir(), 'dabir-pdf-'))
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(r.status, `${cmd} ${args.join(' ')}\n${r.stderr}`).toBe(0)
  return r.stdout
}

export const qpdfCheck = (file: string) => run('qpdf', ['--check', file])
export const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1])

/** pdftotext output made comparable: poppler's bidi marks, ZWNJ (never extracted) and all whitespace removed, digits Latin. */
export function extract(file: string): string {
  return toLatinDigits(run('pdftotext', [file, '-']).replace(/[\u202A-\u202E\u200C\s]/g, ''))
}
export const compact = (s: string) => toLatinDigits(s.replace(/[\u200C\s]/g, ''))

/**
 * Where a registry number like 1405/و/12 occurs. poppler treats digits as left-to-right and
 * attaches each slash (and a neighbouring label's colon) to the digit run beside it, e.g.
 * «شماره/1405:و12/»; so the parts are checked in logical order with only that punctuation
 * anywhere between them.
 */
export function numberPattern(number: string): RegExp {
  const parts = compact(number).split('/').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![0-9])[/:]?${parts.join('[/:]{0,2}')}[/:]?(?![0-9])`, 'g')
}
