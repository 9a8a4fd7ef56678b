import type { PayloadRequest } from 'payload'

import { factsOf, readerOf } from '../../access/readRule'
import { idOf } from '../../lib/compare'
import { formatJalaliDate, formatJalaliDateTime } from '../../lib/jalali'
import { URGENCY_LABELS } from '../../lib/letters/options'
import { lexicalToBlocks, pdfMessages, renderCoverSheetPdf, renderLetterPdf, type CoverSheetPdfModel, type LetterPdfModel } from '../../lib/pdf'
import { flattenTree } from '../../lib/referrals'
import { toPersianDigits } from '../../lib/persian'
import { CLEARANCE_LABELS, isClearanceLevel } from '../../lib/security/clearance'
import { canReadContent } from '../../lib/security/readRule'
import { letterheadOf } from '../../server/pdf/letterhead'
import type { PdfSpec } from '../../server/pdf/types'
import { LETTER_READ } from './readSpec'
import { loadReferralTree } from './hooks/referralTreeOf'

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

const plain = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)

/**
 * An incoming paper (read at depth 1, as the user) as its registration record: our number and
 * date, the sender's, subject, summary and the referrals so far — the referrals as the user
 * may see them (the referrals' own read rule, as on the paper's page).
 */
export async function coverSheetModel(doc: Doc, req: PayloadRequest): Promise<CoverSheetPdfModel> {
  const draft = doc.status === 'draft'
  const classification = doc.classification !== 'normal' && isClearanceLevel(doc.classification) ? CLEARANCE_LABELS[doc.classification] : null
  const urgency = doc.urgency && doc.urgency !== 'normal' ? URGENCY_LABELS[doc.urgency as keyof typeof URGENCY_LABELS] : null
  const attachments = ((doc.attachments as unknown[]) ?? []).map((a) =>
    a && typeof a === 'object' ? String((a as Doc).originalName ?? (a as Doc).title ?? (a as Doc).filename ?? '') : pdfMessages.cover.none,
  )
  const tree = doc.id === undefined ? [] : await loadReferralTree(req, 'letters', doc.id as number)
  const book = doc.registryBook && typeof doc.registryBook === 'object' ? plain((doc.registryBook as Doc).name) : null
  const registeredBy = doc.registeredBy && typeof doc.registeredBy === 'object' ? plain((doc.registeredBy as Doc).fullName) : null
  return {
    letterhead: await letterheadOf(req),
    title: pdfMessages.cover.title,
    number: draft ? null : plain(doc.registryNumber),
    date: doc.registeredAt && !draft ? formatJalaliDateTime(doc.registeredAt as string) : null,
    registryBook: book,
    sender: nameOf(doc.sender),
    senderNumber: plain(doc.senderNumber),
    senderDate: doc.senderDate ? formatJalaliDate(doc.senderDate as string) : null,
    subject: String(doc.subject ?? ''),
    summary: plain(doc.summary),
    recipients: ((doc.recipients as unknown[]) ?? []).map(nameOf).filter(Boolean),
    attachments,
    registeredBy,
    classification,
    urgency,
    // Referrals made, not proposals: a draft (the triage proposal) has reached nobody yet.
    referrals: flattenTree(tree).filter(({ node }) => node.stateKey !== 'draft').map(({ node, depth }) => ({
      depth,
      from: node.from ?? '',
      to: node.to.map((n) => n ?? '').filter(Boolean).join('، '),
      purpose: node.purpose,
      date: formatJalaliDateTime(node.createdAt),
      deadline: node.deadlineJalali ?? '',
      state: node.state,
      muted: node.stateKey === 'recalled',
    })),
    body: lexicalToBlocks(doc.body),
    draft,
    cancelled: doc.status === 'cancelled' ? { reason: plain(doc.cancelReason) } : null,
    generatedAt: formatJalaliDateTime(new Date()),
  }
}

/**
 * For readers of its content: our own letters (outgoing, internal) on the letterhead; an
 * incoming paper as its registration record (cover sheet), since the sender wrote it.
 */
export const letterPdf: PdfSpec = {
  // The reader Payload's read access built for this request (with addressees), not a second one.
  readable: async (doc, req) => canReadContent(await readerOf(req, 'letters', { addressees: true }), factsOf(doc, LETTER_READ)),
  render: async (doc, req) => (doc.kind === 'incoming' ? renderCoverSheetPdf(await coverSheetModel(doc, req)) : renderLetterPdf(await letterModel(doc, req))),
  select: {
    status: true, kind: true, subject: true, body: true, classification: true, urgency: true, registryNumber: true, registeredAt: true,
    signedAt: true, attachments: true, recipients: true, copies: true, sender: true, signedBy: true, createdBy: true, registeredBy: true,
    summary: true, senderNumber: true, senderDate: true, registryBook: true, cancelReason: true,
  },
  populate: {
    correspondents: { name: true }, posts: { title: true }, units: { name: true }, users: { fullName: true, post: true },
    attachments: { filename: true, originalName: true, title: true }, 'registry-books': { name: true },
  },
  filename: (doc) => (doc.registryNumber ? `نامه ${String(doc.registryNumber).replace(/\//g, '-')}` : `پیش‌نویس ${doc.id}`),
}
