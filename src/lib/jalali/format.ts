import { toPersianDigits } from '../persian'
import { jalaliDateOf, tehranParts } from './tehran'
import type { DigitStyle, JalaliDate, Timestamp } from './types'

export type FormatOptions = { digits?: DigitStyle }

const pad2 = (n: number): string => String(n).padStart(2, '0')

function withDigits(s: string, opts?: FormatOptions): string {
  return opts?.digits === 'persian' ? toPersianDigits(s) : s
}

/** `1405/09/01`, or `۱۴۰۵/۰۹/۰۱`; an instant is first placed on its Tehran day. */
export function formatJalaliDate(d: JalaliDate | Timestamp, opts?: FormatOptions): string {
  const { jy, jm, jd } = d instanceof Date || typeof d === 'string' ? jalaliDateOf(d) : d
  return withDigits(`${jy}/${pad2(jm)}/${pad2(jd)}`, opts)
}

/** `1405/09/01 14:05` in Tehran time. */
export function formatJalaliDateTime(at: Timestamp, opts?: FormatOptions): string {
  const p = tehranParts(at)
  return withDigits(`${p.jy}/${pad2(p.jm)}/${pad2(p.jd)} ${pad2(p.hour)}:${pad2(p.minute)}`, opts)
}
