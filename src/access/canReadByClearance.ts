import type { Access, Where } from 'payload'

import { levelsClearedBy } from '../lib/security/clearance'

/**
 * The clearance rule, written once: a record is readable when its classification is at or
 * below the user's clearance, or the user created/registered it. (Recipients and referrals
 * join this rule in the access issue.)
 */
export const readableByClearance = (user: { id: number | string; clearance?: unknown } | null | undefined): Where | false => {
  if (!user) return false
  return {
    or: [
      { classification: { in: levelsClearedBy(user.clearance) } },
      { createdBy: { equals: user.id } },
      { registeredBy: { equals: user.id } },
    ],
  }
}

export const canReadByClearance: Access = ({ req }) => {
  if (!req.user || req.user.active === false) return false
  return readableByClearance(req.user)
}
