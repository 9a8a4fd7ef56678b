// «پاسخ» and «پیرو» from a registered letter: the new draft that answers it (عطف, inReplyTo) or
// follows it up (پیرو, follows), prefilled as the secretariat would. Pure: the admin's action
// reads the letter as the user and posts what this returns.
import { levelsClearedBy } from '../security/clearance'
import type { LetterKind } from './options'

export type LinkKind = 'reply' | 'follow'

type Rel = { relationTo: string; value: number }
type RelIn = { relationTo?: string; value?: unknown } | null | undefined

/** The parts of a letter (as the REST API returns it, any depth) the prefill reads. */
export interface SourceLetter {
  id: number
  kind: LetterKind
  subject?: string | null
  classification?: string | null
  urgency?: string | null
  sender?: RelIn
  recipients?: RelIn[] | null
  copies?: RelIn[] | null
}

/** The author: the post they sign for (outgoing and internal letters are sent from a post) and their clearance. */
export interface Author {
  post?: unknown
  clearance?: unknown
}

export const LINK_SUBJECT_PREFIX: Record<LinkKind, string> = { reply: 'پاسخ: ', follow: 'پیرو: ' }

const idOf = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' && Number.isInteger(id) ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

const rel = (value: RelIn): Rel | null => {
  const id = idOf(value?.value)
  return value?.relationTo && id !== null ? { relationTo: value.relationTo, value: id } : null
}
const rels = (values: RelIn[] | null | undefined): Rel[] => (values ?? []).map(rel).filter((r): r is Rel => r !== null)

/** «پاسخ: موضوع», never «پاسخ: پاسخ: موضوع». */
export function linkedSubject(subject: string | null | undefined, link: LinkKind): string {
  const base = (subject ?? '').trim()
  const prefix = LINK_SUBJECT_PREFIX[link]
  return base.startsWith(prefix.trim()) ? base : `${prefix}${base}`
}

/**
 * The new draft's data for POST /api/letters:
 * - reply to an incoming letter: outgoing, to its sender, from the author's post;
 * - reply to an internal letter: internal, to the post that sent it, from the author's post;
 * - reply to an outgoing letter (their answer to ours, arriving): incoming, from the first
 *   correspondent it was sent to;
 * - follow-up: the same kind, to the same recipients and copies (incoming: from the same sender);
 * at the letter's classification, lowered to the author's clearance if that is lower (nobody
 * writes above it), at its urgency, linked (inReplyTo or follows) to it.
 */
export function linkedDraft(letter: SourceLetter, link: LinkKind, author: Author): Record<string, unknown> {
  const ownPost = idOf(author.post)
  const fromOwnPost = ownPost === null ? {} : { sender: { relationTo: 'posts', value: ownPost } }
  const levels = levelsClearedBy(author.clearance)
  const classification = letter.classification && levels.includes(letter.classification as never) ? letter.classification : (levels.at(-1) ?? 'normal')
  const base = {
    status: 'draft',
    classification,
    urgency: letter.urgency ?? 'normal',
    subject: linkedSubject(letter.subject, link),
    ...(link === 'reply' ? { inReplyTo: letter.id } : { follows: [letter.id] }),
  }
  const sender = rel(letter.sender)
  if (link === 'reply') {
    if (letter.kind === 'outgoing') {
      const to = rels(letter.recipients).find((r) => r.relationTo === 'correspondents')
      return { ...base, kind: 'incoming', ...(to ? { sender: to } : {}) }
    }
    return { ...base, kind: letter.kind === 'internal' ? 'internal' : 'outgoing', recipients: sender ? [sender] : [], ...fromOwnPost }
  }
  if (letter.kind === 'incoming') return { ...base, kind: 'incoming', ...(sender ? { sender } : {}) }
  return { ...base, kind: letter.kind, recipients: rels(letter.recipients), copies: rels(letter.copies), ...fromOwnPost }
}
