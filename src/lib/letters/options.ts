/** Kinds, states and urgencies of a letter, with their Persian labels. */
export const LETTER_KIND_LABELS = {
  incoming: 'وارده',
  outgoing: 'صادره',
  internal: 'داخلی',
} as const
export type LetterKind = keyof typeof LETTER_KIND_LABELS

export const LETTER_STATUS_LABELS = {
  draft: 'پیش‌نویس',
  registered: 'ثبت‌شده',
  cancelled: 'باطل‌شده',
} as const
export type LetterStatus = keyof typeof LETTER_STATUS_LABELS

export const URGENCY_LABELS = {
  normal: 'عادی',
  urgent: 'فوری',
  'very-urgent': 'خیلی فوری',
  immediate: 'آنی',
} as const
export type Urgency = keyof typeof URGENCY_LABELS

export const toOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
