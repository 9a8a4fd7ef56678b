/** What the audit trail records, in code and in Persian. */
export const AUDIT_ACTION_LABELS = {
  create: 'ایجاد',
  update: 'ویرایش',
  register: 'ثبت',
  correct: 'اصلاح',
  cancel: 'ابطال',
  delete: 'حذف',
  read: 'خواندن',
  download: 'دریافت فایل',
  login: 'ورود',
  'login-failed': 'ورود ناموفق',
  logout: 'خروج',
  'role-change': 'تغییر نقش',
  'clearance-change': 'تغییر سطح دسترسی',
} as const

export const AUDIT_INTERFACE_LABELS = {
  // Stored values stay as they are; people read the channel in Persian.
  rest: 'وب‌سرویس',
  graphql: 'وب‌سرویس پرس‌وجو',
  admin: 'پنل مدیریت',
  local: 'رابط داخلی برنامه',
} as const

export const AUDIT_OUTCOME_LABELS = {
  success: 'موفق',
  denied: 'رد دسترسی',
  failed: 'ناموفق',
} as const

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS
export type AuditInterface = keyof typeof AUDIT_INTERFACE_LABELS
export type AuditOutcome = keyof typeof AUDIT_OUTCOME_LABELS
