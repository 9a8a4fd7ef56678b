import { seededHolidayTable as cal } from '../helpers/holidays'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatJalaliDate,
  formatJalaliDateTime,
  jalaliToUtc,
  tehranDayRange,
  type HolidayTable,
} from '../../src/lib/jalali'
import {
  DEFAULT_DEADLINE_DAYS,
  PURPOSE_LABELS,
  REFERRAL_PURPOSES,
  REFERRAL_STATES,
  STATE_LABELS,
  defaultDeadline,
  dwellTimes,
  isFinalState,
  isOpenState,
  isOverdue,
  nextState,
  overdueDays,
  summariseDwell,
  type Actor,
  type State,
} from '../../src/lib/referrals'

const PERSIAN = /[\u0600-\u06FF]/
const ACTORS: Actor[] = ['sender', 'recipient', 'other']

// Written out by hand from the rules, independently of the module's own table.
const LEGAL: [State, State, Actor][] = [
  ['sent', 'seen', 'recipient'],
  ['sent', 'in-progress', 'recipient'],
  ['seen', 'in-progress', 'recipient'],
  ['seen', 'done', 'recipient'],
  ['in-progress', 'done', 'recipient'],
  ['sent', 'returned', 'recipient'],
  ['seen', 'returned', 'recipient'],
  ['in-progress', 'returned', 'recipient'],
  ['sent', 'recalled', 'sender'],
  ['draft', 'sent', 'sender'],
  ['draft', 'recalled', 'sender'],
]
const FINAL: State[] = ['done', 'returned', 'recalled']

const isLegal = (from: State, to: State, actor: Actor) =>
  LEGAL.some(([f, t, a]) => f === from && t === to && a === actor)
const allowedActor = (from: State, to: State) => LEGAL.find(([f, t]) => f === from && t === to)?.[2]

const table = REFERRAL_STATES.flatMap((from) =>
  REFERRAL_STATES.flatMap((to) => ACTORS.map((actor) => ({ from, to, actor }))),
)

/** A date-time in Tehran, as a UTC ISO string. */
const tehran = (jy: number, jm: number, jd: number, hour = 10, minute = 0) =>
  jalaliToUtc({ jy, jm, jd }, { hour, minute }).toISOString()
const dueDay = (iso: string) => formatJalaliDate(iso)

describe('purposes and states', () => {
  it('has a Persian label for each', () => {
    expect(REFERRAL_PURPOSES).toEqual(['action', 'information', 'review', 'reply', 'approval'])
    expect(PURPOSE_LABELS.information).toBe('جهت اطلاع')
    expect(STATE_LABELS.recalled).toBe('بازپس‌گرفته')
    for (const p of REFERRAL_PURPOSES) expect(PURPOSE_LABELS[p]).toMatch(PERSIAN)
    for (const s of REFERRAL_STATES) expect(STATE_LABELS[s]).toMatch(PERSIAN)
  })

  it('knows final and open states', () => {
    expect(REFERRAL_STATES.filter(isFinalState)).toEqual(FINAL)
    expect(REFERRAL_STATES.filter(isOpenState)).toEqual(['sent', 'seen', 'in-progress'])
  })
})

describe('nextState: every from × to × actor', () => {
  it.each(table)('$from → $to by $actor', ({ from, to, actor }) => {
    for (const purpose of REFERRAL_PURPOSES) {
      const r = nextState({
        from,
        to,
        actor,
        purpose,
        response: 'اقدام شد',
        returnReason: 'مربوط نیست',
      })
      if (from === to) {
        expect(r).toEqual({ ok: true, state: from, closed: FINAL.includes(from) })
      } else if (isLegal(from, to, actor)) {
        const state = purpose === 'information' && to === 'seen' ? 'done' : to
        expect(r).toEqual({ ok: true, state, closed: FINAL.includes(state) })
      } else {
        if (r.ok) throw new Error(`expected failure, got ${r.state}`)
        const allowed = FINAL.includes(from) ? undefined : allowedActor(from, to)
        expect(r.status).toBe(allowed ? 403 : 409)
        expect(r.message).toMatch(PERSIAN)
        if (allowed === 'recipient') expect(r.message).toContain('فقط گیرندهٔ ارجاع')
        if (allowed === 'sender') expect(r.message).toContain('فقط فرستندهٔ ارجاع')
      }
    }
  })

  it('covers exactly the legal list', () => {
    const legal = table.filter(
      ({ from, to, actor }) =>
        from !== to &&
        nextState({ from, to, actor, purpose: 'action', response: 'x', returnReason: 'y' }).ok,
    )
    expect(legal.map(({ from, to, actor }) => [from, to, actor])).toEqual(
      expect.arrayContaining(LEGAL),
    )
    expect(legal).toHaveLength(LEGAL.length)
  })

  it('names the states in Persian when a change is not allowed', () => {
    expect(
      nextState({ from: 'in-progress', to: 'seen', actor: 'recipient', purpose: 'action' }),
    ).toEqual({
      ok: false,
      status: 409,
      message: 'تغییر وضعیت ارجاع از «در دست اقدام» به «دیده‌شده» مجاز نیست.',
    })
    expect(
      nextState({ from: 'seen', to: 'sent', actor: 'sender', purpose: 'action' }),
    ).toMatchObject({
      status: 409,
      message: 'تغییر وضعیت ارجاع از «دیده‌شده» به «ارسال‌شده» مجاز نیست.',
    })
  })

  it('keeps final states closed', () => {
    for (const from of FINAL) {
      const r = nextState({ from, to: 'in-progress', actor: 'recipient', purpose: 'action' })
      expect(r).toMatchObject({ ok: false, status: 409 })
      if (!r.ok) expect(r.message).toContain(STATE_LABELS[from])
    }
  })
})

describe('nextState: the rules by purpose', () => {
  it('closes information referrals when seen', () => {
    expect(
      nextState({ from: 'sent', to: 'seen', actor: 'recipient', purpose: 'information' }),
    ).toEqual({
      ok: true,
      state: 'done',
      closed: true,
    })
    expect(nextState({ from: 'sent', to: 'seen', actor: 'recipient', purpose: 'action' })).toEqual({
      ok: true,
      state: 'seen',
      closed: false,
    })
  })

  it('lets opening twice succeed', () => {
    expect(nextState({ from: 'seen', to: 'seen', actor: 'recipient', purpose: 'reply' })).toEqual({
      ok: true,
      state: 'seen',
      closed: false,
    })
    expect(
      nextState({ from: 'done', to: 'done', actor: 'recipient', purpose: 'information' }),
    ).toEqual({
      ok: true,
      state: 'done',
      closed: true,
    })
  })

  it('needs a response to be done, except for information', () => {
    for (const response of [undefined, '', '   ', '\u200c', '\u200f ـ ']) {
      const r = nextState({
        from: 'in-progress',
        to: 'done',
        actor: 'recipient',
        purpose: 'reply',
        response,
      })
      expect(r).toMatchObject({ ok: false, status: 400 })
      if (!r.ok) expect(r.message).toMatch(PERSIAN)
    }
    expect(
      nextState({
        from: 'seen',
        to: 'done',
        actor: 'recipient',
        purpose: 'approval',
        response: 'تأیید شد',
      }),
    ).toEqual({ ok: true, state: 'done', closed: true })
    expect(
      nextState({ from: 'seen', to: 'done', actor: 'recipient', purpose: 'information' }),
    ).toEqual({
      ok: true,
      state: 'done',
      closed: true,
    })
  })

  it('needs a reason to return', () => {
    for (const purpose of REFERRAL_PURPOSES) {
      const r = nextState({
        from: 'seen',
        to: 'returned',
        actor: 'recipient',
        purpose,
        returnReason: ' ',
      })
      expect(r).toMatchObject({ ok: false, status: 400 })
      if (!r.ok) expect(r.message).toContain('علت عودت')
    }
    expect(
      nextState({
        from: 'sent',
        to: 'returned',
        actor: 'recipient',
        purpose: 'action',
        returnReason: 'خارج از حیطهٔ وظایف',
      }),
    ).toEqual({ ok: true, state: 'returned', closed: true })
  })

  it('checks the actor before the text', () => {
    const r = nextState({ from: 'seen', to: 'done', actor: 'sender', purpose: 'action' })
    expect(r).toMatchObject({ ok: false, status: 403 })
  })

  it('recalls only while unseen, and only by the sender', () => {
    expect(nextState({ from: 'sent', to: 'recalled', actor: 'sender', purpose: 'review' })).toEqual(
      {
        ok: true,
        state: 'recalled',
        closed: true,
      },
    )
    for (const from of ['seen', 'in-progress'] as const) {
      const r = nextState({ from, to: 'recalled', actor: 'sender', purpose: 'review' })
      expect(r).toMatchObject({ ok: false, status: 409 })
      if (!r.ok) expect(r.message).toContain('دیده')
    }
    const r = nextState({ from: 'sent', to: 'recalled', actor: 'recipient', purpose: 'review' })
    expect(r).toMatchObject({ ok: false, status: 403 })
    if (!r.ok) expect(r.message).toContain('فرستندهٔ ارجاع')
  })
})

describe('defaultDeadline', () => {
  it('has the default days per urgency', () => {
    expect(DEFAULT_DEADLINE_DAYS).toEqual({ immediate: 0, 'very-urgent': 1, urgent: 3, normal: 7 })
  })

  it('ends at the last millisecond of the due day in Tehran', () => {
    // Wednesday 1405/09/04 → Thu 05, (Fri 06), Sat 07, Sun 08.
    const deadline = defaultDeadline('urgent', tehran(1405, 9, 4), { holidays: cal })
    expect(deadline).toBe('2026-11-29T20:29:59.999Z')
    expect(formatJalaliDateTime(deadline)).toBe('1405/09/08 23:59')
    expect(new Date(deadline).getTime()).toBe(
      tehranDayRange({ jy: 1405, jm: 9, jd: 8 }).end.getTime() - 1,
    )
  })

  it('skips Fridays', () => {
    expect(dueDay(defaultDeadline('immediate', tehran(1405, 9, 4), { holidays: cal }))).toBe('1405/09/04')
    expect(dueDay(defaultDeadline('very-urgent', tehran(1405, 9, 5), { holidays: cal }))).toBe('1405/09/07')
    expect(dueDay(defaultDeadline('immediate', tehran(1405, 9, 6), { holidays: cal }))).toBe('1405/09/07')
    expect(dueDay(defaultDeadline('normal', tehran(1405, 9, 4), { holidays: cal }))).toBe('1405/09/12')
  })

  it('skips holidays of the real table', () => {
    // 14 and 15 Khordad; 1405/03/15 is also a Friday.
    expect(dueDay(defaultDeadline('very-urgent', tehran(1405, 3, 13), { holidays: cal }))).toBe('1405/03/16')
    // 22 Bahman 1404 is a Wednesday.
    expect(dueDay(defaultDeadline('very-urgent', tehran(1404, 11, 21), { holidays: cal }))).toBe('1404/11/23')
    expect(dueDay(defaultDeadline('immediate', tehran(1404, 11, 22), { holidays: cal }))).toBe('1404/11/23')
    // 12 and 13 Farvardin, then Friday 14.
    expect(dueDay(defaultDeadline('very-urgent', tehran(1405, 1, 11), { holidays: cal }))).toBe('1405/01/15')
  })

  it('lands after Nowruz', () => {
    // Wed 1404/12/27: Thu 28 (1), Fri 29 is a holiday too, 1–4 Farvardin, then Wed 5 (2), Thu 6 (3), …
    expect(dueDay(defaultDeadline('urgent', tehran(1404, 12, 27), { holidays: cal }))).toBe('1405/01/06')
    expect(dueDay(defaultDeadline('normal', tehran(1404, 12, 27), { holidays: cal }))).toBe('1405/01/11')
    expect(dueDay(defaultDeadline('immediate', tehran(1405, 1, 2), { holidays: cal }))).toBe('1405/01/05')
  })

  it('counts from the Tehran day, not the UTC one', () => {
    // 21:00 UTC on Wed 25 Nov 2026 (1405/09/04 by the UTC date) is 00:30 on Thursday 1405/09/05
    // in Tehran; counting from the UTC date would give Thursday, not Saturday.
    const late = '2026-11-25T21:00:00Z'
    expect(formatJalaliDateTime(late)).toBe('1405/09/05 00:30')
    expect(dueDay(defaultDeadline('very-urgent', late, { holidays: cal }))).toBe('1405/09/07')
    expect(dueDay(defaultDeadline('very-urgent', new Date(late), { holidays: cal }))).toBe('1405/09/07')
    // One minute before Tehran midnight is still Wednesday.
    expect(dueDay(defaultDeadline('very-urgent', '2026-11-25T20:29:00Z', { holidays: cal }))).toBe('1405/09/05')
    expect(dueDay(defaultDeadline('very-urgent', '2026-11-25T23:59:00+03:30', { holidays: cal }))).toBe('1405/09/05')
  })

  it('takes other days, holidays and work weeks', () => {
    const at = tehran(1405, 9, 4)
    expect(dueDay(defaultDeadline('normal', at, { holidays: cal, days: { normal: 2 } }))).toBe('1405/09/07')
    expect(dueDay(defaultDeadline('urgent', at, { holidays: cal, days: { normal: 2 } }))).toBe('1405/09/08')
    // Thursday closed too.
    expect(dueDay(defaultDeadline('very-urgent', at, { holidays: cal, week: { weekend: [5, 6] } }))).toBe(
      '1405/09/07',
    )
    const lunar: HolidayTable = {
      ...cal,
      dates: [...cal.dates, { date: '1405/09/07', name: 'تعطیل آزمایشی' }],
    }
    expect(dueDay(defaultDeadline('urgent', at, { holidays: lunar }))).toBe('1405/09/09')
  })

  it('refuses a zone-less timestamp', () => {
    expect(() => defaultDeadline('normal', '2026-11-24T10:00:00', { holidays: cal })).toThrow(RangeError)
  })
})

describe('isOverdue', () => {
  const deadline = defaultDeadline('urgent', tehran(1405, 9, 4), { holidays: cal })
  const end = tehranDayRange({ jy: 1405, jm: 9, jd: 8 }).end.getTime()

  it('turns at the end of the due day in Tehran', () => {
    expect(isOverdue({ state: 'seen', deadline }, new Date(end - 1))).toBe(false)
    expect(isOverdue({ state: 'seen', deadline }, new Date(end))).toBe(true)
    expect(isOverdue({ state: 'seen', deadline }, new Date(end + 1))).toBe(true)
    expect(
      isOverdue(
        { state: 'sent', deadline },
        jalaliToUtc({ jy: 1405, jm: 9, jd: 8 }, { hour: 23, minute: 59 }),
      ),
    ).toBe(false)
  })

  it('is never true of closed referrals or without a deadline', () => {
    for (const state of FINAL) expect(isOverdue({ state, deadline }, new Date(end + 1))).toBe(false)
    expect(isOverdue({ state: 'in-progress', deadline: null }, new Date(end + 1))).toBe(false)
    expect(isOverdue({ state: 'in-progress' }, new Date(end + 1))).toBe(false)
  })

  it('counts working days overdue', () => {
    const day = (jd: number) =>
      jalaliToUtc(addDays({ jy: 1405, jm: 9, jd: 8 }, jd - 8), { hour: 9, minute: 0 })
    expect(overdueDays({ state: 'seen', deadline }, new Date(end - 1), { holidays: cal })).toBe(0)
    expect(overdueDays({ state: 'seen', deadline }, day(9), { holidays: cal })).toBe(1)
    expect(overdueDays({ state: 'seen', deadline }, day(14), { holidays: cal })).toBe(5) // Friday 13 not counted
    expect(overdueDays({ state: 'done', deadline }, day(14), { holidays: cal })).toBe(0)
  })
})

describe('dwell times', () => {
  const t0 = Date.parse('2026-11-24T06:00:00Z')
  const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString()
  const MIN = 60_000
  const now = new Date(t0 + 600 * MIN)

  it('sums the time in each state, the last one until now', () => {
    const history = [
      { state: 'sent' as const, at: at(0) },
      { state: 'seen' as const, at: at(30) },
      { state: 'in-progress' as const, at: at(90) },
    ]
    expect(dwellTimes(history, now)).toEqual({
      draft: 0,
      sent: 30 * MIN,
      seen: 60 * MIN,
      'in-progress': 510 * MIN,
      done: 0,
      returned: 0,
      recalled: 0,
    })
  })

  it('stops the clock in a final state', () => {
    const history = [
      { state: 'sent' as const, at: at(0) },
      { state: 'done' as const, at: at(45) },
    ]
    expect(dwellTimes(history, now)).toMatchObject({ sent: 45 * MIN, done: 0 })
    expect(dwellTimes([], now).sent).toBe(0)
  })

  it('summarises several referrals', () => {
    const summary = summariseDwell(
      [
        {
          history: [
            { state: 'sent', at: at(0) },
            { state: 'seen', at: at(20) },
            { state: 'done', at: at(80) },
          ],
        },
        {
          history: [
            { state: 'sent', at: at(0) },
            { state: 'recalled', at: at(10) },
          ],
        },
      ],
      now,
    )
    expect(summary.count).toBe(2)
    expect(summary.total.sent).toBe(30 * MIN)
    expect(summary.average.sent).toBe(15 * MIN)
    expect(summary.average.seen).toBe(60 * MIN)
    expect(summary.visited).toMatchObject({ sent: 2, seen: 1, 'in-progress': 0, recalled: 1 })
    expect(summary.average['in-progress']).toBe(0)
  })
})

describe('deadlines over the lunar holidays of the seeded table', () => {
  it('one working day from Thursday 1404/04/12 lands after Tasua and Ashura (14, 15 Tir), on 1404/04/16', () => {
    expect(dueDay(defaultDeadline('very-urgent', tehran(1404, 4, 12), { holidays: cal }))).toBe('1404/04/16')
  })

  it('Eid al-Fitr at the end of 1405 (19, 20 Esfand) is skipped', () => {
    // 1405/12/18 is a Tuesday; 19 and 20 are closed, 21 is Friday, 22 is Saturday.
    expect(dueDay(defaultDeadline('very-urgent', tehran(1405, 12, 18), { holidays: cal }))).toBe('1405/12/22')
  })
})
