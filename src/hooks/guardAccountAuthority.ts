import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { accountChangeRefusal } from '../lib/accounts/authority'
import { accountMessages } from '../lib/accounts/messages'

/**
 * Enforces who may change what on an account (the rule is in src/lib/accounts/authority.ts)
 * on every path that saves a user: REST, GraphQL, the admin (its account page included) and
 * the Local API on behalf of a user. Runs before field access drops anything, so an attempt is
 * refused (403, in Persian, recorded as denied) rather than silently ignored.
 */
export const guardAccountAuthority: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create' && operation !== 'update') return data
  const refusal = accountChangeRefusal({
    actor: req.user as Parameters<typeof accountChangeRefusal>[0]['actor'],
    operation,
    before: (operation === 'update' ? originalDoc ?? {} : {}) as Record<string, unknown>,
    data: (data ?? {}) as Record<string, unknown>,
  })
  if (refusal) throw new APIError(accountMessages[refusal], 403, null, true)
  return data
}
