// Every Persian string of the scheduling area that a person sees (meetings, appointments,
// office hours, the week view). Numbers are shown with Persian digits.
import { toPersianDigits } from '../persian'
import { WEEKDAY_NAMES } from '../jalali'

const fa = (n: number): string => toPersianDigits(String(n))

export const scheduleMessages = {
  timeMissing: (which: 'start' | 'end') => `ساعت ${which === 'start' ? 'آغاز' : 'پایان'} وارد نشده است`,
  badTime: (which: 'start' | 'end', reason: string) => `ساعت ${which === 'start' ? 'آغاز' : 'پایان'} نامعتبر است: ${reason}`,
  badDate: (reason: string) => `تاریخ نامعتبر است: ${reason}`,
  endNotAfterStart: 'ساعت پایان باید پس از ساعت آغاز باشد',
  tooLong: (maxHours: number) => `مدت جلسه یا ملاقات نباید بیش از ${fa(maxHours)} ساعت باشد`,
  friday: 'جمعه تعطیل است',
  holiday: (name: string) => `این روز تعطیل است (${name})`,
  closedWeekday: (weekday: number) => `دفتر در روز ${WEEKDAY_NAMES[weekday]} ساعت کاری ندارد`,
  spansDays: 'بازهٔ زمانی باید در یک روز باشد',
  outsideHours: (hours: string) => `زمان خارج از ساعات کاری است (ساعات کاری این روز: ${hours})`,
  hoursShape: (weekday: number) => `ساعات کاری روز ${WEEKDAY_NAMES[weekday]} نامعتبر است: ساعت پایان باید پس از ساعت آغاز باشد`,
  hoursOverlap: (weekday: number) => `بازه‌های ساعات کاری روز ${WEEKDAY_NAMES[weekday]} روی هم افتاده‌اند`,
  fridayHours: 'برای جمعه نمی‌توان ساعت کاری تعیین کرد؛ جمعه تعطیل است',
  /** `۰۸:۰۰ تا ۱۲:۰۰`; ranges joined with «، ». */
  hoursRange: (open: string, close: string) => `${open} تا ${close}`,
  rangeSeparator: '، ',
  slotLength: (min: number, max: number) => `طول هر نوبت باید عددی درست بین ${fa(min)} تا ${fa(max)} دقیقه باشد`,
} as const
