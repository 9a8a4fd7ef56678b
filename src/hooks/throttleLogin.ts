import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { accountMessages } from '../lib/accounts/messages'
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, WINDOW_SECONDS, accountKey, addressKey, clientAddress, trustedProxiesFromEnv } from '../lib/accounts/throttle'
import { countAttempt, forgiveAttempt } from '../server/loginThrottle'

interface LoginAttempt {
  account: string | null
  address: string | null
}

/** Marks a request as a login attempt (for oneLoginFailure) and keeps its throttle keys. */
export const loginAttemptOf = (req: PayloadRequest): LoginAttempt | undefined =>
  (req.context as { dabirLoginAttempt?: LoginAttempt }).dabirLoginAttempt

/**
 * Before Payload looks the account up (REST /api/users/login, GraphQL loginUser, the admin's
 * login form): counts the attempt against the address typed and the client's address
 * (src/lib/accounts/throttle.ts), and refuses over the limit with 429, a Persian message and
 * `Retry-After` (in seconds; GraphQL gets it as `extensions.data.retryAfter`). Payload's own
 * lockout (maxLoginAttempts, lockTime) still applies under it.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  const attempt: LoginAttempt = {
    account: accountKey(data.email),
    address: addressKey(clientAddress(req.headers?.get?.('x-forwarded-for'), trustedProxiesFromEnv())),
  }
  ;(req.context as { dabirLoginAttempt?: LoginAttempt }).dabirLoginAttempt = attempt
  let retryAfter = 0
  for (const [key, limit] of [
    [attempt.account, ACCOUNT_ATTEMPTS],
    [attempt.address, ADDRESS_ATTEMPTS],
  ] as const) {
    if (!key) continue
    const counted = await countAttempt(req.payload, key, WINDOW_SECONDS)
    if (counted.attempts > limit) retryAfter = Math.max(retryAfter, counted.retryAfter)
  }
  if (retryAfter > 0) {
    req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) })
    throw new APIError(accountMessages.loginThrottled(retryAfter), 429, { retryAfter }, true)
  }
  return args
}

/** A successful login starts its account afresh and gives the address its attempt back. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = loginAttemptOf(req)
  if (attempt) await forgiveAttempt(req.payload, attempt)
  return user
}
