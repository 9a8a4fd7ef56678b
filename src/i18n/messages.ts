/** Persian strings of the admin's own additions (src/components/Persian). */
export const adminMessages = {
  filterRefused: 'این پالایش یا مرتب‌سازی پذیرفته نیست.',
  listShownWithout: 'فهرست بدون این پالایش و مرتب‌سازی نشان داده شده است.',
  clearFilter: 'پاک کردن پالایش',
  apiTab: 'داده‌های خام',
} as const
