import './loadEnv'

import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { resolveDatabase, type DatabaseHandle } from './database'
import { runMigrations } from './migrate'
import { projectRoot } from './paths'

export { projectRoot }

export type Booted = { payload: Payload; database: DatabaseHandle; close: () => Promise<void> }

/**
 * For command-line tools (start, seed): a reachable database (external or embedded),
 * Payload initialised and every committed migration applied.
 * The config reads DATABASE_URI when it connects, so setting it here is in time.
 */
export async function bootPayload(opts: { database?: string; migrate?: boolean } = {}): Promise<Booted> {
  const database = await resolveDatabase({ root: projectRoot, database: opts.database ?? 'dabir' })
  process.env.DATABASE_URI = database.uri
  // Migrations, reindexing and seeding may run long statements: the statement timeout is for
  // the server answering requests. The pool reads it once, when created here; the server that
  // `npm start` spawns afterwards gets the environment as it was.
  const timeout = process.env.DABIR_STATEMENT_TIMEOUT_MS
  process.env.DABIR_STATEMENT_TIMEOUT_MS = '0'
  const payload = await getPayload({ config }).finally(() => {
    if (timeout === undefined) delete process.env.DABIR_STATEMENT_TIMEOUT_MS
    else process.env.DABIR_STATEMENT_TIMEOUT_MS = timeout
  })
  // In `npm run dev` schema push owns the (separate) dev database; migrating it would stop at
  // drizzle's interactive "dev mode" prompt.
  if (opts.migrate !== false) await runMigrations(payload)
  return {
    payload,
    database,
    close: async () => {
      await payload.destroy().catch(() => {})
      await database.stop()
    },
  }
}
