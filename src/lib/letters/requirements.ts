import { LETTER_KIND_LABELS, type LetterKind } from './options'
import { richTextToPlain } from './text'

/**
 * What a letter must carry before it is registered (status → registered), per registry book
 * and letter kind. A book lists its requirements per kind (registry-books.requirements); a kind
 * the book does not list falls back to DEFAULT_REQUIREMENTS. Pure: no Payload.
 */

/** The items a registry book may require, with the Persian label the refusal names. */
export const REQUIREMENT_LABELS = {
  sender: 'فرستنده',
  senderNumber: 'شمارهٔ نامهٔ فرستنده',
  senderDate: 'تاریخ نامهٔ فرستنده',
  subject: 'موضوع',
  bodyOrAttachment: 'متن نامه یا دست‌کم یک پیوست',
  body: 'متن نامه',
  attachments: 'دست‌کم یک پیوست',
  summary: 'خلاصه',
  recipients: 'گیرندگان',
} as const
export type RequirementItem = keyof typeof REQUIREMENT_LABELS

export const REQUIREMENT_ITEMS = Object.keys(REQUIREMENT_LABELS) as RequirementItem[]

export const requirementOptions = REQUIREMENT_ITEMS.map((value) => ({ value, label: REQUIREMENT_LABELS[value] }))

/**
 * The registry's own rule when a book says nothing of a kind: an incoming paper is registered
 * as the sender wrote it (who, their number and date, about what, and the paper itself); our
 * own letters need a subject (who signs is set at registration).
 */
export const DEFAULT_REQUIREMENTS: Readonly<Record<LetterKind, readonly RequirementItem[]>> = {
  incoming: ['sender', 'senderNumber', 'senderDate', 'subject', 'bodyOrAttachment'],
  outgoing: ['subject'],
  internal: ['subject'],
}

/** A book's requirements as stored: one row per letter kind. */
export interface BookRequirements {
  requirements?: readonly { kind?: string | null; items?: readonly string[] | null }[] | null
}

/** The items `book` requires of a letter of `kind` (the default when the book lists none for it). */
export function requirementsFor(book: BookRequirements | null | undefined, kind: string): RequirementItem[] {
  const row = book?.requirements?.find((r) => r?.kind === kind)
  if (row) return (row.items ?? []).filter((item): item is RequirementItem => item in REQUIREMENT_LABELS)
  return [...(DEFAULT_REQUIREMENTS[kind as LetterKind] ?? [])]
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

const hasRelation = (value: unknown) => {
  if (blank(value)) return false
  if (typeof value === 'object') {
    const rel = value as { value?: unknown; id?: unknown; relationTo?: unknown }
    if ('relationTo' in rel) return !blank(rel.value) && !(typeof rel.value === 'object' && blank((rel.value as { id?: unknown })?.id))
    if ('id' in rel) return !blank(rel.id)
  }
  return true
}

const nonEmptyList = (value: unknown) => Array.isArray(value) && value.some(hasRelation)

const hasBody = (value: unknown) => !blank(value) && richTextToPlain(value).trim() !== ''

const present: Record<RequirementItem, (letter: Record<string, unknown>) => boolean> = {
  sender: (l) => hasRelation(l.sender),
  senderNumber: (l) => !blank(l.senderNumber),
  senderDate: (l) => !blank(l.senderDate),
  subject: (l) => !blank(l.subject),
  bodyOrAttachment: (l) => hasBody(l.body) || nonEmptyList(l.attachments),
  body: (l) => hasBody(l.body),
  attachments: (l) => nonEmptyList(l.attachments),
  summary: (l) => !blank(l.summary),
  recipients: (l) => nonEmptyList(l.recipients),
}

/** The required items `letter` (the letter as it would be stored) lacks, in the order required. */
export function missingRequirements(letter: Record<string, unknown>, required: readonly RequirementItem[]): RequirementItem[] {
  return required.filter((item) => !present[item](letter))
}

/**
 * The refusal of a registration before the kind is chosen: the book, the number and the
 * requirements all follow from it. Null when `kind` is one of the letter kinds.
 */
export function missingKindMessage(kind: unknown): string | null {
  if (typeof kind === 'string' && kind in LETTER_KIND_LABELS) return null
  const kinds = Object.values(LETTER_KIND_LABELS).map((label) => `«${label}»`).join('، ')
  return `پیش از ثبت، نوع نامه را انتخاب کنید (${kinds}).`
}

/** The one Persian refusal naming what is missing, by label. */
export function requirementsMessage(missing: readonly RequirementItem[], kind: string): string {
  const kindLabel = LETTER_KIND_LABELS[kind as LetterKind] ?? kind
  const names = missing.map((item) => `«${REQUIREMENT_LABELS[item]}»`).join('، ')
  return `نامهٔ ${kindLabel} را نمی‌توان ثبت کرد؛ این موارد کامل نیست: ${names}.`
}
