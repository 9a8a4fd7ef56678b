// A period typed as two Jalali dates (either may be missing), as Tehran day bounds.
import { toLatinDigits } from '../persian'
import { parseJalaliDate } from './parse'
import { tehranDayRange } from './tehran'

/** What a person reads when the period they typed is wrong. */
export const rangeMessages = {
  badDate: (field: 'from' | 'to', reason: string) => `تاریخ ${field === 'from' ? 'آغاز' : 'پایان'} نامعتبر است: ${reason}`,
  reversed: 'تاریخ آغاز پس از تاریخ پایان است.',
}

export type DayRange = { ok: true; from: Date | null; to: Date | null } | { ok: false; field: 'from' | 'to'; error: string }

/** `from` is the start of its day, `to` the start of the day after (exclusive). */
export function parseDayRange(fromText: string | null, toText: string | null): DayRange {
  const out: { from: Date | null; to: Date | null } = { from: null, to: null }
  for (const [field, raw] of [['from', fromText], ['to', toText]] as const) {
    const text = raw === null ? '' : toLatinDigits(raw).trim()
    if (!text) continue
    const parsed = parseJalaliDate(text)
    if (!parsed.ok) return { ok: false, field, error: parsed.error }
    const day = tehranDayRange(parsed.value)
    out[field] = field === 'from' ? day.start : day.end
  }
  return { ok: true, ...out }
}
