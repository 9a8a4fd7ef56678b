import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { ensureAppRole, payloadPool } from './databaseRoles'
import { ensureSearchIndex } from './search/reindex'

/**
 * Applies every committed migration not yet applied (a no-op when up to date), fills a missing
 * search index, and (re)grants the app's restricted database role (src/server/databaseRoles.ts).
 * Runs as the owner of the database.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  // Payload types migrate()'s functions as taking `unknown`; the generated ones take typed args.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await ensureSearchIndex(payload)
  await ensureAppRole(payloadPool(payload))
}
