import { idOf } from '../compare'
import { isOpenState, type State } from './states'
import { mayTriage } from './triage'

/** The fields of a referral someone may change after it is made (the rest are the server's). */
export const REFERRAL_EDITABLE_FIELDS = ['to', 'toPost', 'toUnit', 'purpose', 'parent', 'instruction', 'deadline', 'state', 'response', 'returnReason', 'responseAttachments', 'createReply'] as const
export type ReferralEditableField = (typeof REFERRAL_EDITABLE_FIELDS)[number]

type Someone = { id?: unknown; roles?: unknown; active?: unknown } | null | undefined
type ReferralFacts = { from?: unknown; to?: unknown; state?: unknown; proposed?: unknown }

/**
 * Whether `user` may change `field` of a stored referral, by the rules its hooks hold
 * (src/collections/Referrals/hooks/prepareReferral.ts): a draft is its sender's to edit whole
 * (and a proposal made at registration every office chief's); once sent, its sender may still
 * adjust the instruction and deadline while it is unseen («ارسال‌شده»), and recall it; its
 * recipient moves it and answers it (response, return reason, files, the reply draft) while it
 * is open. Nobody else changes anything. Used for the admin's read-only fields; the hooks
 * refuse a change with their own Persian messages whatever the form offered.
 */
export function mayChangeReferralField(field: ReferralEditableField, user: Someone, referral: ReferralFacts): boolean {
  const me = idOf(user?.id)
  if (me === null) return false
  const state = (referral.state ?? 'sent') as State
  const isSender = idOf(referral.from) === me
  const isRecipient = ((Array.isArray(referral.to) ? referral.to : []) as unknown[]).some((u) => idOf(u) === me)
  const drafting = state === 'draft' && (isSender || (referral.proposed === true && mayTriage(user)))
  const open = isOpenState(state)
  switch (field) {
    case 'to':
    case 'toPost':
    case 'toUnit':
    case 'purpose':
    case 'parent':
      return drafting
    case 'instruction':
    case 'deadline':
      return drafting || (isSender && state === 'sent')
    case 'state':
      return drafting || (open && (isSender || isRecipient))
    case 'response':
    case 'returnReason':
    case 'responseAttachments':
    case 'createReply':
      return open && isRecipient
  }
}
