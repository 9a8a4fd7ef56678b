// Who may receive a referral (ارجاع). One rule for the drawer that offers recipients and for
// the server that refuses the rest: a referral goes to someone who works papers, never to
// the admin or the auditor (they keep the system and watch it, they do not act on papers),
// and never back to its sender.
import { hasRole, type Role } from '../security/roles'

/** The roles that work papers. A user holding one of them is on the desk, whatever else they hold. */
export const DESK_ROLES: readonly Role[] = ['director', 'deputy', 'secretariat', 'group-head', 'expert']

type Someone = { id: number | string; roles?: unknown; active?: unknown }

/** Whether this user works papers (holds a desk role). The admin and the auditor alone do not. */
export function worksPapers(user: { roles?: unknown }): boolean {
  return DESK_ROLES.some((role) => hasRole(user, role))
}

/** The people a user may refer a paper to: active, working papers, not the user. In the order given. */
export function referralCandidates<T extends Someone>(users: readonly T[], actorId: number | string | null | undefined): T[] {
  return users.filter((u) => u.active !== false && worksPapers(u) && String(u.id) !== String(actorId))
}

export type RecipientRefusal = { kind: 'self' } | { kind: 'offDesk'; users: Someone[] } | null

/**
 * Why a referral from `actorId` may not reach these users, if it may not: one of them is the
 * sender (`self`, checked only when `sending`: the triage draft the system proposes to the
 * office chief at registration is their own, to forward), or some do not work papers.
 */
export function recipientRefusal(users: readonly Someone[], actorId: number | string | null | undefined, opts: { sending: boolean }): RecipientRefusal {
  const offDesk = users.filter((u) => !worksPapers(u))
  if (offDesk.length) return { kind: 'offDesk', users: offDesk }
  if (opts.sending && users.some((u) => String(u.id) === String(actorId))) return { kind: 'self' }
  return null
}
