import { describe, expect, it } from 'vitest'

import { labelsOfFields, nameFields, OPERATOR_LABELS } from '../../src/i18n/fieldLabels'
import { persianDigitsText, persianFileMeta, persianPart, persianText, persianToast } from '../../src/i18n/hardcoded'
import { divisionTitle } from '../../src/lib/divisions/title'

const labels = labelsOfFields([
  { name: 'correctionReason', label: 'دلیل اصلاح' },
  { name: 'deliberateDuplicate', label: 'ثبت دوبارهٔ عمدی' },
  { name: 'changes', label: 'تغییرات' },
  { type: 'row', fields: [{ name: 'inReplyTo', label: 'عطف به' }] } as never,
  { name: 'subject', label: { fa: 'موضوع' } },
])

describe('field names in Persian messages', () => {
  it('drops a code name in parentheses after the Persian words that already name the field', () => {
    expect(nameFields('برای اصلاح نامهٔ ثبت‌شده، دلیل اصلاح (correctionReason) لازم است.', labels)).toBe('برای اصلاح نامهٔ ثبت‌شده، دلیل اصلاح لازم است.')
  })
  it('puts the label in place of a quoted or bare code name, and of each part of a dotted path', () => {
    expect(nameFields('پالایش یا مرتب‌سازی بر پایهٔ «changes» ممکن نیست.', labels)).toBe('پالایش یا مرتب‌سازی بر پایهٔ «تغییرات» ممکن نیست.')
    expect(nameFields('اگر ثبت دوباره عمدی است، deliberateDuplicate را بفرستید.', labels)).toBe('اگر ثبت دوباره عمدی است، «ثبت دوبارهٔ عمدی» را بفرستید.')
    expect(nameFields('بر پایهٔ «inReplyTo.subject» ممکن نیست.', labels)).toBe('بر پایهٔ «عطف به › موضوع» ممکن نیست.')
    expect(nameFields('فیلد زیر نامعتبر است: correctionReason', labels)).toBe('فیلد زیر نامعتبر است: «دلیل اصلاح»')
  })
  it('names a quoted query operator as the list filter does', () => {
    expect(nameFields('عملگر «like» برای «تغییرات» پذیرفته نیست.', { ...OPERATOR_LABELS, ...labels })).toBe('عملگر «مشابه» برای «تغییرات» پذیرفته نیست.')
  })
  it('leaves names that are no field, emails and English messages as they are', () => {
    expect(nameFields('پرس‌وجوی GraphQL بیش از حد تودرتو است.', labels)).toBe('پرس‌وجوی GraphQL بیش از حد تودرتو است.')
    expect(nameFields('نشانی office@demo.dabir.ir', labels)).toBe('نشانی office@demo.dabir.ir')
    expect(nameFields('The following field is invalid: changes', labels)).toBe('The following field is invalid: changes')
  })
})

describe('strings Payload hard-codes in English', () => {
  it('says the bulk upload toasts in Persian with Persian digits', () => {
    expect(persianToast('Successfully saved 1 files')).toBe('۱ فایل ذخیره شد.')
    expect(persianToast('Failed to save 12 files')).toMatch(/^۱۲ فایل ذخیره نشد/)
    expect(persianToast('با موفقیت ذخیره شد')).toBeNull()
  })
  it('gives an uploaded file\'s size, dimensions and type in Persian', () => {
    expect(persianFileMeta('12345 bytes - application/pdf')).toBe('۱۲۳۴۵ بایت — سند پی‌دی‌اف')
    expect(persianFileMeta('1.5MB - 800x600 - image/png')).toBe('۱٫۵ مگابایت — ۸۰۰×۶۰۰ — تصویر')
    expect(persianFileMeta('۱۲ کیلوبایت — تصویر')).toBeNull()
  })
  it('puts Payload\'s page numbers and counts in Persian digits', () => {
    expect(persianDigitsText('1-10 از 106')).toBe('۱-۱۰ از ۱۰۶')
    expect(persianDigitsText('تعداد در هر صفحه: ۱۰')).toBeNull()
  })
  it('rewrites FileMeta and IDLabel node by node, as React renders them', () => {
    expect(['12KB', ' - ', '800x600', ' - ', 'application/pdf'].map((t) => persianPart(t) ?? t).join('')).toBe('۱۲ کیلوبایت — ۸۰۰×۶۰۰ — سند پی‌دی‌اف')
    expect(['ID:', '\u00a0', '2'].map((t) => persianPart(t) ?? t).join('')).toBe('شناسه:\u00a0۲')
    expect(persianPart('موضوع')).toBeNull()
  })
  it('names a document id «شناسه» in Persian digits', () => {
    expect(persianText('ID:\u00a02')).toBe('شناسه:\u00a0۲')
    expect(persianText('شناسه: ۲')).toBeNull()
  })
})

describe('division titles', () => {
  it('tells a county and a city of the same name apart by level and county', () => {
    expect(divisionTitle('کازرون', 'county')).toBe('کازرون (شهرستان)')
    expect(divisionTitle('کازرون', 'city', 'کازرون')).toBe('کازرون (شهر، شهرستان کازرون)')
    expect(divisionTitle('فارس', 'province')).toBe('فارس (استان)')
  })
})
