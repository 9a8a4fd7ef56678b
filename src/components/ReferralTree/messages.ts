// What the referral tree says to people, in one place.
export const treeMessages = {
  title: 'درخت ارجاع‌ها',
  empty: 'ارجاعی نیست که شما بتوانید ببینید.',
  expandAll: 'باز کردن همه',
  collapseAll: 'بستن همه',
  expand: 'باز کردن ارجاع‌های بعدی',
  collapse: 'بستن ارجاع‌های بعدی',
  from: 'از',
  to: 'به',
  unknown: 'نامشخص',
  instruction: 'هامش / دستور',
  deadline: 'مهلت',
  overdue: 'دیرکرد',
  response: 'پاسخ',
  returnReason: 'علت عودت',
  referredAt: 'ارجاع',
  onward: (n: number) => `${n} ارجاع بعدی`,
} as const
