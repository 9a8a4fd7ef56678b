import type { CollectionAfterOperationHook } from 'payload'

import { accountMessages } from '../../lib/accounts/messages'
import { appendAudit, factsFor } from '../../server/audit'

/**
 * The reset-password flow (a token from the reset mail and a new password) writes the account
 * directly, past the collection's change hooks: its entry is written here once it committed,
 * with the account's holder as the actor and `{ password: 'تغییر کرد' }` as the change.
 */
export const auditPasswordReset: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id: number; email?: string | null } } | undefined)?.user
  if (!user) return result
  await appendAudit(req.payload, [
    factsFor(
      req,
      {
        action: 'update',
        collection: collection.slug,
        id: user.id,
        message: accountMessages.passwordResetByMail,
        changes: { before: {}, after: { password: accountMessages.passwordChanged } },
      },
      user,
    ),
  ])
  return result
}
