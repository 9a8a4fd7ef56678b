/** Persian messages of referrals. */
export const referralText = {
  recordRequired: 'ارجاع باید به یک نامه باشد (record).',
  recordUnreadable: 'نامه‌ای را که متن آن را نمی‌توانید ببینید نمی‌توانید ارجاع دهید.',
  recordNotRegistered: 'فقط نامهٔ ثبت‌شده ارجاع می‌شود.',
  noRecipient: 'گیرندهٔ ارجاع مشخص نیست (کاربر، سمت یا واحد).',
  underCleared: (names: string[]) =>
    `سطح دسترسی گیرنده${names.length ? ` (${names.join('، ')})` : ''} برای طبقه‌بندی این نامه کافی نیست؛ چنین ارجاعی فقط از مدیر کل پذیرفته است.`,
  toSelf: 'نامه را نمی‌توان به خودِ ارجاع‌دهنده ارجاع داد؛ گیرندهٔ دیگری برگزینید.',
  offDesk: (names: string[]) =>
    `مدیر سامانه و حسابرس گیرندهٔ ارجاع نیستند${names.filter(Boolean).length ? ` (${names.filter(Boolean).join('، ')})` : ''}؛ ارجاع به کسانی است که به نامه‌ها رسیدگی می‌کنند.`,
  fixed: 'گیرنده، نامه، هدف و سابقهٔ ارجاع پس از ارسال تغییر نمی‌کند؛ هامش و مهلت را فقط فرستنده و پیش از دیده‌شدن می‌تواند تغییر دهد.',
  attachmentsOnDone: 'پیوست پاسخ را گیرنده و هنگام انجام ارجاع می‌افزاید.',
  attachmentMissing: 'پیوست پاسخ یافت نشد.',
} as const
