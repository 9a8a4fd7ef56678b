import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { matchingRules, type LetterFacts } from '../../../lib/referrals'
import { recipientProblem } from '../../Referrals/hooks/prepareReferral'
import { resolveRecipients } from '../../Referrals/recipients'

const TRIAGE = { toPost: 'office-chief', purpose: 'review', instruction: 'جهت بررسی و تعیین ارجاع' } as const

/**
 * When an incoming letter is registered, the routing rules propose its first referrals, as
 * drafts from the registrar: visible and editable before the office chief sends them. Without
 * a matching rule, one draft to the office chief for triage. Recipients below the letter's
 * classification are left out (a draft to them could never be sent).
 */
export const proposeReferrals: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const registeredNow = doc.status === 'registered' && (operation === 'create' || previousDoc?.status !== 'registered')
  if (!registeredNow || doc.kind !== 'incoming' || !req.user) return doc

  const senderId = doc.sender?.relationTo === 'correspondents' ? idOf(doc.sender.value) : null
  const sender = senderId === null ? null : await req.payload.findByID({ collection: 'correspondents', id: senderId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const facts: LetterFacts = {
    sender: senderId,
    senderDivision: idOf(sender?.division),
    subject: String(doc.subject ?? ''),
    keywords: (doc.keywords as string[] | undefined) ?? [],
    classification: String(doc.classification ?? 'normal'),
  }
  const rules = (await req.payload.find({ collection: 'routing-rules', where: { active: { equals: true } }, depth: 0, pagination: false, req, overrideAccess: true })).docs
  const fired = matchingRules(
    rules.map((r) => ({
      ...r,
      order: r.order ?? 0,
      senders: (r.senders ?? []).map(idOf).filter((id): id is number => id !== null),
      keywords: r.keywords ?? [],
      divisions: (r.divisions ?? []).map(idOf).filter((id): id is number => id !== null),
      classifications: r.classifications ?? [],
      stop: Boolean(r.stop),
    })),
    facts,
  )

  const proposals: { toPost?: number | null; toUnit?: number | null; purpose: string; instruction?: string | null }[] = fired.map((r) => ({
    toPost: idOf(r.toPost),
    toUnit: idOf(r.toUnit),
    purpose: r.purpose,
    instruction: r.instruction,
  }))
  if (!proposals.length) {
    const office = await req.payload.find({ collection: 'posts', where: { key: { equals: TRIAGE.toPost } }, depth: 0, limit: 1, req, overrideAccess: true })
    if (office.docs[0]) proposals.push({ toPost: office.docs[0].id, purpose: TRIAGE.purpose, instruction: TRIAGE.instruction })
  }

  for (const proposal of proposals) {
    // A rule pointing at nobody, or at someone below the classification, proposes nothing.
    const recipients = await resolveRecipients(req, proposal)
    if (await recipientProblem(req, recipients, doc.classification)) continue
    await req.payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: doc.id }, state: 'draft', ...proposal } as never,
      req,
      user: req.user,
      overrideAccess: false,
    })
  }
  return doc
}
