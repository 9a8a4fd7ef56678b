import type { Access } from 'payload'

import { hasRole } from '../lib/security/roles'

/** The admin sees every account; anyone else only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = req.user
  if (!user || user.active === false) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
