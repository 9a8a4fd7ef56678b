/** Persian messages the server shows to people (errors, refusals). One place, so wording stays consistent. */
export const messages = {
  inactiveAccount: 'حساب کاربری شما غیرفعال است؛ با مدیر سامانه تماس بگیرید.',
  malformedRequest: 'درخواست خوانا نیست (بخش‌های فرم یا نام پرونده خراب است).',
} as const
