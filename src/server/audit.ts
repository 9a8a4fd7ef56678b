import pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'

import { entryHash, entryMac, GENESIS, type AuditFacts } from '../lib/audit/chain'
import type { AuditAction, AuditInterface, AuditOutcome } from '../lib/audit/vocabulary'
import { auditKey } from './env'

/**
 * Writes the audit trail. Entries go through a pool of their own, outside the request's
 * transaction: a denied or failed write is recorded even though its transaction rolls back,
 * and a request holding a pooled connection never waits on another for its audit entry.
 * One writer per process drains a queue in batches; an advisory lock orders the chain across
 * processes. Callers await their entries: if the trail cannot be written, the request fails.
 * Each entry is signed (`mac`, HMAC of its hash under DABIR_AUDIT_KEY, see src/lib/audit/chain.ts).
 */
export const AUDIT_TABLE = 'audit_log'
const CHAIN_LOCK = 0x0da_b1_a0d17 // any constant shared by every Dabir process

export interface AuditInput {
  action: AuditAction
  outcome?: AuditOutcome
  collection?: string | null
  id?: number | string | null
  classification?: string | null
  message?: string | null
  changes?: unknown
}

interface Pending {
  facts: AuditFacts
  resolve: () => void
  reject: (error: unknown) => void
}

const queue: Pending[] = []
let draining: Promise<void> | null = null
let pool: pg.Pool | undefined
let poolOf: pg.Pool | undefined

function auditPool(payload: Payload): pg.Pool {
  // Keyed by Payload's own pool: the trail connects as the same role (src/server/databaseRoles.ts).
  const appPool = (payload.db as unknown as { pool: pg.Pool & { options: pg.PoolConfig } }).pool
  if (!pool || poolOf !== appPool) {
    void pool?.end().catch(() => undefined)
    pool = new pg.Pool({ ...appPool.options, max: 2 })
    // An idle connection the server drops (a restart, a dropped test database) is not a crash;
    // the next batch opens a new one, and a failed batch fails its requests.
    pool.on('error', (error) => payload.logger.warn({ err: error, msg: 'audit trail: idle connection lost' }))
    poolOf = appPool
  }
  return pool
}

/** Which door a request came through. */
export function interfaceOf(req: Partial<PayloadRequest> | undefined): AuditInterface {
  if (!req) return 'local'
  const referer = req.headers?.get?.('referer') ?? ''
  const url = req.url ?? ''
  if (req.payloadAPI === 'GraphQL') return 'graphql'
  if (/\/admin(\/|$)/.test(referer) || /\/admin(\/|$|\?)/.test(url)) return 'admin'
  if (req.payloadAPI === 'REST') return 'rest'
  return 'local'
}

export function factsFor(req: Partial<PayloadRequest> | undefined, input: AuditInput, actor?: { id: number; email?: string | null } | null): AuditFacts {
  const user = actor === undefined ? (req?.user as { id: number; email?: string } | null | undefined) : actor
  return {
    at: new Date().toISOString(),
    actorId: user ? Number(user.id) : null,
    actorEmail: user?.email ?? null,
    action: input.action,
    targetCollection: input.collection ?? null,
    targetId: input.id === null || input.id === undefined ? null : String(input.id),
    classification: input.classification ?? null,
    interface: interfaceOf(req),
    outcome: input.outcome ?? 'success',
    message: input.message ?? null,
    changes: input.changes ?? null,
  }
}

/** Appends entries to the trail and resolves once they are committed. */
export function appendAudit(payload: Payload, facts: AuditFacts[]): Promise<void> {
  if (!facts.length) return Promise.resolve()
  const done = Promise.all(facts.map((f) => new Promise<void>((resolve, reject) => queue.push({ facts: f, resolve, reject }))))
  draining ??= drain(payload).finally(() => {
    draining = null
  })
  return done.then(() => undefined)
}

/** Convenience: one entry about the request's user. */
export function audit(req: PayloadRequest, input: AuditInput): Promise<void> {
  return appendAudit(req.payload, [factsFor(req, input)])
}

async function drain(payload: Payload): Promise<void> {
  while (queue.length) {
    const batch = queue.splice(0, 200)
    try {
      await writeBatch(auditPool(payload), batch.map((p) => p.facts))
      for (const p of batch) p.resolve()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'audit trail write failed' })
      for (const p of batch) p.reject(error)
    }
  }
}

async function writeBatch(db: pg.Pool, batch: AuditFacts[]): Promise<void> {
  const client = await db.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK])
    const last = await client.query<{ hash: string }>(`SELECT hash FROM ${AUDIT_TABLE} ORDER BY id DESC LIMIT 1`)
    let prev = last.rows[0]?.hash ?? GENESIS
    const key = auditKey()
    // One multi-row INSERT; WITH ORDINALITY keeps the ids in chain order.
    const rows = batch.map((f) => {
      const hash = entryHash(prev, f)
      const row = [f.at, f.actorId, f.actorEmail, f.action, f.targetCollection, f.targetId, f.classification, f.interface, f.outcome, f.message, f.changes === null ? null : JSON.stringify(f.changes), prev, hash, entryMac(key, hash)]
      prev = hash
      return row
    })
    const columns = ['at', 'actor_id', 'actor_email', 'action', 'target_collection', 'target_id', 'classification', 'interface', 'outcome', 'message', 'changes', 'prev_hash', 'hash', 'mac']
    const arrays = columns.map((_, c) => rows.map((row) => row[c]))
    await client.query(
      `INSERT INTO ${AUDIT_TABLE} (${columns.join(', ')})
       SELECT at::timestamptz, actor_id::numeric, actor_email, action::enum_audit_log_action, target_collection, target_id,
              classification::enum_audit_log_classification, interface::enum_audit_log_interface, outcome::enum_audit_log_outcome,
              message, changes::jsonb, prev_hash, hash, mac
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
            WITH ORDINALITY AS t(${columns.join(', ')}, n)
       ORDER BY n`,
      arrays.map((values) => values.map((v) => (v === null || v === undefined ? null : String(v)))),
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Closes the trail's own pool (tests and CLIs that exit). */
export async function closeAuditPool(): Promise<void> {
  const current = pool
  pool = undefined
  poolOf = undefined
  await current?.end()
}
