import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../../../lib/compare'
import { richTextToPlain } from '../../../lib/letters/text'
import { referralMail, type ReferralMailKind } from '../../../lib/notify/referralMail'
import { PURPOSE_LABELS, type Purpose } from '../../../lib/referrals'
import type { Referral } from '../../../payload-types'
import { queueMail, referralLink } from '../../../server/notify'

/**
 * Mails on a referral's news: a new referral to each recipient once it is sent; a returned one,
 * and a done one (with its response), to its sender — except an information referral, which is
 * done by being read (its sender would get a notice for every reading). Queued with `req`, in the referral's own transaction: a rolled-back referral
 * sends nothing. The job queue sends them (src/jobs/sendNotification).
 */
export const notifyReferral: CollectionAfterChangeHook<Referral> = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'update' ? previousDoc?.state : undefined
  if (doc.state === before) return doc
  if (doc.state === 'sent') {
    for (const user of (doc.to ?? []).map(idOf)) if (user !== null) await queueReferralMail(req, 'referral-new', doc, user)
  } else if (doc.state === 'returned') {
    const sender = idOf(doc.from)
    if (sender !== null) await queueReferralMail(req, 'referral-returned', doc, sender)
  } else if (doc.state === 'done' && doc.purpose !== 'information') {
    const sender = idOf(doc.from)
    if (sender !== null) await queueReferralMail(req, 'referral-done', doc, sender)
  }
  return doc
}

async function queueReferralMail(req: PayloadRequest, kind: ReferralMailKind, referral: Referral, userId: number) {
  const { payload } = req
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!user) return
  const letterId = idOf(referral.record?.value)
  const letter = letterId === null ? null : await payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const fromId = kind === 'referral-new' ? idOf(referral.from) : idOf(req.user?.id)
  const from = fromId === null ? null : await payload.findByID({ collection: 'users', id: fromId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const mail = referralMail({
    kind,
    recipientName: user.fullName,
    senderName: from?.fullName ?? 'دبیر',
    purposeLabel: PURPOSE_LABELS[referral.purpose as Purpose],
    registryNumber: letter?.registryNumber ?? null,
    subject: letter?.subject ?? '',
    classification: letter?.classification ?? 'top-secret',
    deadline: referral.deadline ?? null,
    instruction: referral.instruction ?? null,
    returnReason: referral.returnReason ?? null,
    response: kind === 'referral-done' ? richTextToPlain(referral.response) || null : null,
    link: referralLink(req, referral.id),
  })
  await queueMail(req, { ...mail, kind, to: user.id, referral: referral.id, dedupeKey: `${kind}:${referral.id}:${user.id}` })
}
