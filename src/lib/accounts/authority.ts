/**
 * Who may change what on an account. Pure: the facts of the actor, the account as stored and
 * the incoming data in, the reason for a refusal (a key of `accountMessages`) or null out.
 *
 * The rule (README «Accounts»):
 * 1. Nobody changes their own roles, clearance, post or active state — on any path.
 * 2. A clearance above `confidential` is given, changed or taken away only by the director
 *    general, at creation too: the admin manages accounts up to `confidential`.
 * 3. The roles that widen what a person reads — `director` (the whole audit trail, every
 *    referral and notification), `secretariat` (every referral and notification) and
 *    `auditor` (the trail) — are given and taken away only by the director general.
 * 4. A privileged account (clearance above `confidential`, or one of those roles) keeps its
 *    credentials: its password and email are changed only by its holder (or through the reset
 *    mail to its own address), never by the admin, so the admin cannot log in as it; it is
 *    (de)activated only by the director general.
 * 5. On someone else's account the director general changes only clearance, roles and active
 *    state; the rest (names, posts, passwords of ordinary accounts) is the admin's.
 * Without an actor (seeding, command-line tools) nothing is refused: those run as the system.
 */
import { sameValue } from '../compare'
import { clearanceRank } from '../security/clearance'
import { hasRole, type Role } from '../security/roles'
import type { accountMessages } from './messages'

export type AccountRefusal = Exclude<keyof typeof accountMessages, 'loginFailed' | 'loginThrottled' | 'passwordChanged' | 'passwordResetByMail'>

/** Highest clearance the admin may give. */
export const ADMIN_CLEARANCE_CEILING = 'confidential'

/** Roles only the director general gives and takes away. */
export const DIRECTOR_GRANTED_ROLES: readonly Role[] = ['director', 'secretariat', 'auditor']

/** Fields nobody changes on their own account. */
export const AUTHORITY_FIELDS = ['roles', 'clearance', 'post', 'active'] as const

/** Fields the director general may change on someone else's account. */
const DIRECTOR_FIELDS = new Set(['roles', 'clearance', 'active'])

/** Bookkeeping Payload and the admin form send along that never counts as a change. */
const NOT_CHANGES = new Set(['id', 'createdAt', 'updatedAt', 'sessions', 'loginAttempts', 'lockUntil', 'resetPasswordToken', 'resetPasswordExpiration', 'collection', '_strategy', 'hash', 'salt', 'confirm-password'])

export interface AccountFacts {
  id?: number | string | null
  roles?: unknown
  clearance?: unknown
  active?: unknown
  email?: unknown
  post?: unknown
}

const aboveCeiling = (clearance: unknown) => clearanceRank(clearance) > clearanceRank(ADMIN_CLEARANCE_CEILING)

const rolesOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/** An account the admin may not take over: clearance above `confidential`, or a director-granted role. */
export function isPrivilegedAccount(account: AccountFacts | null | undefined): boolean {
  if (!account) return false
  return aboveCeiling(account.clearance) || DIRECTOR_GRANTED_ROLES.some((role) => hasRole(account, role))
}

/** The fields of `data` that would change `before` (on create, every field given). */
export function changedAccountFields(before: Record<string, unknown>, data: Record<string, unknown>, operation: 'create' | 'update'): string[] {
  const changed: string[] = []
  for (const key of Object.keys(data)) {
    if (NOT_CHANGES.has(key) || data[key] === undefined) continue
    if (key === 'password') {
      if (typeof data.password === 'string' && data.password !== '') changed.push(key)
      continue
    }
    if (key === 'email') {
      const now = String(data.email ?? '').trim().toLowerCase()
      if (operation === 'create' || now !== String(before.email ?? '').trim().toLowerCase()) changed.push(key)
      continue
    }
    if (key === 'roles') {
      const a = [...rolesOf(before.roles)].sort()
      const b = [...rolesOf(data.roles)].sort()
      if (operation === 'create' || JSON.stringify(a) !== JSON.stringify(b)) changed.push(key)
      continue
    }
    if (operation === 'create' || !sameValue(before[key], data[key])) changed.push(key)
  }
  return changed
}

/**
 * Why `actor` may not make this change, or null when they may. `before` is the stored account
 * (empty on create), `data` what was sent (only the fields present are considered).
 */
export function accountChangeRefusal(args: {
  actor: AccountFacts | null | undefined
  operation: 'create' | 'update'
  before: AccountFacts & Record<string, unknown>
  data: Record<string, unknown>
}): AccountRefusal | null {
  const { actor, operation, before, data } = args
  if (!actor) return null
  const changed = new Set(changedAccountFields(before, data, operation))
  if (!changed.size) return null
  const self = operation === 'update' && before.id !== undefined && before.id !== null && String(before.id) === String(actor.id)
  const director = hasRole(actor, 'director')

  if (self && AUTHORITY_FIELDS.some((field) => changed.has(field))) return 'selfAuthority'

  if (changed.has('clearance')) {
    const next = data.clearance ?? 'normal'
    if ((aboveCeiling(next) || aboveCeiling(before.clearance)) && !director) return 'clearanceDirectorOnly'
  }
  if (changed.has('roles')) {
    const was = new Set(rolesOf(before.roles))
    const now = new Set(rolesOf(data.roles))
    const moved = DIRECTOR_GRANTED_ROLES.filter((role) => was.has(role) !== now.has(role))
    if (moved.length && !director) return 'roleDirectorOnly'
  }
  if (operation === 'update' && !self && isPrivilegedAccount(before)) {
    if (changed.has('password') || changed.has('email')) return 'privilegedCredentials'
    if (changed.has('active') && !director) return 'privilegedStanding'
  }
  if (operation === 'update' && !self && director && !hasRole(actor, 'admin')) {
    if ([...changed].some((field) => !DIRECTOR_FIELDS.has(field))) return 'directorOthersFields'
  }
  return null
}
