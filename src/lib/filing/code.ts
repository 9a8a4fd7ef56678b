import { toLatinDigits } from '../persian'

/** A filing-plan code: numbers joined by dashes, e.g. `2-1-3` (Persian digits accepted). */
export function normaliseDossierCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const code = toLatinDigits(input).trim().replace(/\s*[-–—_/]\s*/g, '-')
  return /^\d{1,4}(-\d{1,4}){0,7}$/.test(code) ? code : null
}

/** The parent a code implies: `2-1-3` → `2-1`; a top-level code has none. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('-')
  return i < 0 ? null : code.slice(0, i)
}
