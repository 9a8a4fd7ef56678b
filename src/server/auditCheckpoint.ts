import fs from 'fs'
import path from 'path'

import type pg from 'pg'
import type { Payload } from 'payload'

import { checkpointLine, GENESIS, parseCheckpoint, type Checkpoint } from '../lib/audit/chain'
import { AUDIT_TABLE } from './audit'
import { auditKey } from './env'
import { projectRoot } from './paths'

/**
 * Signed checkpoints of the audit trail's head (format in src/lib/audit/chain.ts), appended to
 * `<DABIR_AUDIT_CHECKPOINT_DIR>/<database>.log` (default `.data/audit-checkpoints/`). The app
 * only ever appends (O_APPEND); the README tells how to make the file append-only for the app's
 * user (`chattr +a`) or to keep the directory on another machine. The director's morning mail
 * carries the same line, out of the server's reach altogether.
 */
export function checkpointDir(): string {
  return process.env.DABIR_AUDIT_CHECKPOINT_DIR || path.join(projectRoot, '.data', 'audit-checkpoints')
}

/** The database's name in a connection URI (`dabir` in postgres://…/dabir). */
export function databaseName(uri: string): string {
  return decodeURIComponent(new URL(uri).pathname.replace(/^\//, '')) || 'postgres'
}

/** The checkpoint file of one database: one per database, so test runs and installs never mix. */
export function checkpointFile(uri: string): string {
  return path.join(checkpointDir(), `${databaseName(uri).replace(/[^A-Za-z0-9_.-]/g, '_')}.log`)
}

/** The head of the trail now: its last entry, or id 0 with the genesis hash when empty. */
async function head(db: Pick<pg.Pool, 'query'>): Promise<{ id: number; hash: string }> {
  const { rows } = await db.query<{ id: number; hash: string }>(`SELECT id, hash FROM ${AUDIT_TABLE} ORDER BY id DESC LIMIT 1`)
  return rows[0] ? { id: Number(rows[0].id), hash: rows[0].hash } : { id: 0, hash: GENESIS }
}

/**
 * Signs the trail's head now and appends the line to the database's checkpoint file.
 * Returns the line (for the morning mail). Throws when DABIR_AUDIT_KEY is unset.
 */
export async function writeCheckpoint(db: Pick<pg.Pool, 'query'>, uri: string, now = new Date()): Promise<string> {
  const at = now.toISOString()
  const line = checkpointLine(auditKey(), { ...(await head(db)), at })
  const file = checkpointFile(uri)
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.appendFileSync(file, `${line}\n`, { flag: 'a', mode: 0o600 })
  return line
}

/** The same, through a running Payload's own connection. */
export function checkpointNow(payload: Payload, now?: Date): Promise<string> {
  const pool = (payload.db as unknown as { pool: pg.Pool & { options: pg.PoolConfig } }).pool
  return writeCheckpoint(pool, String(pool.options.connectionString), now)
}

export type ReadCheckpoint = { source: string; checkpoint: Checkpoint | 'forged' | 'malformed' }

/** Every line of a checkpoint file (none when the file does not exist), judged under `key`. */
export function readCheckpointFile(file: string, key: string): ReadCheckpoint[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => ({ source: `${path.basename(file)}:${n + 1}`, checkpoint: parseCheckpoint(key, line) }))
}
