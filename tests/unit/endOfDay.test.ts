import { describe, expect, it } from 'vitest'

import { endOfJalaliDay, endOfJalaliText, endOfTehranDay, formatJalaliDate, jalaliDateOf } from '../../src/lib/jalali'
import { defaultDeadline } from '../../src/lib/referrals'

describe('a deadline given as a day is the end of that day in Tehran', () => {
  it('00:00 Tehran (what the day-only picker sends) becomes 23:59:59.999 Tehran of the same day', () => {
    // 1405/09/10 = 2026-12-01; 00:00 Tehran is 2026-11-30T20:30Z.
    expect(endOfTehranDay('2026-11-30T20:30:00.000Z')).toBe('2026-12-01T20:29:59.999Z')
  })

  it('a date-only ISO value is that Gregorian day, ending at 20:29:59.999 UTC', () => {
    expect(endOfTehranDay('2026-12-01')).toBe('2026-12-01T20:29:59.999Z')
    expect(endOfTehranDay('2026-12-01T00:00:00.000Z')).toBe('2026-12-01T20:29:59.999Z')
  })

  it('any instant of the day, and the day’s end itself, give the same end (idempotent)', () => {
    expect(endOfTehranDay('2026-12-01T12:00:00+03:30')).toBe('2026-12-01T20:29:59.999Z')
    expect(endOfTehranDay('2026-12-01T20:29:59.999Z')).toBe('2026-12-01T20:29:59.999Z')
    // One millisecond later it is already the next Tehran day.
    expect(endOfTehranDay('2026-12-01T20:30:00.000Z')).toBe('2026-12-02T20:29:59.999Z')
  })

  it('typed Jalali text, Persian or Latin digits', () => {
    expect(endOfJalaliText('۱۴۰۵/۰۹/۱۰')).toEqual({ ok: true, iso: '2026-12-01T20:29:59.999Z' })
    expect(endOfJalaliText('1405/9/10')).toEqual({ ok: true, iso: '2026-12-01T20:29:59.999Z' })
    const bad = endOfJalaliText('۱۴۰۵/۱۳/۰۱')
    expect(bad.ok).toBe(false)
  })

  it('across Nowruz: 29 Esfand 1404 ends before 1 Farvardin 1405 starts', () => {
    // 1404/12/29 = 2026-03-20; 1405/01/01 = 2026-03-21.
    expect(endOfJalaliDay({ jy: 1404, jm: 12, jd: 29 })).toBe('2026-03-20T20:29:59.999Z')
    expect(endOfJalaliDay({ jy: 1405, jm: 1, jd: 1 })).toBe('2026-03-21T20:29:59.999Z')
    expect(formatJalaliDate(endOfTehranDay('2026-03-20T20:30:00.000Z'))).toBe('1405/01/01')
    expect(jalaliDateOf(endOfJalaliDay({ jy: 1404, jm: 12, jd: 29 }))).toEqual({ jy: 1404, jm: 12, jd: 29 })
  })

  it('a date of the daylight-saving era before 1402 is read with the same fixed +03:30 as every Dabir time', () => {
    // 1401/04/15 = 2022-07-06. Tehran then kept +04:30, but Dabir reads every instant at the
    // fixed +03:30 (src/lib/jalali/tehran.ts); the day's end stays on its own day either way.
    const end = endOfJalaliDay({ jy: 1401, jm: 4, jd: 15 })
    expect(end).toBe('2022-07-06T20:29:59.999Z')
    expect(jalaliDateOf(end)).toEqual({ jy: 1401, jm: 4, jd: 15 })
    expect(endOfTehranDay('2022-07-05T20:30:00.000Z')).toBe(end)
  })

  it('agrees with the automatically counted deadline', () => {
    const auto = defaultDeadline('immediate', '2026-12-01T08:00:00Z', { holidays: { fixed: [], dates: [] } })
    expect(endOfTehranDay(auto)).toBe(auto)
    expect(auto).toBe('2026-12-01T20:29:59.999Z')
  })
})
