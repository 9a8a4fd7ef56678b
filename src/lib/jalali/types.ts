/** A Jalali calendar day (month 1 = Farvardin). */
export type JalaliDate = { jy: number; jm: number; jd: number }

/** An instant: a Date, or an ISO 8601 string (date-only, or date-time with a zone). */
export type Timestamp = Date | string

/** 0 = Saturday … 6 = Friday: the Persian week, so "weekend: [6]" means Friday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export type TehranParts = JalaliDate & {
  hour: number
  minute: number
  second: number
  weekday: Weekday
}

export type TimeOfDay = { hour: number; minute: number; second?: number }

export type DigitStyle = 'latin' | 'persian'

export type ParseResult = { ok: true; value: JalaliDate } | { ok: false; error: string }
