import { LETTER_STATUS_LABELS } from './options'

/** Persian messages of the letters registry. */
export const letterMessages = {
  serverField: (field: string) => `مقدار «${field}» را فقط سامانه تعیین می‌کند و نباید فرستاده شود.`,
  frozen: (fields: string[]) =>
    `نامهٔ ثبت‌شده تغییرپذیر نیست (${fields.join('، ')}). اصلاح فقط با دلیل مکتوب و به دست رییس دفتر ممکن است.`,
  frozenForGood: (fields: string[]) => `پس از ثبت نامه، «${fields.join('، ')}» تغییرپذیر نیست.`,
  notYoursToChange: (fields: string[]) => `تغییر «${fields.join('، ')}» در نامهٔ ثبت‌شده در اختیار شما نیست.`,
  classificationRule:
    'طبقه‌بندی نامهٔ ثبت‌شده را فقط رییس دفتر یا مدیر کل (بالا بردن) و فقط مدیر کل (کاهش) با دلیل مکتوب تغییر می‌دهند.',
  declassifyOnlyDirector: 'کاهش طبقه‌بندی نامهٔ ثبت‌شده فقط در اختیار مدیر کل است، با دلیل مکتوب.',
  classificationNeedsReason: 'برای تغییر طبقه‌بندی نامهٔ ثبت‌شده، دلیل (correctionReason) لازم است.',
  cancelReasonOnlyWithCancel: 'دلیل ابطال فقط همراه با ابطال نامه نوشته می‌شود و پس از آن تغییر نمی‌کند.',
  numberingFrozen: 'شماره، سال، دفتر و زمان ثبت نامه هرگز تغییر نمی‌کند.',
  correctionNeedsReason: 'برای اصلاح نامهٔ ثبت‌شده، دلیل اصلاح (correctionReason) لازم است.',
  correctionOnlyOfficeChief: 'اصلاح نامهٔ ثبت‌شده فقط در اختیار رییس دفتر (دبیرخانه) است.',
  badTransition: (from: string, to: string) =>
    `تغییر وضعیت از «${LETTER_STATUS_LABELS[from as 'draft'] ?? from}» به «${LETTER_STATUS_LABELS[to as 'draft'] ?? to}» مجاز نیست.`,
  cancelNeedsReason: 'برای ابطال نامه، دلیل ابطال (cancelReason) لازم است.',
  cancelOnlySecretariat: 'ابطال نامه فقط در اختیار دبیرخانه است.',
  registerNotAllowed: 'شما اجازهٔ ثبت این نامه را ندارید.',
  restoreRegistered:
    'نامهٔ ثبت‌شده یا باطل‌شده به نسخهٔ پیشین برنمی‌گردد. برای درست کردن آن، در صفحهٔ نامه «اصلاح» را بزنید و دلیل آن را بنویسید.',
  noBook: (kind: string) => `دفتر اندیکاتوری برای نامه‌های «${kind}» تعریف نشده است.`,
  bookWrongKind: 'این دفتر اندیکاتور نامه‌های این نوع را شماره نمی‌زند.',
  noTransaction: 'ثبت نامه بدون تراکنش پایگاه داده ممکن نیست.',
  deleteRegistered: 'نامهٔ ثبت‌شده یا باطل‌شده هرگز حذف نمی‌شود؛ در صورت نیاز آن را باطل کنید.',
  deleteNotAuthor: 'پیش‌نویس را فقط نویسندهٔ آن می‌تواند حذف کند.',
  duplicate: (number: string) =>
    `این نامه پیش‌تر با شمارهٔ ${number} ثبت شده است (همان فرستنده، شماره و تاریخ). اگر ثبت دوباره عمدی است، deliberateDuplicate را بفرستید.`,
  duplicateHidden:
    'این نامه پیش‌تر ثبت شده است (همان فرستنده، شماره و تاریخ)، با طبقه‌بندی‌ای بالاتر از دسترسی شما. اگر ثبت دوباره عمدی است، deliberateDuplicate را بفرستید.',
  senderMustBeCorrespondent: 'فرستندهٔ نامهٔ وارده باید یکی از طرف‌های مکاتبه (correspondents) باشد.',
  senderMustBePost: 'فرستندهٔ نامهٔ صادره یا داخلی باید سمت امضاکننده (posts) باشد.',
  senderDateFuture: 'تاریخ نامهٔ فرستنده نمی‌تواند در آینده باشد.',
  senderDateInvalid: 'تاریخ نامهٔ فرستنده نامعتبر است.',
  linkMissing: (field: string) => `نامهٔ مرتبط در «${field}» وجود ندارد.`,
  linkNotRegistered: (field: string) => `نامهٔ مرتبط در «${field}» باید ثبت‌شده باشد، نه پیش‌نویس.`,
  bodyNotQueryable: 'پالایش یا مرتب‌سازی بر پایهٔ متن نامه ممکن نیست؛ برای جست‌وجو در متن از جست‌وجوی سامانه استفاده کنید.',
  attachmentMissing: 'پیوست انتخاب‌شده وجود ندارد.',
  linkSelf: 'نامه نمی‌تواند به خودش عطف یا پیرو باشد.',
} as const
