import { describe, expect, it } from 'vitest'

import { digestDocument, digestMail, digestWindow, previousWorkingDay, type Digest } from '../../src/lib/digest'
import { jalaliToUtc } from '../../src/lib/jalali'
import { seededHolidayTable as defaultHolidays } from '../helpers/holidays'
import { bookLines } from '../../src/lib/registry/bookRows'

const at7 = (jy: number, jm: number, jd: number) => jalaliToUtc({ jy, jm, jd }, { hour: 7, minute: 0 })

describe('the digest window', () => {
  it('reaches back over Friday: Saturday 1405/09/07 covers Thursday 07:00 to Saturday 07:00', () => {
    expect(previousWorkingDay({ jy: 1405, jm: 9, jd: 7 }, defaultHolidays)).toEqual({ jy: 1405, jm: 9, jd: 5 })
    expect(digestWindow({ jy: 1405, jm: 9, jd: 7 }, defaultHolidays, at7(1405, 9, 10))).toEqual({ from: at7(1405, 9, 5), to: at7(1405, 9, 7) })
  })

  it('skips a holiday: the day after Nowruz 1405 reaches back to the last working day of 1404', () => {
    const w = digestWindow({ jy: 1405, jm: 1, jd: 5 }, defaultHolidays, at7(1405, 2, 1))
    expect(w.from.getTime()).toBeLessThan(at7(1405, 1, 1).getTime())
  })

  it('asked for on the day itself after 07:00, it runs up to now', () => {
    const now = new Date(at7(1405, 9, 2).getTime() + 3 * 3_600_000)
    expect(digestWindow({ jy: 1405, jm: 9, jd: 2 }, defaultHolidays, now)).toEqual({ from: at7(1405, 9, 1), to: now })
  })
})

const digest: Digest = {
  dateJalali: '1405/09/02',
  from: at7(1405, 9, 1).toISOString(),
  to: at7(1405, 9, 2).toISOString(),
  sections: [
    {
      key: 'new-letters',
      title: 'نامه‌های ثبت‌شدهٔ تازه',
      intro: 'دو گزارش واصل شده است.',
      groups: [
        { heading: 'آنی', items: [{ number: '1405/و/7', title: 'موضوع سری ویژه', classification: 'secret', summary: 'خلاصهٔ سری' }] },
        { heading: 'عادی', items: [{ number: '1405/و/8', title: 'درخواست جلسه', classification: 'normal', summary: 'جلسهٔ هماهنگی', lines: ['فرستنده: فرمانداری'] }] },
      ],
    },
    { key: 'empty', title: 'بخش خالی', groups: [] },
  ],
}

describe('the digest as mail and as a document', () => {
  it('the mail names a classified paper by number and level only, and leaves out a section intro beside one', () => {
    const mail = digestMail(digest, 'مدیرکل', 'http://x/api/digest')
    expect(mail.text).toContain('شمارهٔ ۱۴۰۵/و/۷ (سری)')
    expect(mail.text).not.toContain('موضوع سری ویژه')
    expect(mail.text).not.toContain('خلاصهٔ سری')
    expect(mail.text).not.toContain('دو گزارش واصل شده است')
    expect(mail.text).toContain('۱۴۰۵/و/۸ — درخواست جلسه — جلسهٔ هماهنگی (فرستنده: فرمانداری)')
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.text).toContain('موردی نیست.')
  })

  it('the document (for the reader it was built for) holds titles, summaries, counts and the empty note', () => {
    const doc = digestDocument(digest, { organisation: 'استانداری' })
    expect(doc.sections.map((s) => s.heading)).toEqual(['نامه‌های ثبت‌شدهٔ تازه (۲)', 'بخش خالی (۰)'])
    expect(JSON.stringify(doc.sections[0])).toContain('موضوع سری ویژه')
    expect(JSON.stringify(doc.sections[1])).toContain('موردی نیست.')
  })
})

describe('registry book lines', () => {
  it('prints every number in order, a missing one as missing, and restarts with the year', () => {
    const lines = bookLines([
      { year: 1405, seq: 3 },
      { year: 1404, seq: 9 },
      { year: 1405, seq: 1 },
      { year: 1405, seq: 4 },
    ])
    expect(lines.map((l) => (l.kind === 'letter' ? `${l.row.year}/${l.row.seq}` : `missing ${l.year}/${l.seq}`))).toEqual(['1404/9', '1405/1', 'missing 1405/2', '1405/3', '1405/4'])
  })
})
