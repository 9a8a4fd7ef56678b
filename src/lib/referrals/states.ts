// Purposes and life cycle of a referral (ارجاع). Pure rules: the caller loads the referral,
// works out who the actor is, and stores what `nextState` returns.
import { normalizeForSearch } from '../persian'

export const REFERRAL_PURPOSES = ['action', 'information', 'review', 'reply', 'approval'] as const
export type Purpose = (typeof REFERRAL_PURPOSES)[number]

export const PURPOSE_LABELS: Record<Purpose, string> = {
  action: 'جهت اقدام',
  information: 'جهت اطلاع',
  review: 'جهت بررسی و اظهار نظر',
  reply: 'جهت تهیه پاسخ',
  approval: 'جهت تأیید',
}

export const REFERRAL_STATES = [
  'draft',
  'sent',
  'seen',
  'in-progress',
  'done',
  'returned',
  'recalled',
] as const
export type State = (typeof REFERRAL_STATES)[number]

export const STATE_LABELS: Record<State, string> = {
  draft: 'پیش‌نویس',
  sent: 'ارسال‌شده',
  seen: 'دیده‌شده',
  'in-progress': 'در دست اقدام',
  done: 'انجام‌شده',
  returned: 'عودت‌شده',
  recalled: 'بازپس‌گرفته',
}

export type Actor = 'sender' | 'recipient' | 'other'

const ACTOR_LABELS: Record<Exclude<Actor, 'other'>, string> = {
  sender: 'فرستندهٔ ارجاع',
  recipient: 'گیرندهٔ ارجاع',
}

const FINAL_STATES: readonly State[] = ['done', 'returned', 'recalled']

export function isFinalState(state: State): boolean {
  return FINAL_STATES.includes(state)
}

/** Sent and not yet closed: on someone's desk. A draft is on nobody's desk yet. */
export function isOpenState(state: State): boolean {
  return state !== 'draft' && !isFinalState(state)
}

export const referralMessages = {
  notAllowed: (from: State, to: State) =>
    `تغییر وضعیت ارجاع از «${STATE_LABELS[from]}» به «${STATE_LABELS[to]}» مجاز نیست.`,
  closed: (from: State) => `این ارجاع «${STATE_LABELS[from]}» است و وضعیت آن دیگر تغییر نمی‌کند.`,
  onlyActor: (actor: Exclude<Actor, 'other'>, to: State) =>
    `فقط ${ACTOR_LABELS[actor]} می‌تواند وضعیت آن را به «${STATE_LABELS[to]}» تغییر دهد.`,
  alreadySeen: 'گیرنده ارجاع را دیده است و دیگر نمی‌توان آن را بازپس گرفت.',
  responseRequired: 'برای انجام ارجاع، متن پاسخ یا گزارش اقدام را بنویسید.',
  returnReasonRequired: 'برای عودت ارجاع، علت عودت را بنویسید.',
}

export type TransitionInput = {
  from: State
  to: State
  purpose: Purpose
  actor: Actor
  response?: string
  returnReason?: string
}
export type TransitionResult =
  | { ok: true; state: State; closed: boolean }
  | { ok: false; status: 400 | 403 | 409; message: string }

// One rule per target state: where it may come from and who may move it there.
const RULES: Partial<Record<State, { from: readonly State[]; actor: Exclude<Actor, 'other'> }>> = {
  // A draft (e.g. proposed by the routing rules) is sent, or discarded, by its sender.
  sent: { from: ['draft'], actor: 'sender' },
  seen: { from: ['sent'], actor: 'recipient' },
  // Opening implies seen, so a recipient may start work straight from `sent`.
  'in-progress': { from: ['sent', 'seen'], actor: 'recipient' },
  done: { from: ['seen', 'in-progress'], actor: 'recipient' },
  returned: { from: ['sent', 'seen', 'in-progress'], actor: 'recipient' },
  recalled: { from: ['draft', 'sent'], actor: 'sender' },
}

// A ZWNJ, a bidi mark or a kashida alone is not a response.
const isBlank = (s: string | undefined) => !s || normalizeForSearch(s) === ''

const fail = (status: 400 | 403 | 409, message: string): TransitionResult => ({
  ok: false,
  status,
  message,
})
const reach = (state: State): TransitionResult => ({ ok: true, state, closed: isFinalState(state) })

export function nextState(input: TransitionInput): TransitionResult {
  const { from, to, purpose, actor } = input
  // Opening a referral twice, or a retried request, must not fail.
  if (from === to) return reach(from)
  if (isFinalState(from)) return fail(409, referralMessages.closed(from))
  const rule = RULES[to]
  if (!rule || !rule.from.includes(from)) {
    return fail(
      409,
      to === 'recalled' ? referralMessages.alreadySeen : referralMessages.notAllowed(from, to),
    )
  }
  if (actor !== rule.actor) return fail(403, referralMessages.onlyActor(rule.actor, to))
  if (to === 'done' && purpose !== 'information' && isBlank(input.response)) {
    return fail(400, referralMessages.responseRequired)
  }
  if (to === 'returned' && isBlank(input.returnReason)) {
    return fail(400, referralMessages.returnReasonRequired)
  }
  // Information referrals need nothing but reading: seeing them is doing them.
  if (to === 'seen' && purpose === 'information') return reach('done')
  return reach(to)
}
