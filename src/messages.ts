/** Persian messages the server shows to people (errors, refusals). One place, so wording stays consistent. */
export const messages = {
  inactiveAccount: 'حساب کاربری شما غیرفعال است؛ با مدیر سامانه تماس بگیرید.',
  malformedRequest: 'درخواست خوانا نیست (بخش‌های فرم یا نام فایل خراب است).',
  tooDeep: (max: number) => `عمق درخواست بیش از حد مجاز است (حداکثر ${max}).`,
  classificationAboveClearance: 'نمی‌توانید سندی با طبقه‌بندی بالاتر از سطح دسترسی خودتان ایجاد یا تنظیم کنید.',
  tooDeepGraphql: (depth: number, max: number) => `پرس‌وجوی GraphQL بیش از حد تودرتو است (عمق ${depth}، حداکثر ${max}).`,
  /** Filters and sorts (src/hooks/confineContentQueries.ts): every malformed query is a 400 with one of these. */
  query: {
    fieldNotQueryable: (path: string) => `پالایش یا مرتب‌سازی بر پایهٔ «${path}» ممکن نیست.`,
    operatorNotAllowed: (path: string, operator: string) => `عملگر «${operator}» برای «${path}» پذیرفته نیست.`,
    badValue: (path: string, operator: string) => `مقدار پالایش «${path}» (${operator}) نامعتبر است.`,
    badShape: 'ساختار پالایش (where) نامعتبر است.',
    tooLarge: 'پالایش بیش از حد بزرگ یا تودرتو است.',
    badSort: (path: string) => `مرتب‌سازی بر پایهٔ «${path}» ممکن نیست.`,
    badJoin: (name: string) => `فهرست پیوستهٔ «${name}» وجود ندارد.`,
    malformed: 'پرس‌وجو نامعتبر است (نام فیلد، عملگر یا مقدار پالایش).',
  },
} as const
