// Persian words of the letter page's referral, reply/follow-up, print and stamp actions, in
// one place (to join the shared action messages when the actions fold onto one ActionButton).
export const deskActionText = {
  refer: {
    button: 'ارجاع',
    title: 'ارجاع نامه',
    recipients: 'گیرندگان',
    recipientsHint: 'یک یا چند نفر را برگزینید؛ ارجاع یک‌جا برای همه فرستاده می‌شود.',
    others: 'سایر همکاران',
    underCleared: 'سطح دسترسی کافی نیست',
    purpose: 'هدف ارجاع',
    instruction: 'هامش / دستور',
    deadline: 'مهلت',
    deadlineHint: 'خالی بماند تا مهلت از فوریت نامه، به روز کاری، حساب شود؛ مهلتِ تاریخ‌دار تا پایان همان روز است.',
    filter: 'جستجوی نام یا سمت',
    submit: 'ارسال ارجاع',
    sending: 'در حال ارسال…',
    loading: 'در حال بارگذاری فهرست همکاران…',
    loadFailed: 'فهرست همکاران در دسترس نیست.',
    noneChosen: 'دست‌کم یک گیرنده برگزینید.',
    badDeadline: 'مهلت را به شکل تاریخ شمسی بنویسید (مانند ۱۴۰۵/۰۹/۲۰).',
    done: (names: string[]) => `نامه به ${names.join('، ')} ارجاع شد.`,
    cancel: 'انصراف',
  },
  reply: { button: 'پاسخ', working: 'در حال ساختن پیش‌نویس پاسخ…' },
  follow: { button: 'پیرو', working: 'در حال ساختن پیش‌نویس پیرو…' },
  print: { button: 'چاپ / PDF', title: 'نامه را به شکل PDF در زبانهٔ تازه باز می‌کند.' },
  stamp: { button: 'برچسب ثبت', title: 'برچسب ثبت (۸۰ × ۴۰ میلی‌متر) برای چسباندن بر اصل کاغذی نامه.' },
} as const
