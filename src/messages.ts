/** Persian messages the server shows to people (errors, refusals). One place, so wording stays consistent. */
export const messages = {
  inactiveAccount: 'حساب کاربری شما غیرفعال است؛ با مدیر سامانه تماس بگیرید.',
  loginRequired: 'برای این کار باید وارد سامانه شوید.',
  forbidden: 'شما اجازهٔ این کار را ندارید.',
  malformedRequest: 'درخواست خوانا نیست (بخش‌های فرم یا نام پرونده خراب است).',
} as const
