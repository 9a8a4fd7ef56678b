import { readFileSync } from 'node:fs'
import { seededHolidayTable, seededHolidays } from '../helpers/holidays'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addWorkingDays,
  formatJalaliDate,
  formatJalaliDateTime,
  isHoliday,
  isLeapJalaliYear,
  isValidJalaliDate,
  isWorkingDay,
  jalaliDateOf,
  jalaliToUtc,
  jalaliWeekday,
  jalaliYearOf,
  nowInTehran,
  parseJalaliDate,
  tehranDayRange,
  tehranParts,
  workingDaysBetween,
  type HolidayTable,
  type JalaliDate,
} from '../../src/lib/jalali'

type Vectors = {
  years: {
    jy: number
    isLeap: boolean
    nowruz_gregorian: string
    esfand_days: number
    last_day_gregorian: string
    nowruz_weekday: string
  }[]
  jalali_to_gregorian: { jalali: string; gregorian: string }[]
  gregorian_to_jalali: { gregorian: string; jalali: string }[]
  invalid_dates: { jalali: string; valid: boolean }[]
  fixed_solar_official_holidays: {
    source: string
    note: string
    days: { jm: number; jd: number; name_fa: string; leap_years_only?: boolean }[]
  }
}

const vectors: Vectors = JSON.parse(
  readFileSync(new URL('../../data/jalali-test-vectors.json', import.meta.url), 'utf8'),
)

const WEEKDAYS = ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

// Test-side oracle: "yyyy/mm/dd" → {jy,jm,jd} without going through the parser under test.
const j = (s: string): JalaliDate => {
  const [jy, jm, jd] = s.split('/').map(Number)
  return { jy, jm, jd }
}
// Noon on a Gregorian day in Tehran, written with an explicit offset (independent of the
// module's own offset arithmetic).
const tehranNoon = (gregorian: string) => `${gregorian}T12:00:00+03:30`

describe('years (vectors)', () => {
  it.each(vectors.years)('$jy', (y) => {
    expect(isLeapJalaliYear(y.jy)).toBe(y.isLeap)
    expect(isValidJalaliDate({ jy: y.jy, jm: 12, jd: 30 })).toBe(y.esfand_days === 30)
    expect(isValidJalaliDate({ jy: y.jy, jm: 12, jd: y.esfand_days })).toBe(true)
    // The last day of Esfand is followed by Nowruz of the next year.
    expect(addDays({ jy: y.jy, jm: 12, jd: y.esfand_days }, 1)).toEqual({ jy: y.jy + 1, jm: 1, jd: 1 })

    expect(jalaliDateOf(tehranNoon(y.nowruz_gregorian))).toEqual({ jy: y.jy, jm: 1, jd: 1 })
    expect(jalaliDateOf(tehranNoon(y.last_day_gregorian))).toEqual({
      jy: y.jy,
      jm: 12,
      jd: y.esfand_days,
    })
    expect(jalaliToUtc({ jy: y.jy, jm: 1, jd: 1 }).getTime()).toBe(
      Date.parse(`${y.nowruz_gregorian}T00:00:00+03:30`),
    )

    const weekday = WEEKDAYS.indexOf(y.nowruz_weekday)
    expect(weekday).toBeGreaterThanOrEqual(0)
    expect(jalaliWeekday({ jy: y.jy, jm: 1, jd: 1 })).toBe(weekday)
    expect(tehranParts(tehranNoon(y.nowruz_gregorian)).weekday).toBe(weekday)
  })
})

describe('jalali → gregorian (vectors, as the Tehran calendar day)', () => {
  it.each(vectors.jalali_to_gregorian)('$jalali → $gregorian', ({ jalali, gregorian }) => {
    const d = j(jalali)
    expect(jalaliToUtc(d).getTime()).toBe(Date.parse(`${gregorian}T00:00:00+03:30`))
    expect(jalaliToUtc(d, { hour: 23, minute: 59, second: 59 }).getTime()).toBe(
      Date.parse(`${gregorian}T23:59:59+03:30`),
    )
    // Round trip: the instant lies on the same Tehran day.
    expect(jalaliDateOf(jalaliToUtc(d))).toEqual(d)
    expect(jalaliDateOf(jalaliToUtc(d, { hour: 23, minute: 59, second: 59 }))).toEqual(d)
  })
})

describe('gregorian → jalali (vectors, as the Tehran calendar day)', () => {
  it.each(vectors.gregorian_to_jalali)('$gregorian → $jalali', ({ gregorian, jalali }) => {
    expect(jalaliDateOf(`${gregorian}T00:00:00+03:30`)).toEqual(j(jalali))
    expect(jalaliDateOf(tehranNoon(gregorian))).toEqual(j(jalali))
    expect(jalaliDateOf(`${gregorian}T23:59:59+03:30`)).toEqual(j(jalali))
    expect(formatJalaliDate(tehranNoon(gregorian))).toBe(jalali)
  })
})

describe('invalid dates (vectors)', () => {
  it.each(vectors.invalid_dates)('$jalali is rejected', ({ jalali, valid }) => {
    expect(valid).toBe(false)
    expect(isValidJalaliDate(j(jalali))).toBe(false)
    const r = parseJalaliDate(jalali)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/[\u0600-\u06FF]/)
    expect(() => jalaliToUtc(j(jalali))).toThrow(RangeError)
  })
})

describe('Tehran time and Nowruz', () => {
  it('the second before 1405 Nowruz in Tehran is still 1404/12/29', () => {
    const at = new Date('2026-03-20T20:29:59Z')
    expect(jalaliDateOf(at)).toEqual({ jy: 1404, jm: 12, jd: 29 })
    expect(jalaliYearOf(at)).toBe(1404)
    expect(tehranParts(at)).toEqual({
      jy: 1404,
      jm: 12,
      jd: 29,
      hour: 23,
      minute: 59,
      second: 59,
      weekday: 6,
    })
  })

  it('Nowruz 1405 starts at 2026-03-20T20:30:00Z, still 20 March in UTC', () => {
    const at = '2026-03-20T20:30:00Z'
    expect(jalaliDateOf(at)).toEqual({ jy: 1405, jm: 1, jd: 1 })
    expect(jalaliYearOf(at)).toBe(1405)
    expect(formatJalaliDate(at, { digits: 'persian' })).toBe('۱۴۰۵/۰۱/۰۱')
    expect(formatJalaliDateTime(at)).toBe('1405/01/01 00:00')
    expect(jalaliToUtc({ jy: 1405, jm: 1, jd: 1 }).toISOString()).toBe('2026-03-20T20:30:00.000Z')
    expect(nowInTehran(new Date(at))).toMatchObject({ jy: 1405, jm: 1, jd: 1, weekday: 0 })
  })

  it('00:30 Tehran on Nowruz belongs to the new year (domain rule)', () => {
    expect(jalaliYearOf('2026-03-20T21:00:00Z')).toBe(1405)
  })

  it('formats dates and times, padded, in both digit styles', () => {
    expect(formatJalaliDate({ jy: 1405, jm: 9, jd: 1 })).toBe('1405/09/01')
    expect(formatJalaliDate({ jy: 1405, jm: 9, jd: 1 }, { digits: 'persian' })).toBe('۱۴۰۵/۰۹/۰۱')
    expect(formatJalaliDate({ jy: 1405, jm: 9, jd: 1 }, { digits: 'latin' })).toBe('1405/09/01')
    const at = jalaliToUtc({ jy: 1405, jm: 9, jd: 1 }, { hour: 14, minute: 5 })
    expect(formatJalaliDateTime(at)).toBe('1405/09/01 14:05')
    expect(formatJalaliDateTime(at.toISOString(), { digits: 'persian' })).toBe('۱۴۰۵/۰۹/۰۱ ۱۴:۰۵')
  })

  it('tehranDayRange is the half-open 24h range of the Tehran day', () => {
    const { start, end } = tehranDayRange({ jy: 1405, jm: 1, jd: 1 })
    expect(start.toISOString()).toBe('2026-03-20T20:30:00.000Z')
    expect(end.toISOString()).toBe('2026-03-21T20:30:00.000Z')
    expect(jalaliDateOf(new Date(end.getTime() - 1))).toEqual({ jy: 1405, jm: 1, jd: 1 })
    expect(jalaliDateOf(end)).toEqual({ jy: 1405, jm: 1, jd: 2 })
  })

  it('rejects ambiguous or invalid timestamps instead of guessing a zone', () => {
    expect(() => jalaliDateOf('2026-03-20T20:30:00')).toThrow(RangeError)
    expect(() => jalaliDateOf('not a date')).toThrow(RangeError)
    expect(() => jalaliDateOf(new Date(Number.NaN))).toThrow(RangeError)
    expect(() => jalaliToUtc({ jy: 1405, jm: 1, jd: 1 }, { hour: 24, minute: 0 })).toThrow(
      RangeError,
    )
  })
})

describe('parseJalaliDate', () => {
  const accepted: [string, JalaliDate][] = [
    ['1405/9/1', { jy: 1405, jm: 9, jd: 1 }],
    ['1405/09/01', { jy: 1405, jm: 9, jd: 1 }],
    ['۱۴۰۵/۰۹/۰۱', { jy: 1405, jm: 9, jd: 1 }],
    ['١٤٠٥-٠٩-٠١', { jy: 1405, jm: 9, jd: 1 }],
    ['۱4٠5/۰9/1', { jy: 1405, jm: 9, jd: 1 }],
    ['1405.09.01', { jy: 1405, jm: 9, jd: 1 }],
    ['  \u200F۱۴۰۵/۰۹/۰۱\u200E ', { jy: 1405, jm: 9, jd: 1 }],
    ['\u061C1405/9/1', { jy: 1405, jm: 9, jd: 1 }],
    ['1403/12/30', { jy: 1403, jm: 12, jd: 30 }],
    ['1403/07/30', { jy: 1403, jm: 7, jd: 30 }],
    ['1403/06/31', { jy: 1403, jm: 6, jd: 31 }],
  ]
  it.each(accepted)('accepts %j', (input, value) => {
    expect(parseJalaliDate(input)).toEqual({ ok: true, value })
  })

  const rejected: [string, RegExp][] = [
    ['1405/13/01', /ماه باید بین ۱ تا ۱۲/],
    ['1405/00/10', /ماه باید بین ۱ تا ۱۲/],
    ['1404/12/30', /۱۴۰۴ کبیسه نیست.*۲۹ روز/],
    ['1403/07/31', /مهر ۳۰ روز دارد/],
    ['1405/01/32', /فروردین ۳۱ روز دارد/],
    ['1405/01/00', /روز باید بین ۱ تا ۳۱/],
    ['1299/01/01', /سال باید بین ۱۳۰۰ تا ۱۵۰۰/],
    ['1501/01/01', /سال باید بین ۱۳۰۰ تا ۱۵۰۰/],
    ['abc', /تاریخ باید به شکل ۱۴۰۵\/۰۹\/۰۱ باشد/],
    ['14050901', /به شکل/],
    ['05/09/01', /به شکل/],
    ['1405/09/01/02', /به شکل/],
    ['', /وارد نشده/],
    ['  \u200F ', /وارد نشده/],
  ]
  it.each(rejected)('rejects %j with a Persian message', (input, message) => {
    const r = parseJalaliDate(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toMatch(message)
      expect(r.error).not.toMatch(/[0-9]/) // Persian digits only
    }
  })
})

describe('working days', () => {
  // Anchors from the vectors: 1405/01/01 is a Saturday (0), so 1405/01/06 is Thursday and
  // 1405/01/07 Friday; 1404/12/29 is a Friday.
  // The table the app reads after seeding (the `holidays` collection, from data/iran-holidays.json).
  const t = seededHolidayTable

  it('the seeded table closes every fixed solar holiday of the vectors file in 1404 and 1405, and 30 Esfand only in 1403 (the year turned)', () => {
    const days = vectors.fixed_solar_official_holidays.days.filter((d) => !d.leap_years_only)
    for (const jy of [1404, 1405]) for (const d of days) expect(isHoliday({ jy, jm: d.jm, jd: d.jd }, t), `${jy}/${d.jm}/${d.jd}`).not.toBeNull()
    expect(t.fixed).toEqual([])
    expect(isHoliday({ jy: 1403, jm: 12, jd: 30 }, t)).not.toBeNull()
    expect(seededHolidays.filter((h) => h.date.endsWith('/12/30')).map((h) => h.date)).toEqual(['1403/12/30'])
  })

  it('a Friday is not a working day, a Saturday is', () => {
    expect(jalaliWeekday({ jy: 1405, jm: 1, jd: 7 })).toBe(6)
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 7 }, t)).toBe(false)
    expect(isHoliday({ jy: 1405, jm: 1, jd: 7 }, t)).toBeNull()
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 8 }, t)).toBe(true)
  })

  it('Nowruz 1–4 and 13 Farvardin are holidays, 5 Farvardin is not', () => {
    for (const jd of [1, 2, 3, 4]) {
      expect(isHoliday({ jy: 1405, jm: 1, jd }, t)).toContain('نوروز')
      expect(isWorkingDay({ jy: 1405, jm: 1, jd }, t)).toBe(false)
    }
    expect(isHoliday({ jy: 1405, jm: 1, jd: 13 }, t)).toBe('روز طبیعت')
    expect(isHoliday({ jy: 1405, jm: 1, jd: 5 }, t)).toBeNull()
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 5 }, t)).toBe(true)
  })

  it('30 Esfand is not a fixed holiday: closed in 1403 only, the day the year turned', () => {
    expect(parseJalaliDate('1405/12/30').ok).toBe(false)
    expect(() => isHoliday({ jy: 1405, jm: 12, jd: 30 }, t)).toThrow(RangeError)
    expect(isHoliday({ jy: 1403, jm: 12, jd: 30 }, t)).toBe('روز تحویل سال (اسفند کبیسه)')
    expect(isHoliday({ jy: 1405, jm: 12, jd: 29 }, t)).toBe('ملی شدن صنعت نفت')
  })

  it('leapYearsOnly is honoured even on a date that exists', () => {
    const table: HolidayTable = {
      fixed: [{ month: 6, day: 31, name: 'x', leapYearsOnly: true }],
      dates: [],
    }
    expect(isHoliday({ jy: 1403, jm: 6, jd: 31 }, table)).toBe('x')
    expect(isHoliday({ jy: 1404, jm: 6, jd: 31 }, table)).toBeNull()
  })

  it('addWorkingDays skips Esfand 29 and Nowruz', () => {
    const thursday = { jy: 1404, jm: 12, jd: 28 }
    expect(addWorkingDays(thursday, 0, t)).toEqual(thursday)
    expect(addWorkingDays(thursday, 1, t)).toEqual({ jy: 1405, jm: 1, jd: 5 })
    expect(addWorkingDays(thursday, 2, t)).toEqual({ jy: 1405, jm: 1, jd: 6 })
    expect(addWorkingDays(thursday, 3, t)).toEqual({ jy: 1405, jm: 1, jd: 8 })
    // n = 0 on a closed day rolls forward to the next working day.
    expect(addWorkingDays({ jy: 1405, jm: 1, jd: 1 }, 0, t)).toEqual({ jy: 1405, jm: 1, jd: 5 })
    // Counting starts after `from`, even when `from` is closed.
    expect(addWorkingDays({ jy: 1405, jm: 1, jd: 1 }, 1, t)).toEqual({ jy: 1405, jm: 1, jd: 5 })
    expect(workingDaysBetween(thursday, { jy: 1405, jm: 1, jd: 8 }, t)).toBe(3)
    expect(workingDaysBetween({ jy: 1405, jm: 1, jd: 8 }, thursday, t)).toBe(-3)
    expect(workingDaysBetween(thursday, thursday, t)).toBe(0)
  })

  it('a Thursday+Friday weekend is skipped when configured', () => {
    const week = { weekend: [5, 6] }
    const wednesday = { jy: 1405, jm: 1, jd: 5 }
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 6 }, t, week)).toBe(false)
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 6 }, t)).toBe(true)
    expect(addWorkingDays(wednesday, 1, t, week)).toEqual({ jy: 1405, jm: 1, jd: 8 })
    expect(addWorkingDays(wednesday, 1, t)).toEqual({ jy: 1405, jm: 1, jd: 6 })
    // 8,9,10,11 Farvardin are Sat–Tue; 12 and 13 are holidays; 14 Fri; 15 Sat.
    expect(addWorkingDays(wednesday, 5, t, week)).toEqual({ jy: 1405, jm: 1, jd: 15 })
    expect(workingDaysBetween(wednesday, { jy: 1405, jm: 1, jd: 15 }, t, week)).toBe(5)
  })

  it('a dated entry makes that day (only) a holiday; its date may use any digits', () => {
    const table: HolidayTable = {
      fixed: t.fixed,
      dates: [...t.dates, { date: '۱۴۰۵/۰۱/۱۵', name: 'تعطیل ویژه' }],
    }
    expect(isHoliday({ jy: 1405, jm: 1, jd: 15 }, t)).toBeNull()
    expect(isHoliday({ jy: 1405, jm: 1, jd: 15 }, table)).toBe('تعطیل ویژه')
    expect(isHoliday({ jy: 1406, jm: 1, jd: 15 }, table)).toBeNull()
    expect(isWorkingDay({ jy: 1405, jm: 1, jd: 15 }, table)).toBe(false)
    expect(addWorkingDays({ jy: 1405, jm: 1, jd: 11 }, 1, table)).toEqual({ jy: 1405, jm: 1, jd: 16 })
  })

  it('rejects a bad n, a week with no working day and a bad holiday date', () => {
    const d = { jy: 1405, jm: 1, jd: 5 }
    expect(() => addWorkingDays(d, -1, t)).toThrow(RangeError)
    expect(() => addWorkingDays(d, 1.5, t)).toThrow(RangeError)
    expect(() => addWorkingDays(d, 1, t, { weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError)
    expect(() => isHoliday(d, { fixed: [], dates: [{ date: '1404/12/30', name: 'x' }] })).toThrow(
      /1404\/12\/30/,
    )
  })
})
