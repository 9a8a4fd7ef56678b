import { sql } from '@payloadcms/db-postgres'
import { integer, pgTable, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { postgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']>[number]
type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Login attempts per account and per client address, in fixed windows, in the database: every
 * app process counts in the same rows, and one atomic upsert per key both counts and answers,
 * so attempts racing each other are all counted (PostgreSQL serialises them on the row).
 */
export const loginThrottle = pgTable('login_throttle', {
  key: varchar('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true, precision: 3 }).notNull(),
  attempts: integer('attempts').notNull(),
})

export const addLoginThrottleTable: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, login_throttle: loginThrottle },
})

// The adapter's pool, never the request's transaction: a refused or failed login rolls its
// transaction back, and its attempt must still count.
const db = (payload: Payload) => (payload.db as unknown as { drizzle: Executor }).drizzle

/**
 * Counts one attempt against `key` and returns the attempts in the current window and the
 * seconds until it ends. A window that has ended starts again at this attempt.
 */
export async function countAttempt(payload: Payload, key: string, windowSeconds: number): Promise<{ attempts: number; retryAfter: number }> {
  const result = await db(payload).execute(sql`
    INSERT INTO login_throttle (key, window_start, attempts) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE login_throttle.attempts + 1 END,
      window_start = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE login_throttle.window_start END
    RETURNING attempts, GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${windowSeconds}) - now()))))::int AS retry_after`)
  const row = result.rows[0] ?? {}
  return { attempts: Number(row.attempts), retryAfter: Number(row.retry_after) }
}

/** After a successful login: the account starts afresh, and the address gets its attempt back. */
export async function forgiveAttempt(payload: Payload, keys: { account: string | null; address: string | null }): Promise<void> {
  if (keys.account) await db(payload).execute(sql`DELETE FROM login_throttle WHERE key = ${keys.account}`)
  if (keys.address) await db(payload).execute(sql`UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = ${keys.address}`)
}
