import type pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

let instance: Promise<Payload> | undefined

/**
 * Payload on this run's test database, with the committed migrations applied
 * (never schema push), exactly as the app starts.
 */
export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    process.env.DATABASE_URI = inject('databaseUri')
    // Mail goes to this run's own SMTP server (tests/helpers/smtpSetup.ts).
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(inject('smtpPort'))
    process.env.SMTP_SECURE = 'false'
    process.env.SMTP_FROM = 'dabir@test.dabir.ir'
    process.env.PAYLOAD_SECRET ||= 'dabir-test-secret'
    process.env.DABIR_AUDIT_KEY ||= 'dabir-test-audit-key'
    process.env.DABIR_DB_APP_PASSWORD ||= 'dabir-test-app-password'
    delete process.env.DABIR_DB_PUSH
    const { default: config } = await import('../../payload.config')
    const { runMigrations } = await import('../../src/server/migrate')
    const { appDatabaseUri } = await import('../../src/server/databaseRoles')
    const payload = await getPayload({ config })
    await runMigrations(payload)
    // As the app runs (scripts/start.ts): migrations as the owner, then the restricted role.
    await connectAs(payload, appDatabaseUri(inject('databaseUri')))
    return payload
  })()
  return instance
}

/** Reconnects Payload's pool to another URI (the config reads DATABASE_URI when the pool is made). */
async function connectAs(payload: Payload, uri: string): Promise<void> {
  const db = payload.db as unknown as { pool?: pg.Pool; connect: () => Promise<void> }
  const previous = db.pool
  process.env.DATABASE_URI = uri
  db.pool = undefined
  await db.connect()
  // Not awaited: Payload's connect keeps one client checked out for good, so end() would wait forever.
  void previous?.end()
}
