// Persian digits wherever a person reads the digest: the PDF model and the morning mail (issue 12).
import { describe, expect, it } from 'vitest'

import { digestDocument, digestMail, type Digest } from '../../src/lib/digest'

const digest: Digest = {
  dateJalali: '1405/09/10',
  from: '2026-11-30T03:30:00.000Z',
  to: '2026-12-01T03:30:00.000Z',
  sections: [
    {
      key: 'new-letters',
      title: 'نامه‌های ثبت‌شدهٔ تازه',
      intro: '3 گزارش از 2 فرمانداری رسید.',
      groups: [{ heading: 'عادی', items: [{ number: '1405/و/12', title: 'درخواست', classification: 'normal', lines: ['فرستنده: فرمانداری شیراز', 'ثبت: 1405/09/09'] }] }],
    },
  ],
}
const latinDate = /[0-9]{4}\/[0-9]{2}\/[0-9]{2}/

describe('digest digits', () => {
  it('the PDF prints the registration date, the number and the counts in Persian digits', () => {
    const model = digestDocument(digest, { organisation: 'استانداری فارس' })
    const text = JSON.stringify(model)
    expect(text).toContain('ثبت: ۱۴۰۵/۰۹/۰۹')
    expect(text).toContain('۱۴۰۵/و/۱۲')
    expect(text).toContain('۳ گزارش از ۲ فرمانداری')
    expect(text).not.toMatch(latinDate)
  })

  it('so does the mail, in its text and its HTML (only the link keeps Latin digits)', () => {
    const mail = digestMail(digest, 'علی رضایی', 'https://dabir.example/api/digest?date=1405/09/10&format=pdf')
    expect(mail.text).toContain('ثبت: ۱۴۰۵/۰۹/۰۹')
    expect(mail.html).toContain('ثبت: ۱۴۰۵/۰۹/۰۹')
    expect(mail.text.replace(/https?:\/\/\S+/g, '')).not.toMatch(latinDate)
    expect(mail.html.replace(/href="[^"]*"/g, '')).not.toMatch(latinDate)
  })
})
