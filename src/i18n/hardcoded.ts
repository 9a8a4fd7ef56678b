// Payload writes a few strings straight into its components instead of through i18n, so no
// `i18n.translations` entry reaches them. Each is listed here with where it comes from; the
// admin's PersianText provider (src/components/Persian/PersianText.tsx) passes toasts and the
// text of the listed elements through these. Pure, unit-tested (tests/unit/i18n.test.ts).
import { toPersianDigits } from '../lib/persian/digits'

/** Mime types Payload prints beside an uploaded file, as staff name them. */
const MIME_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'سند پی‌دی‌اف',
  'image/jpeg': 'تصویر',
  'image/png': 'تصویر',
  'image/tiff': 'تصویر',
  'image/webp': 'تصویر',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'سند ورد',
}

const UNITS: Readonly<Record<string, string>> = {
  bytes: 'بایت',
  KB: 'کیلوبایت',
  MB: 'مگابایت',
  GB: 'گیگابایت',
  TB: 'ترابایت',
}

const fa = (s: string | number) => toPersianDigits(String(s)).replace('.', '٫')

/**
 * A toast Payload hard-codes in English (@payloadcms/ui BulkUpload/FormsManager), in Persian;
 * null when `text` is not one of them.
 */
export function persianToast(text: string): string | null {
  let m = /^Successfully saved (\d+) files?$/.exec(text)
  if (m) return `${fa(m[1]!)} فایل ذخیره شد.`
  m = /^Failed to save (\d+) files?$/.exec(text)
  if (m) return `${fa(m[1]!)} فایل ذخیره نشد؛ خطای هر فایل کنار آن آمده است.`
  return null
}

/** `formatFilesize` of payload/shared («0 bytes», «12KB», «1.5MB») in Persian. */
export function persianFileSize(text: string): string | null {
  const m = /^(\d+(?:\.\d+)?)\s*(bytes|KB|MB|GB|TB)$/.exec(text.trim())
  return m ? `${fa(m[1]!)} ${UNITS[m[2]!]}` : null
}

/**
 * The size and type line of an uploaded file (@payloadcms/ui FileDetails/FileMeta:
 * «12KB - 800x600 - image/png») in Persian: «۱۲ کیلوبایت — ۸۰۰×۶۰۰ — تصویر».
 */
export function persianFileMeta(text: string): string | null {
  const parts = text.split(' - ').map((p) => p.trim())
  const size = persianFileSize(parts[0] ?? '')
  if (!size) return null
  const out = [size]
  for (const part of parts.slice(1)) {
    const dims = /^(\d+)x(\d+)$/.exec(part)
    if (dims) out.push(`${fa(dims[1]!)}×${fa(dims[2]!)}`)
    else out.push(MIME_LABELS[part] ?? 'فایل')
  }
  return out.join(' — ')
}

/** @payloadcms/ui IDLabel's «ID: 2» (document drawers) in Persian: «شناسه: ۲»; null for other text. */
export function persianText(text: string): string | null {
  const id = /^ID:[\s\u00a0]*(\d*)$/.exec(text.trim())
  return id ? `شناسه:\u00a0${fa(id[1]!)}`.trim() : null
}

/**
 * One text node of FileMeta or IDLabel (React renders «12KB», « - », «image/png» and «ID:», «2»
 * as separate nodes and updates them one by one, so each is rewritten on its own).
 */
export function persianPart(text: string): string | null {
  if (text === ' - ') return ' — '
  const size = persianFileSize(text)
  if (size) return size
  const dims = /^(\d+)x(\d+)$/.exec(text)
  if (dims) return `${fa(dims[1]!)}×${fa(dims[2]!)}`
  if (MIME_LABELS[text]) return MIME_LABELS[text]!
  if (text.trim() === 'ID:') return 'شناسه:'
  return persianDigitsText(text)
}

/**
 * Numbers Payload prints as plain React text (page numbers, «۱-۱۰ از ۱۰۶», «تعداد در هر صفحه: ۱۰»)
 * with Persian digits; null when there is no Latin digit to change.
 */
export function persianDigitsText(text: string): string | null {
  return /[0-9]/.test(text) ? toPersianDigits(text) : null
}
