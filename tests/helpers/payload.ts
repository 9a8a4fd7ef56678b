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
