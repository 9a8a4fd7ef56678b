import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../lib/security/roles'

/** The system admin manages users, posts, units and settings. */
export const isAdmin: Access = ({ req }) => Boolean(req.user && req.user.active !== false && hasRole(req.user, 'admin'))

/** Field-level twin of isAdmin (field access returns booleans only). */
export const isAdminField: FieldAccess = ({ req }) =>
  Boolean(req.user && req.user.active !== false && hasRole(req.user, 'admin'))
