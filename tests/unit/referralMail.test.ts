import { describe, expect, it } from 'vitest'

import { referralMail, type ReferralMailFacts } from '../../src/lib/notify/referralMail'

const facts = (over: Partial<ReferralMailFacts> = {}): ReferralMailFacts => ({
  kind: 'referral-new',
  recipientName: 'کارشناس تقسیمات',
  senderName: 'رییس دفتر',
  purposeLabel: 'جهت اقدام',
  registryNumber: '1405/و/12',
  subject: 'درخواست ارتقای دهستان',
  classification: 'normal',
  deadline: '2026-11-25T20:29:59.999Z',
  instruction: 'بررسی و گزارش <فوری>',
  returnReason: null,
  link: 'http://localhost:3000/admin/collections/referrals/7',
  ...over,
})

describe('referral mails', () => {
  it('a normal paper: subject, Jalali deadline in Persian digits, instruction, link, RTL HTML with escaping', () => {
    const mail = referralMail(facts())
    expect(mail.subject).toBe('ارجاع تازه: درخواست ارتقای دهستان')
    expect(mail.text).toContain('۱۴۰۵/۰۹/۰۴')
    expect(mail.text).toContain('۱۴۰۵/و/۱۲ — درخواست ارتقای دهستان')
    expect(mail.text).toContain('http://localhost:3000/admin/collections/referrals/7')
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.html).toContain('&#60;فوری&#62;')
    expect(mail.html).not.toContain('<فوری>')
  })

  it('a classified paper is named only by number and level, in the subject line and the body', () => {
    const mail = referralMail(facts({ classification: 'secret', kind: 'referral-returned', returnReason: 'در حوزهٔ من نیست' }))
    expect(mail.subject).toBe('ارجاع عودت‌شده: نامهٔ سری')
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain('دهستان')
      expect(part).not.toContain('فوری')
      expect(part).not.toContain('حوزهٔ من')
    }
    expect(mail.text).toContain('شمارهٔ ۱۴۰۵/و/۱۲ (سری)')
  })
})
