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
    delete process.env.DABIR_DB_PUSH
    const { default: config } = await import('../../payload.config')
    const { runMigrations } = await import('../../src/server/migrate')
    const payload = await getPayload({ config })
    await runMigrations(payload)
    return payload
  })()
  return instance
}
