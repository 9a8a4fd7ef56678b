import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { canReadContent, factsOf, readerOf } from '../../../access/readRule'
import { LETTER_READ } from '../../Letters/readSpec'
import { idOf } from '../../../lib/compare'
import { defaultDeadline, nextState, type State } from '../../../lib/referrals'
import { clearanceRank, clears, levelsClearedBy } from '../../../lib/security/clearance'
import { hasRole } from '../../../lib/security/roles'
import { holidayTable } from '../../../server/holidays'
import { refuse } from '../../../server/refuse'
import { RECOMPUTING_DEADLINES } from '../../Holidays/hooks/recomputeOpenDeadlines'
import { lockRow } from '../../../server/rowLock'
import { recipientRefusal } from '../../../lib/referrals/recipients'
import { mayTriage } from '../../../lib/referrals/triage'
import { richTextToPlain } from '../../../lib/letters/text'
import { raceMessages } from '../../../lib/races/messages'
import { referralText } from '../messages'
import { resolveRecipients } from '../recipients'
import { keepSiblingsForLater } from './splitReferral'

type Data = Record<string, unknown>

/** req.context key: the referral is proposed at registration (src/jobs/proposeReferrals.ts), a triage draft. */
export const PROPOSING = 'dabirProposingReferral'

/**
 * A new referral: from the user, to resolved recipients, about a paper the user may read in
 * full, to people cleared for it (unless the director general refers it), with a deadline
 * from the paper's urgency in working days when none is given.
 */
export const prepareReferral: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const user = req.user
  if (operation === 'update') return guardTransition(data, originalDoc as Data, req)
  const deny = (message: string, status = 403) => refuse(req, { message, status, action: 'create', collection: 'referrals' })
  if (!user) return data

  const record = data.record as { relationTo?: string; value?: unknown } | undefined
  const recordId = idOf(record?.value)
  if (record?.relationTo !== 'letters' || recordId === null) return deny(referralText.recordRequired, 400)
  // The letter stays as read (registered, not cancelled meanwhile) until the referral is stored.
  await lockRow(req, 'letters', recordId)
  const letter = await req.payload.findByID({ collection: 'letters', id: recordId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const reader = await readerOf(req, 'letters')
  if (!letter || !reader || !canReadContent(reader, factsOf(letter as never, LETTER_READ))) return deny(referralText.recordUnreadable, letter ? 403 : 400)
  if (letter.status !== 'registered') return deny(referralText.recordNotRegistered, 409)

  // A draft (proposed by the routing rules, or kept to send later) reaches nobody until sent.
  const state = data.state === 'draft' ? 'draft' : 'sent'
  const recipients = await resolveRecipients(req, data)
  const problem = await recipientProblem(req, recipients, letter.classification, { sending: state === 'sent' })
  if (problem) return deny(problem.message, problem.status)

  const now = new Date().toISOString()
  if (deadlinePassed(data.deadline, now)) return deny(referralText.deadlinePast, 400)
  // Each recipient gets their own referral (./splitReferral.ts); a draft keeps its list until sent.
  if (state === 'sent' && recipients.length > 1) {
    keepSiblingsForLater(req, { recipients: recipients.slice(1), data: { record: data.record, purpose: data.purpose, instruction: data.instruction, parent: data.parent, deadline: data.deadline } })
  }
  const settings = await req.payload.findGlobal({ slug: 'referral-settings', depth: 0, req, overrideAccess: true })
  return {
    ...data,
    from: user.id,
    to: state === 'sent' ? recipients.slice(0, 1) : recipients,
    ...(state === 'sent' && recipients.length > 1 ? { toPost: null, toUnit: null } : {}),
    state,
    proposed: state === 'draft' && req.context[PROPOSING] === true,
    replyLetter: null,
    responseAttachments: [],
    deadline: data.deadline ?? defaultDeadline(letter.urgency, now, { days: settings.deadlineDays as never, holidays: await holidayTable(req) }),
    deadlineByDefault: !data.deadline,
    history: [{ state, at: now, by: user.id }],
  }
}

/**
 * Why these recipients cannot receive a paper of this classification, if they cannot:
 * nobody at all; the admin or the auditor, or the sender themselves when `sending` (the rule
 * of src/lib/referrals/recipients.ts, which the admin's drawer follows too); or someone below
 * the classification (only the director general may refer below clearance).
 */
export async function recipientProblem(req: PayloadRequest, recipients: number[], classification: unknown, opts: { sending?: boolean } = {}) {
  if (!recipients.length) return { message: referralText.noRecipient, status: 400 }
  const found = await req.payload.find({ collection: 'users', where: { id: { in: recipients } }, depth: 0, pagination: false, overrideAccess: true, req })
  const refusal = recipientRefusal(found.docs, req.user?.id, { sending: Boolean(opts.sending) })
  if (refusal?.kind === 'self') return { message: referralText.toSelf, status: 403 }
  if (refusal?.kind === 'offDesk') return { message: referralText.offDesk(refusal.users.map((u) => String((u as { fullName?: unknown }).fullName ?? ''))), status: 403 }
  if (hasRole(req.user, 'director')) return null
  const under = found.docs.filter((u) => !clears(u.clearance, classification))
  if (under.length || found.docs.length !== recipients.length) return { message: referralText.underCleared(under.map((u) => u.fullName)), status: 403 }
  return null
}

async function guardTransition(data: Data, original: Data, req: Parameters<CollectionBeforeChangeHook>[0]['req']) {
  const user = req.user
  const from = original.state as State
  // Opening a referral someone (or a twin request) has already moved past `sent` moves nothing.
  if (req.context.dabirMarkingSeen && from !== 'sent') return { ...data, state: from }
  const to = (data.state ?? from) as State
  const target = { action: 'update' as const, collection: 'referrals', id: original.id as number }
  const isSender = user && idOf(original.from) === user.id
  const isRecipient = user && ((original.to as unknown[]) ?? []).some((u) => idOf(u) === user.id)
  // A draft proposed at registration is every office chief's to review and send, as its sender
  // (sending it makes it theirs); only on a paper whose content they may read.
  const triaging = !isSender && from === 'draft' && original.proposed === true && mayTriage(user)
  if (triaging) await refuseUnreadablePaper(req, original, target)
  // An office chief too late: another chief has sent (or recalled) the proposal meanwhile.
  if (!isSender && !isRecipient && !triaging && from !== 'draft' && original.proposed === true && mayTriage(user) && req.context[RECOMPUTING_DEADLINES] !== true) {
    await refuse(req, { ...target, status: 409, message: raceMessages.referralAlreadyIn(from) })
  }
  const actsAsSender = Boolean(isSender || triaging)
  // A draft is the sender's to edit: recipients are resolved and checked again.
  if (from === 'draft' && actsAsSender) {
    // Server-kept fields come back as they were (deleting them would clear them); the chief who
    // sends a proposal is its sender.
    data.from = triaging && to === 'sent' ? user!.id : original.from
    data.history = original.history
    data.replyLetter = original.replyLetter ?? null
    // Sending the draft checks its recipients again: the triage draft addressed to its own
    // sender must be given someone else first.
    if (['to', 'toPost', 'toUnit'].some((key) => key in data) || to === 'sent') {
      const recipients = await resolveRecipients(req, { ...original, ...data })
      const letterId = idOf((original.record as { value?: unknown })?.value)
      const letter = letterId === null ? null : await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: true, disableErrors: true })
      const problem = await recipientProblem(req, recipients, letter?.classification, { sending: to === 'sent' })
      if (problem) await refuse(req, { ...target, status: problem.status, message: problem.message })
      data.to = recipients
      // Sent to several people: one referral each (./splitReferral.ts).
      if (to === 'sent' && recipients.length > 1) {
        data.to = recipients.slice(0, 1)
        data.toPost = null
        data.toUnit = null
        const deadline = 'deadline' in data ? data.deadline : original.deadlineByDefault ? undefined : original.deadline
        keepSiblingsForLater(req, {
          recipients: recipients.slice(1),
          data: { record: original.record, purpose: original.purpose, instruction: data.instruction ?? original.instruction, parent: original.parent, deadline },
        })
      }
    }
    if ('record' in data && JSON.stringify(idOf(data.record)) !== JSON.stringify(idOf(original.record))) await refuse(req, { ...target, status: 409, message: referralText.fixed })
  } else {
    // Who, what and about which paper are fixed once sent; the sender may still adjust the
    // instruction and deadline while it is unseen.
    for (const key of ['record', 'from', 'to', 'toPost', 'toUnit', 'parent', 'purpose', 'history', 'replyLetter']) {
      if (key in data && JSON.stringify(idOf(data[key]) ?? data[key] ?? null) !== JSON.stringify(idOf(original[key]) ?? original[key] ?? null)) {
        if (key === 'history' || key === 'from' || key === 'replyLetter') data[key] = original[key] ?? null
        else await refuse(req, { ...target, status: 409, message: referralText.fixed })
      }
    }
  }
  // A holiday change moves a default deadline (src/collections/Holidays/hooks): the system's move.
  if (req.context[RECOMPUTING_DEADLINES] === true) return data
  for (const key of ['instruction', 'deadline']) {
    if (key in data && data[key] !== original[key] && !(actsAsSender && (from === 'sent' || from === 'draft'))) await refuse(req, { ...target, status: 409, message: referralText.fixed })
  }
  // A deadline the sender sets is theirs: no holiday change moves it; and it is not already over.
  if ('deadline' in data && data.deadline !== original.deadline) {
    if (deadlinePassed(data.deadline, new Date().toISOString())) await refuse(req, { ...target, status: 400, message: referralText.deadlinePast })
    data.deadlineByDefault = false
  }
  if ('responseAttachments' in data && JSON.stringify(((data.responseAttachments as unknown[]) ?? []).map(idOf)) !== JSON.stringify(((original.responseAttachments as unknown[]) ?? []).map(idOf))) {
    if (!(isRecipient && to === 'done' && from !== 'done')) await refuse(req, { ...target, status: 409, message: referralText.attachmentsOnDone })
    await classifyResponse(req, original, data.responseAttachments as unknown[])
  }
  if (to === from) return data
  const result = nextState({
    from,
    to,
    purpose: original.purpose as never,
    actor: actsAsSender ? 'sender' : isRecipient ? 'recipient' : 'other',
    response: richTextToPlain(data.response ?? original.response),
    returnReason: (data.returnReason ?? original.returnReason) as string | undefined,
  })
  if (!result.ok) return refuse(req, { ...target, status: result.status, message: result.message })
  const history = Array.isArray(original.history) ? [...(original.history as unknown[])] : []
  history.push({ state: result.state, at: new Date().toISOString(), by: user?.id ?? null })
  const replyLetter = result.state === 'done' && data.createReply && user ? await draftReply(req, original) : undefined
  return { ...data, state: result.state, history, ...(replyLetter ? { replyLetter } : {}) }
}

/** A triage draft is sent only by a chief who may read the paper's content (as a referral's maker must). */
async function refuseUnreadablePaper(req: PayloadRequest, original: Data, target: { action: 'update'; collection: string; id: number }) {
  const letterId = idOf((original.record as { value?: unknown })?.value)
  const letter = letterId === null ? null : await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const reader = await readerOf(req, 'letters')
  if (!letter || !reader || !canReadContent(reader, factsOf(letter as never, LETTER_READ))) await refuse(req, { ...target, status: 403, message: referralText.recordUnreadable })
}

/** Files answering a paper are as classified as the paper (never lowered). */
async function classifyResponse(req: PayloadRequest, original: Data, files: unknown[]) {
  const letterId = idOf((original.record as { value?: unknown })?.value)
  if (letterId === null) return
  const letter = await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: true })
  for (const id of files.map(idOf).filter((x): x is number => x !== null)) {
    const file = await req.payload.findByID({ collection: 'attachments', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!file) await refuse(req, { action: 'update', collection: 'referrals', id: original.id as number, status: 400, message: referralText.attachmentMissing })
    else if (clearanceRank(file.classification) < clearanceRank(letter.classification)) {
      await req.payload.update({ collection: 'attachments', id, data: { classification: letter.classification }, req, overrideAccess: true })
    }
  }
}

/**
 * «تهیهٔ پاسخ»: closing a referral may start the reply, an outgoing draft in reply to (عطف)
 * the paper, by the recipient, at the paper's classification or the recipient's clearance if
 * that is lower (nobody writes above their own clearance).
 */
async function draftReply(req: PayloadRequest, original: Data): Promise<number | undefined> {
  const letterId = idOf((original.record as { value?: unknown })?.value)
  if (letterId === null || !req.user) return undefined
  const letter = await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, req, overrideAccess: true })
  const levels = levelsClearedBy(req.user.clearance)
  const classification = levels.includes(letter.classification) ? letter.classification : (levels.at(-1) ?? 'normal')
  const reply = await req.payload.create({
    collection: 'letters',
    data: { kind: 'outgoing', status: 'draft', classification, urgency: letter.urgency, subject: `پاسخ: ${letter.subject}`, inReplyTo: letter.id },
    req,
    user: req.user,
    overrideAccess: false,
  })
  return reply.id
}

/**
 * Whether a deadline the sender gave is already over at `now` (both ISO instants, UTC). A date
 * means the end of its Tehran working day (the field's endOfDay hook has made it so), so today
 * is still allowed; a past day is refused (the rule of issue 13: a referral is never overdue
 * from the moment it is sent). No deadline given: none passed.
 */
export function deadlinePassed(deadline: unknown, now: string): boolean {
  if (deadline === undefined || deadline === null || deadline === '') return false
  const at = Date.parse(String(deadline))
  return Number.isFinite(at) && at < Date.parse(now)
}
