import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../lib/security/roles'

type Someone = { active?: unknown; roles?: unknown } | null | undefined

const active = (user: Someone) => Boolean(user && user.active !== false)

/**
 * Saving accounts: the admin every account, the director general every account (for clearance,
 * roles and standing only, see src/lib/accounts/authority.ts), anyone else their own.
 */
export const mayUpdateAccount: Access = ({ req }) => {
  const user = req.user
  if (!user || !active(user)) return false
  if (hasRole(user, 'admin') || hasRole(user, 'director')) return true
  return { id: { equals: user.id } }
}

/** Roles, clearance and standing are set by the admin or the director general (within the authority rule). */
export const isAdminOrDirectorField: FieldAccess = ({ req }) =>
  active(req.user) && (hasRole(req.user, 'admin') || hasRole(req.user, 'director'))
