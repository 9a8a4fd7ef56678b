// What a person types into the one Jalali date input (src/components/JalaliDate/JalaliDateInput,
// used by the referral drawer and, through JalaliDateField, by every form's date and the desk's
// report pages): both read it with src/lib/jalali/dateInput.ts.
import { describe, expect, it } from 'vitest'

import { displayJalali, inputToIso } from '../../src/lib/jalali'

const persian = /[\u0600-\u06FF]/
// 5 Farvardin 1403 is 24 March 2024; Tehran midnight is 20:30 UTC the evening before.
const FARVARDIN_5_1403 = '2024-03-23T20:30:00.000Z'

describe('typing a Jalali date', () => {
  it('reads 1403/1/5 and ۱۴۰۳/۰۱/۰۵ (and mixed digits, Arabic-Indic, spaces) as the same day', () => {
    for (const typed of ['1403/1/5', '۱۴۰۳/۰۱/۰۵', '۱۴۰۳/1/05', '١٤٠٣/١/٥', ' 1403/01/05 ', '1403-1-5']) {
      expect(inputToIso(typed), typed).toEqual({ ok: true, iso: FARVARDIN_5_1403 })
    }
  })

  it('shows the day back as it is written: Persian digits, padded', () => {
    expect(displayJalali(FARVARDIN_5_1403).date).toBe('۱۴۰۳/۰۱/۰۵')
    expect(inputToIso(displayJalali(FARVARDIN_5_1403).date)).toEqual({ ok: true, iso: FARVARDIN_5_1403 })
  })

  it('refuses a day the month does not have, with a Persian message naming the month', () => {
    for (const typed of ['1403/1/32', '۱۴۰۳/۰۷/۳۱', '1404/12/30', '1403/0/5', '1403/1/0']) {
      const r = inputToIso(typed)
      expect(r.ok, typed).toBe(false)
      if (!r.ok) {
        expect(r.part).toBe('date')
        expect(r.error).toMatch(persian)
        expect(r.error).not.toMatch(/[A-Za-z]/)
      }
    }
    expect(inputToIso('۱۴۰۳/۰۷/۳۱')).toMatchObject({ ok: false, error: expect.stringContaining('مهر') })
    // 1403 is a leap year: its Esfand has 30 days.
    expect(inputToIso('1403/12/30')).toMatchObject({ ok: true })
  })

  it('takes an empty input as no date', () => {
    expect(inputToIso('')).toEqual({ ok: true, iso: null })
    expect(inputToIso('  ')).toEqual({ ok: true, iso: null })
  })
})
