// Every Persian string of the attachment (پیوست) checks that a person sees. Numbers are shown
// with Persian digits.
import { toPersianDigits } from '../persian'

const fa = (n: number): string => toPersianDigits(String(n))

/** The six accepted content types. */
export type FileType = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp' | 'docx'

/** How each accepted type is named to staff. */
export const FILE_TYPE_LABELS: Readonly<Record<FileType, string>> = {
  pdf: 'سند PDF',
  jpeg: 'تصویر JPEG',
  png: 'تصویر PNG',
  tiff: 'تصویر TIFF',
  webp: 'تصویر WebP',
  docx: 'سند Word (docx)',
}

const ALLOWED = 'فقط PDF، تصویر (JPEG، PNG، TIFF، WebP) و سند Word با قالب docx پذیرفته می‌شود'

export const fileMessages = {
  allowedTypes: ALLOWED,

  // content (sniffing)
  empty: 'فایل خالی است',
  /** Payload's answer when an upload's bytes pass the limit while still being received (payload.config.ts). */
  tooLarge: 'حجم فایل بیش از حد مجاز است.',
  noFile: 'فایلی بارگذاری نشده است؛ پیوست باید خود فایل را همراه داشته باشد (نشانی اینترنتی یا نام فایلی روی سرور پذیرفته نمی‌شود)',
  html: `محتوای فایل یک صفحهٔ وب (HTML) است، نه سند؛ پذیرفته نمی‌شود. ${ALLOWED}`,
  svg: `تصویر SVG پذیرفته نمی‌شود، زیرا می‌تواند اسکریپت و پیوند پنهان داشته باشد. ${ALLOWED}`,
  xml: `فایل XML پذیرفته نمی‌شود. ${ALLOWED}`,
  markup: `محتوای فایل متن نشانه‌گذاری (HTML یا XML) است، نه سند؛ پذیرفته نمی‌شود. ${ALLOWED}`,
  executable: 'فایل یک برنامهٔ اجرایی است و به‌هیچ‌وجه پذیرفته نمی‌شود',
  script: 'فایل یک اسکریپت اجرایی است و به‌هیچ‌وجه پذیرفته نمی‌شود',
  zipNotDocx: `فایل فشرده (ZIP) یا سند آفیس غیر از Word پذیرفته نمی‌شود. ${ALLOWED}`,
  docxMacro: 'سند Word دارای ماکرو است و پذیرفته نمی‌شود؛ آن را بدون ماکرو با قالب docx یا PDF ذخیره کنید',
  docxEmbedded:
    'سند Word شیء جاسازی‌شده (OLE)، کنترل ActiveX یا بخشی غیر از متن، تصویر و قلم دارد و پذیرفته نمی‌شود؛ آن را بدون اشیای جاسازی‌شده ذخیره کنید یا PDF بفرستید',
  docxExternal:
    'سند Word به قالب، قاب یا بخشی بیرون از خودش پیوند دارد که هنگام بازشدن از شبکه خوانده می‌شود؛ پذیرفته نمی‌شود (فقط پیوند وب یا ایمیل مجاز است)',
  docxBomb: 'سند Word پس از گشودن بیش از حد مجاز بزرگ می‌شود (بمب فشرده‌سازی) و پذیرفته نمی‌شود',
  docxTooManyEntries: (max: number) => `سند Word بیش از ${fa(max)} بخش دارد و پذیرفته نمی‌شود`,
  docxUnsafeName: 'سند Word بخشی با نام نامعتبر دارد (مسیر مطلق یا «..») و پذیرفته نمی‌شود',
  docxDuplicate: 'سند Word دو بخش هم‌نام دارد و پذیرفته نمی‌شود',
  docxEncrypted: 'سند Word رمزگذاری‌شده است و پذیرفته نمی‌شود؛ رمز را بردارید یا PDF بفرستید',
  legacyOffice:
    'قالب قدیمی آفیس (مانند doc یا xls) پذیرفته نمی‌شود؛ سند را با قالب docx یا PDF ذخیره کنید',
  corrupt: (type: FileType) => `${FILE_TYPE_LABELS[type]} ناقص یا خراب است`,
  unknown: `نوع محتوای فایل شناخته نشد. ${ALLOWED}`,

  // declared name vs content
  noExtension: 'نام فایل پسوند ندارد؛ نامی با پسوند درست (مانند ‎.pdf‎) بدهید',
  extensionMismatch: (ext: string, type: FileType) =>
    `پسوند «${ext}» با محتوای فایل که ${FILE_TYPE_LABELS[type]} است نمی‌خواند`,

  // file names
  nameEmpty: 'نام فایل خالی است',
  nameTooLong: (max: number) => `نام فایل بلندتر از حد مجاز (${fa(max)} بایت) است؛ نام کوتاه‌تری بدهید`,
  nameControl: 'نام فایل نویسهٔ کنترلی نامرئی دارد',
  nameBidi: 'نام فایل نویسهٔ نامرئی تغییر جهت متن دارد (ترفندی برای پنهان‌کردن پسوند واقعی)',
  nameBadUnicode: 'نام فایل نویسهٔ یونیکد نامعتبر دارد',
  nameTraversal: 'نام فایل نباید «.» یا «..» به‌عنوان بخشی از مسیر داشته باشد',
  nameSeparator: 'نام فایل نباید «/» یا «\\» داشته باشد',

  // images
  imageUnreadable: (type: FileType) => `ابعاد ${FILE_TYPE_LABELS[type]} خوانده نشد؛ فایل ناقص یا خراب است`,
  imageTooLarge: (width: number, height: number, limit: number) =>
    `ابعاد تصویر (${fa(width)}×${fa(height)} پیکسل) از حد مجاز ${fa(limit)} پیکسل بیشتر است`,
} as const

/** Short type names in an attachment's title and list («PDF»، «تصویر JPEG»، «سند Word»). */
export const FILE_TYPE_SHORT_LABELS: Readonly<Record<FileType, string>> = {
  pdf: 'PDF',
  jpeg: 'تصویر JPEG',
  png: 'تصویر PNG',
  tiff: 'تصویر TIFF',
  webp: 'تصویر WebP',
  docx: 'سند Word',
}

/** How an attachment is named to staff: its title, its size and the fallbacks of old rows. */
export const attachmentLabels = {
  unknownType: 'فایل',
  bytes: (n: string) => `${n} بایت`,
  kilobytes: (n: string) => `${n} کیلوبایت`,
  megabytes: (n: string) => `${n} مگابایت`,
  /** An attachment stored before its original name was kept. */
  unnamed: (id: number | string) => `پیوست ${fa(Number(id))}`,
  unnamedNoId: 'پیوست بی‌نام',
  title: (name: string, details: string) => `${name} (${details})`,
  details: (parts: string[]) => parts.join('، '),
} as const
