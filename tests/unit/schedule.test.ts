import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jalaliWeekday, parseJalaliDate, tehranDayRange, type HolidayTable, type JalaliDate } from '../../src/lib/jalali'
import {
  MAX_DURATION_MINUTES,
  checkDuration,
  closedReason,
  dayView,
  daysBetween,
  fitsOfficeHours,
  groupByDay,
  officeHoursOf,
  overlaps,
  parseWhen,
  slotsOfDay,
  weekOf,
  weekRange,
  weekView,
  type Interval,
  type OfficeHours,
} from '../../src/lib/schedule'
import { scheduleMessages } from '../../src/lib/schedule/messages'

const at = (iso: string) => new Date(iso)
const span = (start: string, end: string): Interval => ({ start: at(start), end: at(end) })
const day = (jy: number, jm: number, jd: number): JalaliDate => ({ jy, jm, jd })

// A provincial closure on Tuesday 1405/09/10, as holidayTableOf builds it from stored rows.
const HOLIDAYS: HolidayTable = { fixed: [], dates: [{ date: '1405/09/10', name: 'تعطیلی استانی (آلودگی هوا)' }] }
const NO_HOLIDAYS: HolidayTable = { fixed: [], dates: [] }

// Saturday–Wednesday 08:00–14:00, Thursday 08:00–12:00, 30-minute slots.
const hoursResult = officeHoursOf(
  [0, 1, 2, 3, 4].map((weekday) => ({ weekday, open: '۰۸:۰۰', close: '۱۴:۰۰' })).concat({ weekday: 5, open: '8', close: '12:00' }),
  30,
)
if (!hoursResult.ok) throw new Error(hoursResult.error)
const HOURS: OfficeHours = hoursResult.value

describe('parseWhen: a meeting or appointment as typed', () => {
  it('reads a summer day in Tehran at UTC+03:30: 1405/04/15 10:00 is 06:30Z', () => {
    expect(parseWhen({ date: '1405/04/15', start: '10:00', end: '11:30' })).toEqual({
      ok: true,
      value: { day: day(1405, 4, 15), start: at('2026-07-06T06:30:00.000Z'), end: at('2026-07-06T08:00:00.000Z') },
    })
  })

  it('reads Persian, Arabic-Indic and Latin digits alike, padded or not', () => {
    const expected = { ok: true, value: { day: day(1405, 9, 12), start: at('2026-12-03T07:00:00.000Z'), end: at('2026-12-03T08:15:00.000Z') } }
    expect(parseWhen({ date: '۱۴۰۵/۰۹/۱۲', start: '۱۰:۳۰', end: '۱۱:۴۵' })).toEqual(expected)
    expect(parseWhen({ date: '١٤٠٥/٩/١٢', start: '١٠:٣٠', end: '١١:٤٥' })).toEqual(expected)
    expect(parseWhen({ date: '1405/9/12', start: '10:30', end: '11:45' })).toEqual(expected)
  })

  it('refuses 1404/12/30 because 1404 is not a leap year, and accepts 1403/12/30', () => {
    const r = parseWhen({ date: '۱۴۰۴/۱۲/۳۰', start: '۱۰:۰۰', end: '۱۱:۰۰' })
    expect(r).toEqual({ ok: false, field: 'date', error: 'تاریخ نامعتبر است: سال ۱۴۰۴ کبیسه نیست و اسفند آن ۲۹ روز دارد' })
    expect(parseWhen({ date: '1403/12/30', start: '10:00', end: '11:00' }).ok).toBe(true)
  })

  it('refuses a date that is not a date', () => {
    expect(parseWhen({ date: 'فردا', start: '10:00', end: '11:00' })).toMatchObject({ ok: false, field: 'date' })
    expect(parseWhen({ date: '', start: '10:00', end: '11:00' })).toMatchObject({ ok: false, field: 'date' })
  })

  it('refuses 25:00 and 10:60 with Persian messages naming the field', () => {
    expect(parseWhen({ date: '1405/09/12', start: '25:00', end: '26:00' })).toEqual({
      ok: false,
      field: 'start',
      error: 'ساعت آغاز نامعتبر است: ساعت باید بین ۰ تا ۲۳ باشد',
    })
    expect(parseWhen({ date: '1405/09/12', start: '10:00', end: '10:60' })).toEqual({
      ok: false,
      field: 'end',
      error: 'ساعت پایان نامعتبر است: دقیقه باید بین ۰ تا ۵۹ باشد',
    })
    expect(parseWhen({ date: '1405/09/12', start: 'ده', end: '11:00' })).toMatchObject({ ok: false, field: 'start' })
  })

  it('refuses a missing time instead of reading it as midnight', () => {
    expect(parseWhen({ date: '1405/09/12', start: '', end: '11:00' })).toEqual({ ok: false, field: 'start', error: 'ساعت آغاز وارد نشده است' })
    expect(parseWhen({ date: '1405/09/12', start: '10:00', end: ' ' })).toEqual({ ok: false, field: 'end', error: 'ساعت پایان وارد نشده است' })
  })

  it('refuses an end at or before the start', () => {
    for (const end of ['10:00', '09:59']) {
      expect(parseWhen({ date: '1405/09/12', start: '10:00', end })).toEqual({ ok: false, field: 'end', error: scheduleMessages.endNotAfterStart })
    }
  })

  it('accepts exactly 12 hours and refuses 12 hours and a minute', () => {
    expect(parseWhen({ date: '1405/09/12', start: '07:00', end: '19:00' }).ok).toBe(true)
    expect(parseWhen({ date: '1405/09/12', start: '07:00', end: '19:01' })).toEqual({
      ok: false,
      field: 'end',
      error: 'مدت جلسه یا ملاقات نباید بیش از ۱۲ ساعت باشد',
    })
  })
})

describe('checkDuration and overlaps: spans that arrive as instants', () => {
  it('refuses reversed, empty and over-long spans, and passes an ordinary one', () => {
    expect(checkDuration(span('2026-12-03T07:00Z', '2026-12-03T06:00Z'))).toBe(scheduleMessages.endNotAfterStart)
    expect(checkDuration(span('2026-12-03T07:00Z', '2026-12-03T07:00Z'))).toBe(scheduleMessages.endNotAfterStart)
    expect(checkDuration(span('2026-12-03T00:00Z', '2026-12-04T00:00Z'))).toBe(scheduleMessages.tooLong(MAX_DURATION_MINUTES / 60))
    expect(checkDuration(span('2026-12-03T07:00Z', '2026-12-03T08:00Z'))).toBeNull()
  })

  it('treats touching spans as not overlapping', () => {
    const a = span('2026-12-03T07:00Z', '2026-12-03T08:00Z')
    expect(overlaps(a, span('2026-12-03T08:00Z', '2026-12-03T09:00Z'))).toBe(false)
    expect(overlaps(a, span('2026-12-03T07:59Z', '2026-12-03T09:00Z'))).toBe(true)
    expect(overlaps(a, span('2026-12-03T07:10Z', '2026-12-03T07:20Z'))).toBe(true)
  })
})

describe('officeHoursOf: the hours the office chief types', () => {
  it('keeps ranges per weekday in minutes after Tehran midnight, sorted', () => {
    const r = officeHoursOf(
      [
        { weekday: 0, open: '۱۳:۰۰', close: '۱۵:۰۰' },
        { weekday: 0, open: '۰۸:۰۰', close: '۱۲:۰۰' },
      ],
      20,
    )
    expect(r).toEqual({ ok: true, value: { slotMinutes: 20, days: [[{ open: 480, close: 720 }, { open: 780, close: 900 }], [], [], [], [], [], []] } })
  })

  it('refuses hours on Friday, a close not after its open, overlapping rows, bad times and slot lengths', () => {
    expect(officeHoursOf([{ weekday: 6, open: '08:00', close: '12:00' }], 30)).toEqual({ ok: false, error: scheduleMessages.fridayHours })
    expect(officeHoursOf([{ weekday: 1, open: '12:00', close: '08:00' }], 30)).toEqual({ ok: false, error: scheduleMessages.hoursShape(1) })
    expect(officeHoursOf([{ weekday: 2, open: '08:00', close: '12:00' }, { weekday: 2, open: '11:00', close: '13:00' }], 30)).toEqual({
      ok: false,
      error: scheduleMessages.hoursOverlap(2),
    })
    expect(officeHoursOf([{ weekday: 0, open: '25:00', close: '26:00' }], 30)).toMatchObject({ ok: false })
    expect(officeHoursOf([{ weekday: 0, open: '', close: '12:00' }], 30)).toEqual({ ok: false, error: scheduleMessages.timeMissing('start') })
    for (const slot of [0, 4, 30.5, 241]) expect(officeHoursOf([], slot)).toEqual({ ok: false, error: 'طول هر نوبت باید عددی درست بین ۵ تا ۲۴۰ دقیقه باشد' })
  })
})

describe('slotsOfDay: the free slots of a Jalali day', () => {
  it('offers slots from opening to closing on an open day', () => {
    // Thursday 1405/09/12: 08:00–12:00 Tehran = 04:30Z–08:30Z, eight 30-minute slots.
    const slots = slotsOfDay(day(1405, 9, 12), HOURS, HOLIDAYS, [])
    expect(slots).toHaveLength(8)
    expect(slots[0]).toEqual(span('2026-12-03T04:30:00Z', '2026-12-03T05:00:00Z'))
    expect(slots.at(-1)).toEqual(span('2026-12-03T08:00:00Z', '2026-12-03T08:30:00Z'))
  })

  it('leaves out slots that overlap a busy meeting or appointment, and keeps those that touch it', () => {
    // Busy 09:00–10:15 Tehran: the slots 09:00, 09:30 and 10:00 go; 08:30 and 10:30 stay.
    const busy = [span('2026-12-03T05:30:00Z', '2026-12-03T06:45:00Z')]
    const starts = slotsOfDay(day(1405, 9, 12), HOURS, HOLIDAYS, busy).map((s) => s.start.toISOString())
    expect(starts).toEqual(['04:30', '05:00', '07:00', '07:30', '08:00'].map((t) => `2026-12-03T${t}:00.000Z`))
  })

  it('offers nothing on a Friday, on a holiday (a provincial closure too) or on a weekday without hours', () => {
    expect(slotsOfDay(day(1405, 9, 13), HOURS, HOLIDAYS, [])).toEqual([])
    expect(slotsOfDay(day(1405, 9, 10), HOURS, HOLIDAYS, [])).toEqual([])
    expect(slotsOfDay(day(1405, 9, 10), HOURS, NO_HOLIDAYS, [])).toHaveLength(12)
    const saturdayOnly = officeHoursOf([{ weekday: 0, open: '08:00', close: '09:00' }], 30)
    if (!saturdayOnly.ok) throw new Error(saturdayOnly.error)
    expect(slotsOfDay(day(1405, 9, 8), saturdayOnly.value, NO_HOLIDAYS, [])).toEqual([])
  })

  it('does not offer a last slot that would run past closing', () => {
    const r = officeHoursOf([{ weekday: 5, open: '08:00', close: '09:10' }], 30)
    if (!r.ok) throw new Error(r.error)
    expect(slotsOfDay(day(1405, 9, 12), r.value, NO_HOLIDAYS, [])).toHaveLength(2)
  })
})

describe('closedReason and fitsOfficeHours: why a slot is refused', () => {
  it('names a Friday, the holiday and a weekday without hours', () => {
    expect(closedReason(day(1405, 9, 13), HOURS, HOLIDAYS)).toBe('جمعه تعطیل است')
    expect(closedReason(day(1405, 9, 10), HOURS, HOLIDAYS)).toBe('این روز تعطیل است (تعطیلی استانی (آلودگی هوا))')
    expect(closedReason(day(1405, 9, 12), { days: [[], [], [], [], [], [], []], slotMinutes: 30 }, HOLIDAYS)).toBe('دفتر در روز پنجشنبه ساعت کاری ندارد')
    expect(closedReason(day(1405, 9, 12), HOURS, HOLIDAYS)).toBeNull()
  })

  it('accepts a span inside the hours and refuses one outside them, naming the hours', () => {
    const thursday = (start: string, end: string) => {
      const w = parseWhen({ date: '1405/09/12', start, end })
      if (!w.ok) throw new Error(w.error)
      return w.value
    }
    expect(fitsOfficeHours(thursday('08:00', '12:00'), HOURS, HOLIDAYS)).toEqual({ ok: true })
    expect(fitsOfficeHours(thursday('11:30', '12:30'), HOURS, HOLIDAYS)).toEqual({
      ok: false,
      error: 'زمان خارج از ساعات کاری است (ساعات کاری این روز: ۰۸:۰۰ تا ۱۲:۰۰)',
    })
    expect(fitsOfficeHours(thursday('07:30', '08:30'), HOURS, HOLIDAYS).ok).toBe(false)
  })

  it('refuses a span across a break between two ranges', () => {
    const r = officeHoursOf([{ weekday: 5, open: '08:00', close: '10:00' }, { weekday: 5, open: '11:00', close: '13:00' }], 30)
    if (!r.ok) throw new Error(r.error)
    const w = parseWhen({ date: '1405/09/12', start: '09:30', end: '11:30' })
    if (!w.ok) throw new Error(w.error)
    expect(fitsOfficeHours(w.value, r.value, NO_HOLIDAYS)).toEqual({ ok: false, error: scheduleMessages.outsideHours('۰۸:۰۰ تا ۱۰:۰۰، ۱۱:۰۰ تا ۱۳:۰۰') })
  })

  it('refuses a Friday, a holiday, a reversed span and one over midnight', () => {
    expect(fitsOfficeHours(span('2026-12-04T05:30Z', '2026-12-04T06:00Z'), HOURS, HOLIDAYS)).toEqual({ ok: false, error: scheduleMessages.friday })
    expect(fitsOfficeHours(span('2026-12-01T05:30Z', '2026-12-01T06:00Z'), HOURS, HOLIDAYS)).toEqual({
      ok: false,
      error: scheduleMessages.holiday('تعطیلی استانی (آلودگی هوا)'),
    })
    expect(fitsOfficeHours(span('2026-12-03T06:00Z', '2026-12-03T05:30Z'), HOURS, HOLIDAYS)).toEqual({ ok: false, error: scheduleMessages.endNotAfterStart })
    // Wednesday 23:00 to Thursday 01:00 Tehran.
    expect(fitsOfficeHours(span('2026-12-02T19:30Z', '2026-12-02T21:30Z'), HOURS, HOLIDAYS)).toEqual({ ok: false, error: scheduleMessages.spansDays })
  })
})

describe('the Jalali week', () => {
  it('runs Saturday to Friday across a month boundary, each day a Tehran day in UTC, holidays marked', () => {
    // 1405/09/01 is a Sunday: its week starts on Saturday 1405/08/30.
    const week = weekOf(day(1405, 9, 1), HOLIDAYS)
    expect(week.map((d) => d.date)).toEqual([day(1405, 8, 30), ...[1, 2, 3, 4, 5, 6].map((jd) => day(1405, 9, jd))])
    expect(week.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(week[0]).toMatchObject({ start: at('2026-11-20T20:30:00Z'), end: at('2026-11-21T20:30:00Z'), holiday: null, closed: false })
    expect(week[6]).toMatchObject({ holiday: null, closed: true })
    expect(weekOf(day(1405, 9, 12), HOLIDAYS).filter((d) => d.holiday).map((d) => d.date)).toEqual([day(1405, 9, 10)])
    expect(weekRange(day(1405, 9, 1))).toEqual(span('2026-11-20T20:30:00Z', '2026-11-27T20:30:00Z'))
  })

  it('lists the days of any period, both ends included, and refuses a reversed or over-long one', () => {
    const days = daysBetween(day(1404, 12, 28), day(1405, 1, 2), NO_HOLIDAYS)
    expect(days.map((d) => d.date)).toEqual([day(1404, 12, 28), day(1404, 12, 29), day(1405, 1, 1), day(1405, 1, 2)])
    expect(days.map((d) => d.weekday)).toEqual([5, 6, 0, 1])
    expect(daysBetween(day(1405, 1, 1), day(1405, 1, 1), NO_HOLIDAYS)).toHaveLength(1)
    expect(() => daysBetween(day(1405, 1, 2), day(1405, 1, 1), NO_HOLIDAYS)).toThrow(RangeError)
    expect(() => daysBetween(day(1405, 1, 1), day(1405, 1, 31), NO_HOLIDAYS, 30)).toThrow(RangeError)
  })

  it('runs across Nowruz: the week of Friday 1404/12/29 ends that day', () => {
    const week = weekOf(day(1404, 12, 29), NO_HOLIDAYS)
    expect(week[0]!.date).toEqual(day(1404, 12, 23))
    expect(week[6]!.date).toEqual(day(1404, 12, 29))
    expect(weekOf(day(1405, 1, 1), NO_HOLIDAYS)[0]!.date).toEqual(day(1405, 1, 1))
  })

  it('groups meetings and appointments into their days, sorted, a span over midnight on both days', () => {
    const items = [
      { id: 'late', start: '2026-12-03T10:00:00Z', end: '2026-12-03T11:00:00Z' },
      { id: 'early', start: at('2026-12-03T05:00:00Z'), end: at('2026-12-03T06:00:00Z') },
      { id: 'overnight', start: '2026-11-30T19:30:00Z', end: '2026-11-30T21:30:00Z' },
      { id: 'nextWeek', start: '2026-12-05T06:00:00Z', end: '2026-12-05T07:00:00Z' },
    ]
    const week = weekView(day(1405, 9, 12), HOLIDAYS, items)
    expect(week.map((d) => d.items.map((i) => i.id))).toEqual([[], [], ['overnight'], ['overnight'], [], ['early', 'late'], []])
    expect(week[3]).toMatchObject({ holiday: 'تعطیلی استانی (آلودگی هوا)', closed: true })
    const thursday = dayView(day(1405, 9, 12), HOLIDAYS, items)
    expect(thursday).toMatchObject({ date: day(1405, 9, 12), weekday: 5, holiday: null })
    expect(thursday.items.map((i) => i.id)).toEqual(['early', 'late'])
    expect(() => groupByDay(week, [{ start: 'tomorrow', end: 'later' }])).toThrow(RangeError)
  })
})

describe('properties', () => {
  const jalaliDay = fc
    .record({ jy: fc.integer({ min: 1402, max: 1420 }), jm: fc.integer({ min: 1, max: 12 }), jd: fc.integer({ min: 1, max: 31 }) })
    .filter((d) => parseJalaliDate(`${d.jy}/${d.jm}/${d.jd}`).ok)

  it('free slots never overlap busy spans, never each other, and lie inside office hours', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    const hoursRows = fc.array(fc.record({ weekday: fc.integer({ min: 0, max: 5 }), r: range }), { maxLength: 8 })
    const busyMinutes = fc.array(fc.tuple(fc.integer({ min: -120, max: 1500 }), fc.integer({ min: 1, max: 300 })), { maxLength: 6 })
    fc.assert(
      fc.property(jalaliDay, hoursRows, fc.integer({ min: 5, max: 240 }), busyMinutes, (d, rows, slotMinutes, busyRaw) => {
        const hm = (m: number) => `${Math.floor(m / 60)}:${m % 60}`
        const typed = rows.filter((row) => row.r[0] < row.r[1] && row.r[1] < 1440).map((row) => ({ weekday: row.weekday, open: hm(row.r[0]), close: hm(row.r[1]) }))
        const hours = officeHoursOf(typed, slotMinutes)
        fc.pre(hours.ok)
        if (!hours.ok) return
        const midnight = tehranDayRange(d).start.getTime()
        const busy = busyRaw.map(([from, len]) => ({ start: new Date(midnight + from * 60_000), end: new Date(midnight + (from + len) * 60_000) }))
        const slots = slotsOfDay(d, hours.value, NO_HOLIDAYS, busy)
        if (jalaliWeekday(d) === 6) expect(slots).toEqual([])
        slots.forEach((slot, i) => {
          expect(slot.end.getTime() - slot.start.getTime()).toBe(slotMinutes * 60_000)
          expect(busy.some((b) => overlaps(slot, b))).toBe(false)
          expect(fitsOfficeHours(slot, hours.value, NO_HOLIDAYS)).toEqual({ ok: true })
          if (i > 0) expect(slot.start.getTime()).toBeGreaterThanOrEqual(slots[i - 1]!.end.getTime())
        })
      }),
      { numRuns: 300 },
    )
  })

  it('a week always has seven contiguous Tehran days from Saturday to Friday and contains the day', () => {
    fc.assert(
      fc.property(jalaliDay, (d) => {
        const week = weekOf(d, NO_HOLIDAYS)
        expect(week).toHaveLength(7)
        expect(week.map((w) => w.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6])
        expect(week.some((w) => w.date.jy === d.jy && w.date.jm === d.jm && w.date.jd === d.jd)).toBe(true)
        for (let i = 1; i < 7; i++) expect(week[i]!.start).toEqual(week[i - 1]!.end)
        expect(weekRange(d)).toEqual({ start: week[0]!.start, end: week[6]!.end })
      }),
      { numRuns: 300 },
    )
  })
})
