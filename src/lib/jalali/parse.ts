// Parses a Jalali date typed by a person. Lenient about how it is written (digit script,
// separator, padding, invisible marks), strict about whether the day exists.
import { isLeapJalaaliYear, isValidJalaaliDate, jalaaliMonthLength } from 'jalaali-js'
import { stripBidiMarks, toLatinDigits } from '../persian'
import { parseMessages as msg } from './messages'
import type { ParseResult } from './types'

// The registry holds nothing older than 1300 and a typo like 14055 or 405 must not pass.
export const MIN_YEAR = 1300
export const MAX_YEAR = 1500

// `/`, `-`, `.` and the Persian decimal separator ٫ (what the `.` key gives on a Persian
// keyboard), optionally surrounded by spaces.
const DATE_RE = /^(\d{4})\s*[/\-.\u066B]\s*(\d{1,2})\s*[/\-.\u066B]\s*(\d{1,2})$/

export function parseJalaliDate(input: string): ParseResult {
  if (typeof input !== 'string') return fail(msg.shape)
  const text = toLatinDigits(stripBidiMarks(input)).trim()
  if (text === '') return fail(msg.empty)

  const m = DATE_RE.exec(text)
  if (!m) return fail(msg.shape)
  const jy = Number(m[1])
  const jm = Number(m[2])
  const jd = Number(m[3])

  if (jy < MIN_YEAR || jy > MAX_YEAR) return fail(msg.yearRange(MIN_YEAR, MAX_YEAR))
  if (jm < 1 || jm > 12) return fail(msg.monthRange)
  const length = jalaaliMonthLength(jy, jm)
  if (jm === 12 && jd === 30 && !isLeapJalaaliYear(jy)) return fail(msg.notLeap(jy))
  if (jd < 1 || jd > length) return fail(msg.dayRange(jm, length))
  // Belt and braces: the library is the authority on what exists.
  if (!isValidJalaaliDate(jy, jm, jd)) return fail(msg.invalid)

  return { ok: true, value: { jy, jm, jd } }
}

function fail(error: string): ParseResult {
  return { ok: false, error }
}
