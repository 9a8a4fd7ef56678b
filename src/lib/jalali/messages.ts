// Every Persian string of the jalali area that a person sees. Numbers are shown with Persian
// digits.
import { toPersianDigits } from '../persian'

const fa = (n: number): string => toPersianDigits(String(n))

export const MONTH_NAMES = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const

/** Index = Persian weekday number (0 = Saturday … 6 = Friday). */
export const WEEKDAY_NAMES = [
  'شنبه',
  'یکشنبه',
  'دوشنبه',
  'سه‌شنبه',
  'چهارشنبه',
  'پنجشنبه',
  'جمعه',
] as const

/** Joins the names when two holidays fall on one day. */
export const HOLIDAY_NAME_SEPARATOR = '، '

export const parseMessages = {
  empty: 'تاریخ وارد نشده است',
  shape: 'تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد',
  yearRange: (min: number, max: number) => `سال باید بین ${fa(min)} تا ${fa(max)} باشد`,
  monthRange: 'ماه باید بین ۱ تا ۱۲ باشد',
  dayRange: (jm: number, length: number) =>
    `روز باید بین ۱ تا ${fa(length)} باشد؛ ${MONTH_NAMES[jm - 1]} ${fa(length)} روز دارد`,
  notLeap: (jy: number) => `سال ${fa(jy)} کبیسه نیست و اسفند آن ۲۹ روز دارد`,
  invalid: 'این تاریخ در تقویم وجود ندارد',
} as const

/** Refusals of a date-only (end-of-day) field's value, e.g. a referral's deadline. */
export const endOfDayMessages = {
  invalid: (label: string, reason: string) => `${label} نامعتبر است: ${reason}`,
  notTimestamp: 'تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ یا تاریخ ISO باشد',
} as const
