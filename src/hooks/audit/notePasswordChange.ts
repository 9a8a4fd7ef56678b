import type { CollectionBeforeChangeHook } from 'payload'

import { accountMessages } from '../../lib/accounts/messages'
import { auditContext } from './context'

/**
 * A password set on an existing account (its holder's own change, or the admin's reset) is
 * recorded by the save's audit entry as `{ password: 'تغییر کرد' }` — that it happened, by whom,
 * never the password, its hash or its salt (src/lib/audit/diff.ts ignores those).
 */
export const notePasswordChange: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || typeof data?.password !== 'string' || data.password === '' || !originalDoc?.id) return data
  const noted = (auditContext(req).noted ??= {})
  noted[`${collection.slug}:${originalDoc.id}`] = { ...noted[`${collection.slug}:${originalDoc.id}`], password: accountMessages.passwordChanged }
  return data
}
