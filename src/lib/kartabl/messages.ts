// Every Persian string of the kartabl's endpoint, in one place.
import { toPersianDigits } from '../persian/digits'

const PARAM_LABELS: Record<string, string> = {
  list: 'فهرست',
  state: 'وضعیت',
  purpose: 'هدف ارجاع',
  overdue: 'دیرکرد',
}

export const kartablText = {
  notLoggedIn: 'برای دیدن کارتابل وارد شوید.',
  unknownParam: (key: string) => `پارامتر «${key}» در کارتابل پذیرفته نیست.`,
  repeatedParam: (key: string) => `پارامتر «${key}» بیش از یک بار آمده است.`,
  badPage: 'شمارهٔ صفحه یا اندازهٔ صفحه نامعتبر است.',
  badValue: (key: string) => `مقدار «${PARAM_LABELS[key] ?? key}» نامعتبر است.`,
  longText: (max: number) => `متن جستجو بیش از ${toPersianDigits(String(max))} نویسه است.`,
  notFound: 'این ارجاع یافت نشد یا به شما ارجاع نشده است.',
}
