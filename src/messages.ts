/** Persian messages the server shows to people (errors, refusals). One place, so wording stays consistent. */
export const messages = {
  inactiveAccount: 'حساب کاربری شما غیرفعال است؛ با مدیر سامانه تماس بگیرید.',
  malformedRequest: 'درخواست خوانا نیست (بخش‌های فرم یا نام پرونده خراب است).',
  tooDeep: (max: number) => `عمق درخواست بیش از حد مجاز است (حداکثر ${max}).`,
  classificationAboveClearance: 'نمی‌توانید سندی با طبقه‌بندی بالاتر از سطح دسترسی خودتان ایجاد یا تنظیم کنید.',
  tooDeepGraphql: (depth: number, max: number) => `پرس‌وجوی GraphQL بیش از حد تودرتو است (عمق ${depth}، حداکثر ${max}).`,
} as const
