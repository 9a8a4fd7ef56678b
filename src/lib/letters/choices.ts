import type { LetterStatus } from './options'
import { AFTER_REGISTRATION, mayChangeAfterRegistration } from './rules'

/**
 * What the admin offers a user in a letter's status select: the moves the registry's state
 * machine (src/collections/Letters/hooks/guardStatus.ts) would accept from the stored state,
 * for what the user may do. The server refuses every other move with its own message; this
 * only keeps the form from offering them. Pure.
 */

/** The stored state of a letter as the form knows it: server-set fields tell it. */
export function storedStatusOf(data: { registryNumber?: unknown; cancelledAt?: unknown; status?: unknown } | null | undefined): LetterStatus {
  if (data?.cancelledAt) return 'cancelled'
  if (data?.registryNumber) return 'registered'
  return 'draft'
}

export interface StatusPowers {
  /** May register a letter of this kind (src/access/policies.ts mayRegister). */
  register: boolean
  /** May cancel a registered letter (mayCancel). */
  cancel: boolean
}

/** Statuses to offer, the stored one first. */
export function statusChoices(stored: LetterStatus, may: StatusPowers): LetterStatus[] {
  if (stored === 'draft') return may.register ? ['draft', 'registered'] : ['draft']
  if (stored === 'registered') return may.cancel ? ['registered', 'cancelled'] : ['registered']
  return ['cancelled']
}

/**
 * May `user` change anything of a stored letter in its stored state? A draft: as Payload's
 * document access says (true here). Registered or cancelled: only what the after-registration
 * whitelist (src/lib/letters/rules.ts) opens to their roles. The admin shows a read-only view
 * (no Save) to whoever may change nothing; the server's hooks refuse regardless.
 */
export function mayChangeStoredLetter(user: { roles?: unknown } | null | undefined, data: Record<string, unknown> | null | undefined): boolean {
  const status = storedStatusOf(data)
  if (status === 'draft') return true
  return Object.keys(AFTER_REGISTRATION).some((field) => mayChangeAfterRegistration(field, user, status))
}
