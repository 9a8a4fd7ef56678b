import { UNIT_KIND_LABELS } from './types'

/**
 * Persian validation messages for organisation-chart files.
 *
 * Every message returned by `validateOrgFile` has the form
 * `<file>: <entry>: <message>`, e.g.
 * `political-directorate.json: posts[3] (head-political): واحد «grp-x» در فهرست واحدها نیست`.
 */

/** `units[2] (grp-political)`, or `units[2]` when the entry has no usable id. */
export function entryLabel(section: string, index: number, id?: unknown): string {
  return typeof id === 'string' && id.trim() !== '' ? `${section}[${index}] (${id})` : `${section}[${index}]`
}

export function formatError(fileName: string, entry: string, message: string): string {
  return `${fileName}: ${entry}: ${message}`
}

export const orgMessages = {
  // top level
  notObject: 'محتوای فایل باید یک شیء JSON باشد',
  organisationMissing: 'بخش «organisation» وجود ندارد یا شیء نیست',
  sectionNotArray: (section: string) => `بخش «${section}» وجود ندارد یا آرایه نیست`,
  sectionEmpty: (section: string) => `بخش «${section}» خالی است`,
  entryNotObject: 'این مورد باید یک شیء باشد',

  // generic fields
  fieldRequired: (field: string) => `فیلد «${field}» وجود ندارد یا خالی است`,
  fieldNotString: (field: string) => `فیلد «${field}» باید متن باشد`,
  fieldBadCode: (field: string, value: string) =>
    `مقدار «${value}» برای فیلد «${field}» نامعتبر است؛ فقط حروف کوچک لاتین، رقم و خط تیره (a-z، 0-9، -) مجاز است`,
  unknownUnitKind: (value: string) => `نوع واحد «${value}» شناخته نیست؛ یکی از: ${Object.keys(UNIT_KIND_LABELS).join('، ')}`,
  fieldNotBoolean: (field: string) => `فیلد «${field}» باید true یا false باشد`,
  fieldNullOrString: (field: string) => `فیلد «${field}» باید null یا متن باشد`,

  // regulation
  regulationNotObject: 'فیلد «regulation» باید شیء باشد',
  badJalaliDate: (field: string, value: unknown) =>
    `تاریخ «${String(value)}» در فیلد «${field}» نامعتبر است؛ قالب درست: ۱۴۰۳/۰۱/۰۱ با رقم لاتین (YYYY/MM/DD)`,
  revisedAtNotArray: 'فیلد «revisedAt» باید آرایه‌ای از تاریخ‌ها باشد',
  revisionNotAfter: (date: string, previous: string) =>
    `تاریخ بازنگری «${date}» باید پس از «${previous}» باشد`,

  // units
  duplicateUnitCode: (code: string, firstIndex: number) =>
    `کد واحد «${code}» تکراری است (پیش‌تر در units[${firstIndex}] آمده)`,
  unknownParentUnit: (code: string) => `واحد بالادست «${code}» در فهرست واحدها نیست`,
  unitOwnParent: 'واحد نمی‌تواند بالادست خودش باشد',
  unitCycle: (path: string[]) => `چرخه در درخت واحدها: ${path.join(' → ')}`,
  noRootUnit: 'هیچ واحد ریشه‌ای (با parent برابر null) وجود ندارد؛ دقیقاً یک واحد ریشه لازم است',
  extraRootUnit: (firstRoot: string) =>
    `واحد ریشه دوم؛ فقط یک واحد می‌تواند parent برابر null داشته باشد (ریشه: «${firstRoot}»)`,

  // posts
  duplicatePostKey: (key: string, firstIndex: number) =>
    `کلید سمت «${key}» تکراری است (پیش‌تر در posts[${firstIndex}] آمده)`,
  unknownUnit: (code: string) => `واحد «${code}» در فهرست واحدها نیست`,
  unknownSuperior: (key: string) => `سمت مافوق «${key}» در فهرست سمت‌ها نیست`,
  postReportsToSelf: 'سمت نمی‌تواند مافوق خودش باشد',
  reportingCycle: (path: string[]) => `چرخه در زنجیره گزارش‌دهی: ${path.join(' → ')}`,
  dutiesNotArray: 'فیلد «duties» باید آرایه‌ای از متن‌ها باشد',
  dutyEmpty: (index: number) => `وظیفه شماره ${index + 1} (duties[${index}]) خالی است یا متن نیست`,
  secondUnitHead: (unit: string, firstHead: string) =>
    `واحد «${unit}» بیش از یک رییس دارد؛ «${firstHead}» پیش‌تر رییس این واحد تعیین شده`,

  // ordering (thrown, not returned)
  orderCycle: (what: string, id: string) => `ترتیب‌دهی ممکن نیست: چرخه در ${what} در «${id}»`,
} as const
