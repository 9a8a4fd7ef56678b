// Every Persian string of the registry-number area that a person sees (template validation
// in the book form, and errors thrown when a number cannot be formatted). Numbers are shown
// with Persian digits.
import { toPersianDigits } from '../persian'

const fa = (n: number): string => toPersianDigits(String(n))

const ALLOWED_TOKENS = '{year}، {yy}، {code}، {unit}، {seq} و {seq:N}'

export const templateMessages = {
  empty: 'قالب شماره خالی است',
  unclosedBrace: 'آکولاد باز «{» در قالب بسته نشده است',
  strayCloseBrace: 'آکولاد بسته «}» بدون آکولاد باز در قالب آمده است',
  nestedBrace: 'آکولادهای قالب تودرتو شده‌اند؛ هر نشانه باید به شکل {…} و جدا باشد',
  emptyToken: `نشانه خالی «{}» مجاز نیست؛ نشانه‌های مجاز: ${ALLOWED_TOKENS}`,
  unknownToken: (name: string) =>
    `نشانه «{${name}}» شناخته نیست؛ نشانه‌های مجاز: ${ALLOWED_TOKENS}`,
  padRange: (min: number, max: number) =>
    `طول صفرگذاری در {seq:N} باید عددی از ${fa(min)} تا ${fa(max)} باشد`,
  noSeq: 'قالب باید نشانه شماره ترتیبی ({seq} یا {seq:N}) را داشته باشد',
  manySeq: 'قالب فقط یک نشانه شماره ترتیبی ({seq} یا {seq:N}) می‌تواند داشته باشد',
  duplicateToken: (name: string) => `نشانه «{${name}}» بیش از یک بار در قالب آمده است`,
} as const

export const formatMessages = {
  invalidTemplate: (error: string) => `قالب شماره دفتر نامعتبر است: ${error}`,
  missingCode: 'قالب این دفتر کد دفتر ({code}) دارد ولی کد دفتر داده نشده است',
  missingUnit: 'قالب این دفتر کد واحد ({unit}) دارد ولی کد واحد داده نشده است',
  seqRange: (max: number) => `شماره ترتیبی باید عدد صحیحی از ۱ تا ${fa(max)} باشد`,
  yearRange: (min: number, max: number) =>
    `سال شماره باید عدد صحیحی از ${fa(min)} تا ${fa(max)} باشد`,
} as const
