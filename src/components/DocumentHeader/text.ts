/** What the document header says about its dates. */
export const HEADER_TEXT = {
  label: 'تاریخ‌های سند',
  updated: 'آخرین تغییر',
  deleted: 'حذف شد',
  created: 'ایجاد شد',
} as const
