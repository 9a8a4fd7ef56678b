import type { Access, Where } from 'payload'

import { levelsClearedBy } from '../lib/security/clearance'

/**
 * The clearance rule, written once: a record is readable when its classification is at or
 * below the user's clearance, or the user is one of its authors (`authorFields`: who created
 * or registered it). Recipients and referrals join this rule in the access issue.
 */
export const readableByClearance = (
  user: { id: number | string; clearance?: unknown } | null | undefined,
  authorFields: readonly string[],
): Where | false => {
  if (!user) return false
  return {
    or: [
      { classification: { in: levelsClearedBy(user.clearance) } },
      ...authorFields.map((field) => ({ [field]: { equals: user.id } })),
    ],
  }
}

export const canReadByClearance =
  (...authorFields: string[]): Access =>
  ({ req }) => {
    if (!req.user || req.user.active === false) return false
    return readableByClearance(req.user, authorFields)
  }
