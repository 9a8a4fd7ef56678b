import { rangeMessages } from '../jalali/range'
import { toPersianDigits } from '../persian'

const n = (x: number) => toPersianDigits(String(x))

/** Persian messages of the lookup, in one place. */
export const searchMessages = {
  notLoggedIn: 'برای جستجو وارد شوید.',
  queryTooLong: (max: number) => `عبارت جستجو بلندتر از ${n(max)} نویسه است؛ آن را کوتاه کنید.`,
  nothingToSearch: 'عبارت یا یکی از پالایه‌ها (تاریخ، نوع، طبقه‌بندی، پرونده، محدوده، فرستنده) را بدهید.',
  unknownType: (type: string, known: string[]) => `نوع سند «${type}» شناخته نیست؛ نوع‌های جستجوپذیر: ${known.join('، ')}.`,
  unknownKind: (kind: string) => `نوع «${kind}» شناخته نیست.`,
  unknownClassification: (c: string) => `طبقه‌بندی «${c}» شناخته نیست.`,
  badDate: rangeMessages.badDate,
  datesReversed: rangeMessages.reversed,
  badId: (what: string) => `شناسهٔ ${what} باید عدد باشد.`,
  badSender: 'فرستنده را با شناسهٔ طرف مکاتبه (مانند ۱۲) یا به شکل posts:۳ بدهید.',
  badPage: 'شمارهٔ صفحه باید عددی از ۱ تا ۱۰۰۰ باشد.',
  badLimit: (max: number) => `اندازهٔ صفحه باید عددی از ۱ تا ${n(max)} باشد.`,
} as const
