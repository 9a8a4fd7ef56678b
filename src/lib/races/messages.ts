import { LETTER_STATUS_LABELS } from '../letters/options'
import { STATE_LABELS, type State } from '../referrals/states'

/** Persian messages of requests that lost a race, or repeat a move that has already happened. */
export const raceMessages = {
  noTransaction: 'این تغییر بدون تراکنش پایگاه داده ممکن نیست.',
  openElsewhere: 'این سند هم‌اکنون در دست ویرایش کاربر دیگری است؛ پس از پایان ویرایش او دوباره بفرستید.',
  changedMeanwhile: 'این سند هم‌زمان به دست درخواست دیگری تغییر کرد؛ آن را دوباره باز کنید و تغییر را از نو بفرستید.',
  letterAlreadyRegistered: (number: string) => `این نامه پیش‌تر با شمارهٔ ${number} ثبت شده است.`,
  letterAlreadyIn: (status: string) => `این نامه پیش‌تر «${LETTER_STATUS_LABELS[status as 'draft'] ?? status}» شده است.`,
  nothingToCorrect: 'نامه هم‌اکنون همین است؛ اصلاحی برای ثبت نمانده است.',
  referralAlreadyIn: (state: State) => `این ارجاع پیش‌تر «${STATE_LABELS[state] ?? state}» شده است.`,
  dossierAlreadyClosed: (code: string) => `پروندهٔ ${code} پیش‌تر بسته شده است.`,
} as const
