import type { LetterStatus } from './options'

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
