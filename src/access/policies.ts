import { hasRole } from '../lib/security/roles'

/**
 * Who may do what in the registry, by the posts of the org chart. Small predicates, composed
 * by the collections' access and hooks; what is readable at all is the read rule's business
 * (src/access/readRule.ts).
 */
type Someone = { roles?: unknown } | null | undefined

/** The director general and the deputies sign (and so register) outgoing and internal papers. */
export const isSigner = (user: Someone) => hasRole(user, 'director') || hasRole(user, 'deputy')

/** The secretariat (office chief) registers incoming papers; signers register what they sign. */
export const mayRegister = (user: Someone, kind: unknown) => hasRole(user, 'secretariat') || (kind !== 'incoming' && isSigner(user))

/** Only the secretariat corrects (with a written reason) or cancels a registered paper. */
export const mayCorrect = (user: Someone) => hasRole(user, 'secretariat')
export const mayCancel = (user: Someone) => hasRole(user, 'secretariat')

/** Saving someone else's paper is for those who register, correct, cancel or sign; others save their own drafts. */
export const maySaveOthersPapers = (user: Someone) => hasRole(user, 'secretariat') || isSigner(user)

/** The audit trail is read by the auditor and the director general. */
export const mayReadAudit = (user: Someone) => hasRole(user, 'auditor') || hasRole(user, 'director')

/** The registry book (every number, with headers as the read rule allows) is printed by the secretariat, signers and the auditor. */
export const mayPrintRegistryBook = (user: Someone) => hasRole(user, 'secretariat') || isSigner(user) || hasRole(user, 'auditor')

/** The daily digest is for the director general, the deputies and the office chief who prepares it. */
export const mayReadDigest = (user: Someone) => isSigner(user) || hasRole(user, 'secretariat')

/** The office chief keeps the holidays (moves a lunar holiday, adds a local closure). */
export const mayKeepHolidays = (user: Someone) => hasRole(user, 'secretariat')

/** The office chief keeps the commissions and the rooms; the director general, the deputies and the office chief arrange any meeting. */
export const mayKeepCommissions = (user: Someone) => hasRole(user, 'secretariat')
export const mayArrangeAnyMeeting = (user: Someone) => hasRole(user, 'secretariat') || isSigner(user)

/** Deputies, heads and experts plan their commissions' meetings (seed 000); the office chief the director's. */
export const mayPlanMeetings = (user: Someone) => mayArrangeAnyMeeting(user) || hasRole(user, 'group-head') || hasRole(user, 'expert')
