import { describe, expect, it } from 'vitest'

import { meetingMessages } from '../../src/lib/meetings/messages'
import { isLegalMove, meetingTimesError } from '../../src/lib/meetings/times'

const at = (time: string, day = '2027-01-10') => new Date(`${day}T${time}:00+03:30`).toISOString()

describe('a meeting’s times', () => {
  it('accepts an end after the start, up to twelve hours', () => {
    expect(meetingTimesError(at('10:00'), at('11:00'))).toBeNull()
    expect(meetingTimesError(at('07:00'), at('19:00'))).toBeNull()
  })

  it('refuses a missing, unreadable, reversed, empty or over-long meeting in Persian', () => {
    expect(meetingTimesError(undefined, at('11:00'))).toBe(meetingMessages.startRequired)
    expect(meetingTimesError(at('10:00'), '')).toBe(meetingMessages.endRequired)
    expect(meetingTimesError('فردا', at('11:00'))).toBe(meetingMessages.badTime)
    expect(meetingTimesError(at('11:00'), at('10:00'))).toBe(meetingMessages.endBeforeStart)
    expect(meetingTimesError(at('11:00'), at('11:00'))).toBe(meetingMessages.endBeforeStart)
    expect(meetingTimesError(at('07:00'), at('19:01'))).toBe(meetingMessages.tooLong)
    expect(meetingMessages.tooLong).toContain('۱۲')
  })
})

describe('a meeting’s status moves', () => {
  it('goes planned → held | postponed | cancelled, postponed → planned | cancelled, and no further', () => {
    const moves = ['planned', 'held', 'postponed', 'cancelled'].flatMap((from) =>
      ['planned', 'held', 'postponed', 'cancelled'].filter((to) => to !== from && isLegalMove(from, to)).map((to) => `${from}→${to}`),
    )
    expect(moves).toEqual(['planned→held', 'planned→postponed', 'planned→cancelled', 'postponed→planned', 'postponed→cancelled'])
  })
})

describe('the refusal of a double booking', () => {
  it('names the meeting in the way with its Jalali date and time in Persian digits (Tehran)', () => {
    const message = meetingMessages.conflict('place', 'کمیسیون کارگری', at('10:00'), at('11:30'))
    expect(message).toContain('«کمیسیون کارگری»')
    expect(message).toContain('۱۴۰۵/۱۰/۲۰ ۱۰:۰۰ تا ۱۱:۳۰')
  })
})
