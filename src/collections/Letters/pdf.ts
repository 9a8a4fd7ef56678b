import type { PayloadRequest } from 'payload'

import { factsOf, readerOf } from '../../access/readRule'
import { idOf } from '../../lib/compare'
import { formatJalaliDate } from '../../lib/jalali'
import { URGENCY_LABELS } from '../../lib/letters/options'
import { lexicalToBlocks, renderLetterPdf, type LetterPdfModel } from '../../lib/pdf'
import { toPersianDigits } from '../../lib/persian'
import { CLEARANCE_LABELS, isClearanceLevel } from '../../lib/security/clearance'
import { canReadContent } from '../../lib/security/readRule'
import { letterheadOf } from '../../server/pdf/letterhead'
import type { PdfSpec } from '../../server/pdf/types'
import { LETTER_READ } from './readSpec'

type Doc = Record<string, unknown>
type Rel = { relationTo?: string; value?: unknown }

/** A correspondent, post or unit as a line of the address block. */
function nameOf(rel: unknown): string {
  const value = (rel as Rel)?.value as Doc | undefined
  if (!value || typeof value !== 'object') return ''
  return String(value.name ?? value.title ?? '')
}

/** Who signs: the signer and their post; for a draft, the holder of the sending post. */
async function signatureOf(doc: Doc, req: PayloadRequest): Promise<LetterPdfModel['signature']> {
  const signer = doc.signedBy as Doc | undefined
  const postId = idOf(signer?.post) ?? ((doc.sender as Rel)?.relationTo === 'posts' ? idOf((doc.sender as Rel).value) : null)
  if (postId === null) return null
  const post = (await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 1,
    select: { title: true, holder: true },
    populate: { users: { fullName: true } },
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })) as Doc | null
  if (!post) return null
  const holder = (signer ?? post.holder) as Doc | undefined
  return { name: String(holder?.fullName ?? ''), title: String(post.title ?? '') }
}

/** The letter (read at depth 1, as the user) as the official letter's model. */
export async function letterModel(doc: Doc, req: PayloadRequest): Promise<LetterPdfModel> {
  const draft = doc.status === 'draft'
  const attachments = Array.isArray(doc.attachments) ? doc.attachments.length : 0
  const classification = doc.classification !== 'normal' && isClearanceLevel(doc.classification) ? CLEARANCE_LABELS[doc.classification] : null
  const urgency = doc.urgency && doc.urgency !== 'normal' ? URGENCY_LABELS[doc.urgency as keyof typeof URGENCY_LABELS] : null
  const dated = (doc.registeredAt ?? doc.signedAt) as string | undefined
  return {
    letterhead: await letterheadOf(req),
    number: draft ? null : ((doc.registryNumber as string | undefined) ?? null),
    date: dated && !draft ? formatJalaliDate(dated) : null,
    attachments: attachments ? `${toPersianDigits(String(attachments))} فقره` : 'ندارد',
    classification,
    urgency,
    addressee: ((doc.recipients as unknown[]) ?? []).map(nameOf).filter(Boolean),
    subject: String(doc.subject ?? ''),
    body: lexicalToBlocks(doc.body),
    signature: await signatureOf(doc, req),
    copies: ((doc.copies as unknown[]) ?? []).map(nameOf).filter(Boolean),
    draft,
  }
}

/** The letter on the letterhead, for readers of its content. */
export const letterPdf: PdfSpec = {
  // The reader Payload's read access built for this request (with addressees), not a second one.
  readable: async (doc, req) => canReadContent(await readerOf(req, 'letters', { addressees: true }), factsOf(doc, LETTER_READ)),
  render: async (doc, req) => renderLetterPdf(await letterModel(doc, req)),
  select: {
    status: true, kind: true, subject: true, body: true, classification: true, urgency: true, registryNumber: true, registeredAt: true,
    signedAt: true, attachments: true, recipients: true, copies: true, sender: true, signedBy: true, createdBy: true, registeredBy: true,
  },
  populate: { correspondents: { name: true }, posts: { title: true }, units: { name: true }, users: { fullName: true, post: true }, attachments: { filename: true } },
  filename: (doc) => (doc.registryNumber ? `نامه ${String(doc.registryNumber).replace(/\//g, '-')}` : `پیش‌نویس ${doc.id}`),
}
