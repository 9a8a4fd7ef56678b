import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { seedDemo } from '../src/seed/seedDemo'
import { closeAuditPool } from '../src/server/audit'
import { startEmbedded, type DatabaseHandle } from '../src/server/database'
import { runMigrations } from '../src/server/migrate'
import { projectRoot } from '../src/server/paths'

export const BENCH_PASSWORD = 'bench-password-1405'

export interface BenchDatabase {
  payload: Payload
  /** A plain pool on the same database, for the raw-SQL baselines. */
  raw: pg.Pool
  label: string
  /** True when BENCH_REUSE named a database an earlier run filled: the bench skips its load. */
  reused: boolean
  close: () => Promise<void>
}

/**
 * A fresh database on DATABASE_URI's server (or an embedded one), never the app's own data:
 * migrated, with the reference data and the demo accounts. `close` drops it.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  // Queued work (routing proposals, mail) must not run in the middle of a measurement.
  process.env.DABIR_JOBS_AUTORUN = '0'
  let server: DatabaseHandle
  if (process.env.DATABASE_URI) {
    server = { uri: process.env.DATABASE_URI, embedded: false, stop: async () => {} }
  } else {
    server = await startEmbedded({ dataDir: `${projectRoot}/.data/bench-postgres`, database: 'postgres' })
  }
  // BENCH_REUSE=<database> measures again on a database an earlier run kept (BENCH_KEEP=1).
  const reused = process.env.BENCH_REUSE
  const name = reused || `dabir_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: server.uri })
  await admin.connect()
  if (!reused) await admin.query(`CREATE DATABASE "${name}"`)
  const url = new URL(server.uri)
  url.pathname = `/${name}`
  process.env.DATABASE_URI = url.toString()
  // Seeding a million rows runs statements longer than the server's timeout (payload.config.ts).
  process.env.DABIR_STATEMENT_TIMEOUT_MS ??= '0'

  const payload: Payload = await getPayload({ config })
  await runMigrations(payload)
  await seedDemo(payload, projectRoot, BENCH_PASSWORD)
  const raw = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 10 })
  return {
    payload,
    raw,
    reused: Boolean(reused),
    label: `Node ${process.version}, ${server.embedded ? 'embedded PostgreSQL' : 'system PostgreSQL'}`,
    close: async () => {
      // Idle connections that DROP … WITH (FORCE) terminates are expected here, on every pool.
      for (const pool of [raw, (payload.db as unknown as { pool?: pg.Pool }).pool]) pool?.on('error', () => {})
      await raw.end()
      await closeAuditPool()
      await payload.destroy()
      // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE afterwards.
      if (process.env.BENCH_KEEP === '1' || reused) console.log(`kept database ${name}`)
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
      await server.stop()
    },
  }
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** Runs a benchmark's main and exits: 0 when it finished, 1 (with the error) when it did not. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
