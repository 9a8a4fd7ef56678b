import type { CollectionAfterLoginHook, CollectionAfterLogoutHook } from 'payload'

import { appendAudit, audit, factsFor } from '../../server/audit'

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await appendAudit(req.payload, [factsFor(req, { action: 'login', collection: 'users', id: user.id }, user)])
  return user
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  await audit(req, { action: 'logout', collection: 'users', id: req.user?.id ?? null })
}
