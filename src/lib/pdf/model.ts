// Plain data the renderers take: Payload code maps its documents to these, the PDF code never
// sees a Payload type.

/** A stretch of text in one weight. */
export type Inline = { text: string; bold?: boolean }

export type Block =
  | { type: 'paragraph'; runs: Inline[] }
  | { type: 'heading'; runs: Inline[]; level?: 1 | 2 | 3 }
  | { type: 'list'; ordered: boolean; items: Inline[][] }

export interface Letterhead {
  organisation: string
  unit?: string
  address?: string
  /** PNG or JPEG bytes; ignored if unreadable. */
  logo?: Uint8Array | null
}

export interface LetterPdfModel {
  letterhead: Letterhead
  /** Registry number, e.g. '1405/و/12'; absent for drafts. */
  number?: string | null
  /** Jalali date, e.g. '1405/09/02' (drawn with Persian digits). */
  date?: string | null
  /** e.g. 'دارد' / 'ندارد' / '۲ برگ'. */
  attachments: string
  /** Persian label, only when not normal (e.g. 'محرمانه'). */
  classification?: string | null
  /** Persian label, only when not normal (e.g. 'فوری'). */
  urgency?: string | null
  /** Lines, e.g. ['جناب آقای …', 'مدیرکل محترم …']. */
  addressee: string[]
  subject: string
  body: Block[]
  signature?: { name: string; title: string } | null
  /** رونوشت lines. */
  copies: string[]
  /** Diagonal «پیش‌نویس» watermark on every page, and no number. */
  draft: boolean
}

export interface RegistryBookRow {
  number: string
  date: string
  kind: string
  party: string
  /** null = the reader may not see it: a placeholder is printed instead. */
  subject: string | null
  classification: string
  /** Printed with «باطل» and greyed. */
  cancelled: boolean
}

export interface RegistryBookModel {
  letterhead: Letterhead
  /** e.g. 'دفتر اندیکاتور — دبیرخانهٔ مرکزی'. */
  title: string
  /** e.g. 'از ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۳۰'. */
  period: string
  rows: RegistryBookRow[]
  generatedAt: string
}

export interface DocumentSection {
  heading: string
  blocks: Block[]
}

export interface DocumentPdfModel {
  letterhead: Letterhead
  title: string
  subtitle?: string
  classification?: string | null
  sections: DocumentSection[]
  draft?: boolean
}
