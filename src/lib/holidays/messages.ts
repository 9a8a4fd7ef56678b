// Persian shown to people about holidays: here only.

export const HOLIDAY_SCOPE_LABELS = {
  national: 'سراسری',
  province: 'استانی',
  county: 'شهرستانی',
} as const

export const HOLIDAY_MESSAGES = {
  divisionRequired: 'برای تعطیلی استانی یا شهرستانی، محدودهٔ آن (استان یا شهرستان) را انتخاب کنید.',
  divisionKind: (scope: string) => `محدودهٔ تعطیلی ${scope} باید از همان سطح تقسیمات کشوری باشد.`,
  nationalNoDivision: 'تعطیلی سراسری محدوده ندارد.',
  seedNoYears: (file: string) => `${file}: فهرست «years» وجود ندارد`,
  seedNoRules: (file: string) => `${file}: «rules» یا «source» وجود ندارد`,
  seedBadYear: (file: string, year: string) => `${file}: سال ${year} فهرست «dates» ندارد`,
  seedBadEntry: (file: string, where: string) => `${file}: ${where} تاریخ یا مناسبت نامعتبر دارد`,
  statusReason: (status: string) =>
    status === 'official'
      ? 'تقویم رسمی سال'
      : status === 'provisional-lunar-only'
        ? 'تعطیل قمری پیش‌بینی‌شده؛ با انتشار تقویم رسمی بازبینی شود'
        : 'تعطیل قمری طبق فهرست منتشرشده',
  solarReason: 'تعطیل رسمی خورشیدی ثابت طبق قانون',
} as const

/**
 * The seed's sources in Persian (src/lib/holidays/source.ts), as data/iran-holidays.json
 * (`sources`) and data/solar-holidays.json (`source`) name them.
 */
export const HOLIDAY_SOURCE_LABELS = {
  officialCalendar: {
    short: 'تقویم رسمی (دادهٔ مرجع)',
    full: 'دادهٔ مرجع: تقویم رسمی مرکز تقویم مؤسسهٔ ژئوفیزیک دانشگاه تهران، قواعد تعطیلات تقویم رسمی و طول رسمی ماه‌های قمری ایران؛ سنجیده با فهرست‌های منتشرشدهٔ تعطیلات',
  },
  solarLaw: {
    short: 'قانون تعطیلات رسمی (دادهٔ مرجع)',
    full: 'دادهٔ مرجع: قانون تعطیلات رسمی (تعطیلات ثابت خورشیدی)',
  },
  stored: 'متن ثبت‌شدهٔ منبع',
} as const
