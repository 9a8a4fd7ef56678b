import type { DocumentRefusal } from '../graphql/documentLimits'

const fa = (n: number | string) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)
const kb = (bytes: number) => `${fa(Math.round(bytes / 1024))} کیلوبایت`

/** Persian messages of the request limits (sizes, GraphQL, wrong types, malformed bodies). */
export const limitMessages = {
  bodyTooLarge: (max: number) => `حجم درخواست بیش از حد مجاز است (حداکثر ${kb(max)}).`,
  invalidJson: 'بدنهٔ درخواست JSON درست نیست.',
  jsonTooDeep: (max: number) => `ساختار درخواست بیش از حد تودرتو است (حداکثر ${fa(max)} سطح).`,
  listLimit: (max: number) => `اندازهٔ صفحه (limit) باید عددی از ۱ تا ${fa(max)} باشد.`,
  noPagination: 'درخواست همهٔ رکوردها بدون صفحه‌بندی (pagination=false) مجاز نیست.',
  badId: 'شناسهٔ رکورد باید عددی صحیح و مثبت باشد.',
  missingLink: 'یکی از پیوندهای این رکورد به رکوردی اشاره می‌کند که وجود ندارد.',
  malformedValue: 'مقداری در درخواست با نوع ستون پایگاه داده سازگار نیست.',
  statementTimeout: 'پاسخ به این درخواست بیش از حد طول کشید و متوقف شد؛ درخواست را محدودتر کنید.',
  wrongType: (label: string, expected: string) => `مقدار «${label}» باید ${expected} باشد.`,
  expected: {
    text: 'متن',
    number: 'عدد',
    checkbox: 'درست یا نادرست (true/false)',
    date: 'تاریخ (رشتهٔ ISO)',
    select: 'یکی از گزینه‌ها (متن)',
    relationship: 'شناسهٔ عددی یک رکورد',
    list: 'فهرست',
    group: 'گروهی از مقادیر (شیء)',
  },
  graphql: {
    anonymous: 'برای استفاده از GraphQL باید وارد سامانه شده باشید.',
    queryTooLarge: (max: number) => `متن پرس‌وجوی GraphQL بیش از حد بلند است (حداکثر ${kb(max)}).`,
    tooManyTokens: (max: number) => `پرس‌وجوی GraphQL بیش از حد بزرگ است (حداکثر ${fa(max)} واژه).`,
    syntax: 'پرس‌وجوی GraphQL خوانا نیست.',
    noQuery: 'درخواست GraphQL باید شیئی با رشتهٔ query باشد.',
    batch: 'ارسال چند درخواست GraphQL در یک درخواست (batch) مجاز نیست؛ هر بار یک پرس‌وجو بفرستید.',
    refusal: (refusal: DocumentRefusal): string => {
      switch (refusal.kind) {
        case 'operations':
          return `هر درخواست GraphQL فقط ${fa(refusal.max)} عملیات می‌تواند داشته باشد (${fa(refusal.found)} فرستاده شد).`
        case 'fields':
          return `پرس‌وجوی GraphQL با گسترش قطعه‌ها (fragment) بیش از حد بزرگ است (حداکثر ${fa(refusal.max)} فیلد).`
        case 'aliases':
          return `پرس‌وجوی GraphQL بیش از حد نام مستعار (alias) دارد (حداکثر ${fa(refusal.max)}).`
        case 'rootFields':
          return `پرس‌وجوی GraphQL بیش از حد پرس‌وجوی هم‌زمان دارد (حداکثر ${fa(refusal.max)}).`
        case 'depth':
          return `پرس‌وجوی GraphQL بیش از حد تودرتو است (عمق ${fa(refusal.found)}، حداکثر ${fa(refusal.max)}).`
        case 'cost':
          return `پرس‌وجوی GraphQL بیش از حد پرهزینه است (هزینهٔ ${fa(Math.min(refusal.found, 1e12))}، حداکثر ${fa(refusal.max)})؛ limit یا فیلدها را کمتر کنید.`
        case 'limit':
          return `اندازهٔ صفحه (limit) در «${refusal.field}» باید عددی از ۱ تا ${fa(refusal.max)} باشد.`
        case 'pagination':
          return `درخواست همهٔ رکوردها بدون صفحه‌بندی در «${refusal.field}» مجاز نیست.`
        case 'fragmentCycle':
          return `قطعهٔ «${refusal.fragment}» در پرس‌وجوی GraphQL به خودش برمی‌گردد.`
      }
    },
  },
} as const
