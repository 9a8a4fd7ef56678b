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

/** One referral of a paper as the cover sheet lists it (already through the read rule). */
export interface CoverReferral {
  /** 0 for a referral of the paper itself, 1 for one referred on from it, … */
  depth: number
  from: string
  to: string
  purpose: string
  /** Jalali day (and time), e.g. '1405/09/02 10:30'; drawn with Persian digits. */
  date: string
  /** Jalali day or ''. */
  deadline: string
  state: string
  /** Recalled: printed grey. */
  muted?: boolean
}

/**
 * The registration record (برگ ثبت) of a paper that came in: our registry number and date,
 * the sender's number and date, subject, summary and the referrals so far. Not our letter: no
 * letterhead address block, no signature, no copies. Values are as a person reads them (Jalali
 * dates in Latin or Persian digits, drawn Persian); empty values print as «—».
 */
export interface CoverSheetPdfModel {
  letterhead: Letterhead
  /** e.g. 'برگ ثبت نامهٔ وارده'. */
  title: string
  /** Our registry number; null while the paper is not registered. */
  number: string | null
  /** Registration date and time (Jalali). */
  date: string | null
  registryBook?: string | null
  sender: string
  senderNumber: string | null
  senderDate: string | null
  subject: string
  summary: string | null
  /** Whom it is addressed to here. */
  recipients: string[]
  /** The sender's files, by name: listed, not printed (they are what the sender wrote). */
  attachments: string[]
  registeredBy?: string | null
  /** Persian labels, only when not normal. */
  classification?: string | null
  urgency?: string | null
  referrals: CoverReferral[]
  /** The paper's text as typed in at registration, if any, printed as the sender's. */
  body: Block[]
  draft: boolean
  /** Cancelled: marked «باطل» with its reason. */
  cancelled?: { reason: string | null } | null
  /** Jalali date and time the sheet was made. */
  generatedAt: string
}
