/**
 * Login rate limits: how many attempts an account and a client address get per window, and
 * which address a request comes from. Pure; the counting is in src/server/loginThrottle.ts.
 */

/** Attempts per account (the address typed, known or not) per window. */
export const ACCOUNT_ATTEMPTS = 10
/** Failed attempts per client address per window (a successful login gives its attempt back). */
export const ADDRESS_ATTEMPTS = 30
/** The window, in seconds (fixed windows, starting at an account's or address's first attempt). */
export const WINDOW_SECONDS = 15 * 60

/** The account key of an attempt: the address as Payload looks it up (trimmed, lower-cased), bounded. */
export function accountKey(email: unknown): string | null {
  if (typeof email !== 'string') return null
  const normal = email.trim().toLowerCase()
  return normal ? `account:${normal.slice(0, 320)}` : null
}

/**
 * The client's address, or null when it cannot be trusted. Behind `trustedProxies` reverse
 * proxies that each append the address they saw to `X-Forwarded-For` (nginx's
 * `$proxy_add_x_forwarded_for`), the client is the entry that many places from the right;
 * entries further left were written by the client and prove nothing. Without a proxy
 * (`trustedProxies` 0, the default) the header is the client's own word — Next fills it
 * from the socket only when the client did not send one — so it is not used at all.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  if (!(trustedProxies > 0) || !forwardedFor) return null
  const hops = forwardedFor
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (!hops.length) return null
  const entry = hops[Math.max(0, hops.length - Math.floor(trustedProxies))]!
  return entry.slice(0, 64).toLowerCase()
}

export const addressKey = (address: string | null): string | null => (address ? `address:${address}` : null)

/** `DABIR_TRUSTED_PROXIES`: how many reverse proxies in front of the app append to X-Forwarded-For (default 0). */
export function trustedProxiesFromEnv(value: string | undefined = process.env.DABIR_TRUSTED_PROXIES): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : 0
}
