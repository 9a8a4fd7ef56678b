import { describe, expect, it } from 'vitest'

import { containsPattern, parseKartablQuery, persianLetters } from '../../src/lib/kartabl/params'
import { referralMail } from '../../src/lib/notify/referralMail'

const parse = (query: string) => parseKartablQuery(new URLSearchParams(query))
const persian = /[\u0600-\u06FF]/

describe('the kartabl query', () => {
  it('defaults to the summary, page 1 of 20', () => {
    expect(parse('')).toEqual({ ok: true, query: { list: null, page: 1, limit: 20, sentPage: 1, state: null, purpose: null, overdue: null, q: null } })
  })

  it('reads every listed parameter, Persian digits included', () => {
    expect(parse('list=followup&page=۳&limit=50&state=returned&purpose=reply&overdue=false&q=  ۱۴۰۵/۱۲  ')).toEqual({
      ok: true,
      query: { list: 'followup', page: 3, limit: 50, sentPage: 1, state: 'returned', purpose: 'reply', overdue: false, q: '۱۴۰۵/۱۲' },
    })
  })

  it('refuses in Persian what is not listed: other parameters, repeats, states of another list, bounds', () => {
    for (const query of ['depth=2', 'where[id][equals]=1', 'list=all', 'state=done', 'list=done&state=sent', 'purpose=x', 'overdue=1', 'limit=101', 'page=0', 'page=-1', 'limit=2.5', 'list=inbox&list=done', `q=${'x'.repeat(101)}`]) {
      const result = parse(query)
      expect(result.ok, query).toBe(false)
      if (!result.ok) expect(result.message).toMatch(persian)
    }
  })

  it('takes LIKE wildcards literally and reads Arabic ي and ك as Persian', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%')
    expect(persianLetters('كارتابل علي')).toBe('کارتابل علی')
  })
})

describe('the done notice', () => {
  const facts = {
    kind: 'referral-done' as const,
    recipientName: 'مدیرکل',
    senderName: 'معاون سیاسی',
    purposeLabel: 'جهت اقدام',
    registryNumber: '1405/و/12',
    subject: 'درخواست ارتقای دهستان',
    deadline: null,
    instruction: null,
    returnReason: null,
    response: 'بررسی شد.',
    link: 'http://localhost:3000/admin/collections/referrals/7',
  }

  it('tells the sender who did it and what they answered', () => {
    const mail = referralMail({ ...facts, classification: 'normal' })
    expect(mail.subject).toBe('ارجاع انجام‌شده: درخواست ارتقای دهستان')
    expect(mail.text).toContain('انجام‌دهنده: معاون سیاسی')
    expect(mail.text).toContain('پاسخ: بررسی شد.')
  })

  it('keeps the response of a classified paper inside the system', () => {
    const mail = referralMail({ ...facts, classification: 'secret' })
    expect(mail.text).not.toContain('بررسی شد.')
    expect(mail.text).not.toContain('درخواست ارتقای دهستان')
  })
})
