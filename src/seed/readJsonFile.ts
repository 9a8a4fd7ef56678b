import fs from 'fs'
import path from 'path'

import { SeedError } from './SeedError'

/** Reads a data file; a missing file or broken JSON becomes a SeedError naming the file. */
export function readJsonFile(file: string): unknown {
  const name = path.basename(file)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new SeedError([`${name}: پرونده پیدا نشد (${file})`])
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SeedError([`${name}: JSON نامعتبر است — ${(error as Error).message}`])
  }
}
