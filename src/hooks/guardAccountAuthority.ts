import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { accountChangeRefusal, changedAccountFields } from '../lib/accounts/authority'
import { accountMessages } from '../lib/accounts/messages'
import type { AuditAction } from '../lib/audit/vocabulary'
import { audit } from '../server/audit'
import { auditContext } from './audit/context'

/**
 * Enforces who may change what on an account (the rule is in src/lib/accounts/authority.ts)
 * on every path that saves a user: REST, GraphQL, the admin (its account page included) and
 * the Local API on behalf of a user. Runs before field access drops anything, so an attempt by
 * someone who may set these fields at all is refused (403, in Persian) rather than silently
 * ignored. The refusal is recorded here, as denied, whatever the door (the trail's afterError
 * hook sees only REST and GraphQL): a role or clearance attempt under its own action.
 */
export const guardAccountAuthority: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create' && operation !== 'update') return data
  const before = (operation === 'update' ? originalDoc ?? {} : {}) as Record<string, unknown>
  const incoming = (data ?? {}) as Record<string, unknown>
  const refusal = accountChangeRefusal({ actor: req.user as Parameters<typeof accountChangeRefusal>[0]['actor'], operation, before, data: incoming })
  if (!refusal) return data
  const changed = changedAccountFields(before, incoming, operation)
  const action: AuditAction = changed.includes('clearance') ? 'clearance-change' : changed.includes('roles') ? 'role-change' : operation
  await audit(req, {
    action,
    outcome: 'denied',
    collection: 'users',
    id: (before.id as number | undefined) ?? null,
    message: `403: ${accountMessages[refusal]} [${changed.join(', ')}]`,
  })
  auditContext(req).refusalRecorded = true
  throw new APIError(accountMessages[refusal], 403, null, true)
}
