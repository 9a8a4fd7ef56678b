import path from 'path'
import { fileURLToPath } from 'url'

import type { Payload } from 'payload'

import { resolveDatabase, type DatabaseHandle } from './database'
import { ensureEnv } from './env'
import { runMigrations } from './migrate'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Booted = { payload: Payload; database: DatabaseHandle; close: () => Promise<void> }

/**
 * For command-line tools (start, seed): `.env`, a reachable database (external or
 * embedded), Payload initialised and every committed migration applied.
 */
export async function bootPayload(opts: { database?: string } = {}): Promise<Booted> {
  ensureEnv(projectRoot)
  const database = await resolveDatabase({ root: projectRoot, database: opts.database ?? 'dabir' })
  process.env.DATABASE_URI = database.uri
  // Imported only now: the config reads DATABASE_URI when it is evaluated.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  await runMigrations(payload)
  return {
    payload,
    database,
    close: async () => {
      await payload.destroy().catch(() => {})
      await database.stop()
    },
  }
}
