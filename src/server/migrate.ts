import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { ensureSearchIndex } from './search/reindex'

/** Applies every committed migration not yet applied (a no-op when up to date), then fills a missing search index. */
export async function runMigrations(payload: Payload): Promise<void> {
  // Payload types migrate()'s functions as taking `unknown`; the generated ones take typed args.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await ensureSearchIndex(payload)
}
