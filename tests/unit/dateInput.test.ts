import { describe, expect, it } from 'vitest'
import {
  displayJalali,
  inputToIso,
  jalaliHint,
  parseTimeOfDay,
  showsTimeOfDay,
  timeMessages,
} from '../../src/lib/jalali'

const NOWRUZ_1405 = '2026-03-20T20:30:00.000Z'

describe('inputToIso', () => {
  it('places Nowruz 1405 00:00 Tehran at 20:30 UTC the evening before', () => {
    expect(inputToIso('1405/01/01')).toEqual({ ok: true, iso: NOWRUZ_1405 })
    expect(inputToIso('1405/01/01', '00:00')).toEqual({ ok: true, iso: NOWRUZ_1405 })
    expect(inputToIso('1405/01/01', '')).toEqual({ ok: true, iso: NOWRUZ_1405 })
  })

  it('reads the time of day as Tehran wall-clock time', () => {
    expect(inputToIso('1405/01/01', '03:30')).toEqual({ ok: true, iso: '2026-03-21T00:00:00.000Z' })
    expect(inputToIso('1404/12/29', '23:59')).toEqual({ ok: true, iso: '2026-03-20T20:29:00.000Z' })
    expect(inputToIso('1405/09/01', '14:05')).toEqual({ ok: true, iso: '2026-11-22T10:35:00.000Z' })
  })

  it('accepts Persian, Arabic-Indic and Latin digits, unpadded, in date and time', () => {
    const expected = { ok: true, iso: '2026-11-22T10:35:00.000Z' }
    expect(inputToIso('۱۴۰۵/۰۹/۰۱', '۱۴:۰۵')).toEqual(expected)
    expect(inputToIso('١٤٠٥/٠٩/٠١', '١٤:٠٥')).toEqual(expected)
    expect(inputToIso(' 1405/9/1 ', '14:5')).toEqual(expected)
    expect(inputToIso('۱۴۰۵-۹-۱', '14٫05')).toEqual(expected)
    expect(inputToIso('\u200e1405/09/01\u200f', '\u200e14:05')).toEqual(expected)
    expect(inputToIso('1405/09/01', '۱۴')).toEqual({ ok: true, iso: '2026-11-22T10:30:00.000Z' })
  })

  it('gives null for an empty date, whatever the time says', () => {
    expect(inputToIso('')).toEqual({ ok: true, iso: null })
    expect(inputToIso('   ')).toEqual({ ok: true, iso: null })
    expect(inputToIso('\u200f', '12:00')).toEqual({ ok: true, iso: null })
  })

  it('explains an impossible or malformed date in Persian', () => {
    expect(inputToIso('1404/12/30')).toEqual({
      ok: false,
      part: 'date',
      error: 'سال ۱۴۰۴ کبیسه نیست و اسفند آن ۲۹ روز دارد',
    })
    expect(inputToIso('1405/13/01')).toEqual({
      ok: false,
      part: 'date',
      error: 'ماه باید بین ۱ تا ۱۲ باشد',
    })
    expect(inputToIso('1405/07/31')).toEqual({
      ok: false,
      part: 'date',
      error: 'روز باید بین ۱ تا ۳۰ باشد؛ مهر ۳۰ روز دارد',
    })
    expect(inputToIso('فردا')).toEqual({
      ok: false,
      part: 'date',
      error: 'تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد',
    })
    expect(inputToIso('2026/03/21')).toMatchObject({ ok: false, part: 'date' })
  })

  it('explains a bad time in Persian', () => {
    expect(inputToIso('1405/01/01', '24:00')).toEqual({
      ok: false,
      part: 'time',
      error: timeMessages.hourRange,
    })
    expect(inputToIso('1405/01/01', '۱۲:۶۰')).toEqual({
      ok: false,
      part: 'time',
      error: timeMessages.minuteRange,
    })
    for (const bad of ['12:3:00', 'ظهر', '12:30 PM', '-1:00', '123']) {
      expect(inputToIso('1405/01/01', bad)).toEqual({
        ok: false,
        part: 'time',
        error: timeMessages.shape,
      })
    }
    expect(timeMessages.hourRange).toBe('ساعت باید بین ۰ تا ۲۳ باشد')
  })

  it('reports the date before the time when both are wrong', () => {
    expect(inputToIso('1405/00/01', '99:99')).toMatchObject({ ok: false, part: 'date' })
  })
})

describe('parseTimeOfDay', () => {
  it('defaults to midnight', () => {
    expect(parseTimeOfDay(undefined)).toEqual({ ok: true, value: { hour: 0, minute: 0 } })
    expect(parseTimeOfDay('۰۹:۰۷')).toEqual({ ok: true, value: { hour: 9, minute: 7 } })
  })
})

describe('displayJalali', () => {
  it('shows Nowruz 1405 on its Tehran day, with Persian digits', () => {
    expect(displayJalali(NOWRUZ_1405)).toEqual({ date: '۱۴۰۵/۰۱/۰۱', time: '' })
    expect(displayJalali(NOWRUZ_1405, { withTime: true })).toEqual({
      date: '۱۴۰۵/۰۱/۰۱',
      time: '۰۰:۰۰',
    })
    // One minute earlier is still the last day of 1404 in Tehran.
    expect(displayJalali('2026-03-20T20:29:00.000Z', { withTime: true })).toEqual({
      date: '۱۴۰۴/۱۲/۲۹',
      time: '۲۳:۵۹',
    })
  })

  it('accepts a Date as well as an ISO string', () => {
    expect(displayJalali(new Date(NOWRUZ_1405), { withTime: true })).toEqual({
      date: '۱۴۰۵/۰۱/۰۱',
      time: '۰۰:۰۰',
    })
  })

  it('shows nothing for an empty or unreadable value', () => {
    for (const v of [null, undefined, '', 'not a date', '2026-03-20T20:30:00']) {
      expect(displayJalali(v, { withTime: true })).toEqual({ date: '', time: '' })
    }
  })

  it('round-trips what inputToIso stores', () => {
    for (const [date, time] of [
      ['۱۴۰۵/۰۱/۰۱', '۰۰:۰۰'],
      ['۱۴۰۳/۱۲/۳۰', '۲۳:۵۹'],
      ['۱۴۰۵/۰۹/۰۱', '۱۴:۰۵'],
      ['۱۳۰۰/۰۱/۰۱', '۱۲:۰۰'],
    ] as const) {
      const r = inputToIso(date, time)
      if (!r.ok || r.iso === null) throw new Error(`${date} ${time} did not parse`)
      expect(displayJalali(r.iso, { withTime: true })).toEqual({ date, time })
    }
  })
})

describe('jalaliHint', () => {
  it('names the weekday and the month of the Tehran day', () => {
    expect(jalaliHint(NOWRUZ_1405)).toBe('شنبه ۱ فروردین ۱۴۰۵')
    expect(jalaliHint('2026-03-20T20:29:59.999Z')).toBe('جمعه ۲۹ اسفند ۱۴۰۴')
    expect(jalaliHint('2026-11-22T10:35:00.000Z')).toBe('یکشنبه ۱ آذر ۱۴۰۵')
    expect(jalaliHint('2026-11-27T08:00:00.000Z')).toBe('جمعه ۶ آذر ۱۴۰۵')
  })

  it('is empty without a value', () => {
    expect(jalaliHint(null)).toBe('')
    expect(jalaliHint(undefined)).toBe('')
    expect(jalaliHint('garbage')).toBe('')
  })
})

describe('showsTimeOfDay', () => {
  it('is true only for the dayAndTime appearance', () => {
    expect(showsTimeOfDay({ pickerAppearance: 'dayAndTime' })).toBe(true)
    for (const d of [undefined, null, {}, { pickerAppearance: 'dayOnly' }, 'dayAndTime']) {
      expect(showsTimeOfDay(d)).toBe(false)
    }
  })
})
