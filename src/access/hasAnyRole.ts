import type { Access } from 'payload'

import { hasRole, type Role } from '../lib/security/roles'

/** Access for active users holding any of `roles`. */
export const hasAnyRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    Boolean(req.user && req.user.active !== false && roles.some((role) => hasRole(req.user, role)))
