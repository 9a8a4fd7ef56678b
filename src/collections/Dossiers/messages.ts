/** Persian messages of the filing plan. */
export const dossierText = {
  badCode: 'کد پرونده باید عددهایی جداشده با خط تیره باشد، مانند ۲-۱-۳.',
  parentMissing: (code: string) => `پروندهٔ این کد زیر پروندهٔ ${code} است؛ پروندهٔ بالادست (parent) را تعیین کنید.`,
  codeNotUnderParent: (code: string, parent: string) => `کد ${code} با پروندهٔ بالادست ${parent} نمی‌خواند.`,
  parentClosed: 'پروندهٔ بالادست بسته است؛ زیرپروندهٔ تازه نمی‌پذیرد.',
  closed: (code: string) => `پروندهٔ ${code} بسته است و نامهٔ تازه در آن بایگانی نمی‌شود.`,
  missing: 'پرونده یافت نشد.',
  onlySecretariat: 'بایگانی یا جابه‌جایی نامهٔ ثبت‌شده در پرونده فقط در اختیار دبیرخانه است.',
} as const
