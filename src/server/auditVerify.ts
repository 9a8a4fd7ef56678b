import pg from 'pg'

import { chainVerifier, parseCheckpoint, type Checkpoint, type StoredEntry } from '../lib/audit/chain'
import { badCheckpointFinding, chainFinding, checkpointFindings, privilegeFinding, triggerFinding, type Finding } from '../lib/audit/findings'
import { AUDIT_TABLE } from './audit'
import { checkpointFile, databaseName, readCheckpointFile, type ReadCheckpoint } from './auditCheckpoint'
import { appRoleExcesses, appRoleName } from './databaseRoles'

interface Row {
  id: number
  at: Date
  actor_id: number | string | null
  actor_email: string | null
  action: string
  target_collection: string | null
  target_id: string | null
  classification: string | null
  interface: string
  outcome: string
  message: string | null
  changes: unknown
  prev_hash: string
  hash: string
  mac: string | null
}

export function storedEntry(row: Row): StoredEntry {
  return {
    id: row.id,
    prevHash: row.prev_hash,
    hash: row.hash,
    mac: row.mac,
    facts: {
      at: row.at.toISOString(),
      actorId: row.actor_id === null ? null : Number(row.actor_id),
      actorEmail: row.actor_email,
      action: row.action,
      targetCollection: row.target_collection,
      targetId: row.target_id,
      classification: row.classification,
      interface: row.interface,
      outcome: row.outcome,
      message: row.message,
      changes: row.changes,
    },
  }
}

/** The triggers that make the table append-only (migration 20261122_225302_access_audit). */
export const APPEND_ONLY_TRIGGERS = ['audit_log_no_update_delete', 'audit_log_no_truncate']

export interface AuditReport {
  ok: boolean
  /** Entries whose hash (and, with the key, MAC) was checked before the first break. */
  checked: number
  /** Entries before MACs began (an upgraded trail's prefix). */
  unsigned: number
  /** Checkpoints (file lines and given lines) compared with the trail. */
  checkpoints: number
  appRole: string
  findings: Finding[]
}

export interface VerifyOptions {
  /** DABIR_AUDIT_KEY; without it MACs and checkpoints cannot be checked (only the hash chain). */
  key: string
  /** The database's checkpoint file; default `checkpointFile(uri)`. */
  checkpointFile?: string
  /** More checkpoint lines, e.g. copied from the director's morning mail. */
  extraCheckpoints?: string[]
  pageSize?: number
}

/**
 * Checks the audit trail of the database at `uri` (read-only): the hash chain and every entry's
 * MAC, the signed checkpoints against the entries they name, that the append-only triggers are
 * there and enabled, and that the app's database role may only read and append the trail.
 * Each problem is one finding naming what was done (src/lib/audit/findings.ts).
 */
export async function verifyAuditTrail(uri: string, options: VerifyOptions): Promise<AuditReport> {
  const { key, pageSize = 5000 } = options
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const findings: Finding[] = []
    const last = await client.query<{ id: number | null }>(`SELECT max(id) AS id FROM ${AUDIT_TABLE}`)
    const lastId = Number(last.rows[0]?.id ?? 0)

    // The chain, streamed in id order.
    const verifier = chainVerifier(key)
    let checked = 0
    let unsigned = 0
    for (let after = 0; ; ) {
      const { rows } = await client.query<Row>(`SELECT * FROM ${AUDIT_TABLE} WHERE id > $1 ORDER BY id LIMIT $2`, [after, pageSize])
      const broken = rows.map((row) => verifier.check(storedEntry(row))).find((v) => v !== null)
      if (broken && !broken.ok) {
        findings.push(chainFinding(broken, lastId))
        checked = broken.checked
        break
      }
      if (rows.length < pageSize) {
        const verdict = verifier.result()
        if (verdict.ok) ({ checked, unsigned } = verdict)
        break
      }
      after = rows[rows.length - 1]!.id
    }

    // The checkpoints: from the file, and any given on the command line.
    const read: ReadCheckpoint[] = [
      ...readCheckpointFile(options.checkpointFile ?? checkpointFile(uri), key),
      ...(options.extraCheckpoints ?? []).map((line, n) => ({ source: `--checkpoint #${n + 1}`, checkpoint: parseCheckpoint(key, line) })),
    ]
    const good: Checkpoint[] = []
    for (const { source, checkpoint } of read) {
      if (typeof checkpoint === 'string') findings.push(badCheckpointFinding(source, checkpoint))
      else good.push(checkpoint)
    }
    const named = [...new Set(good.map((c) => c.id))]
    const { rows: held } = await client.query<{ id: number; hash: string }>(`SELECT id, hash FROM ${AUDIT_TABLE} WHERE id = ANY($1::int[])`, [named])
    findings.push(...checkpointFindings(good, new Map(held.map((r) => [Number(r.id), r.hash])), lastId))

    // The guards: the triggers, and what the app's role may do.
    const { rows: triggers } = await client.query<{ tgname: string; tgenabled: string }>(
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`,
      [AUDIT_TABLE],
    )
    for (const name of APPEND_ONLY_TRIGGERS) {
      const trigger = triggers.find((t) => t.tgname === name)
      // 'O' fires in ordinary sessions, 'A' always; 'D' is disabled, 'R' only under replication.
      if (!trigger) findings.push(triggerFinding(name, 'missing'))
      else if (trigger.tgenabled !== 'O' && trigger.tgenabled !== 'A') findings.push(triggerFinding(name, 'disabled'))
    }
    const appRole = appRoleName(databaseName(uri))
    for (const excess of await appRoleExcesses(client, appRole)) findings.push(privilegeFinding(appRole, excess))

    return { ok: findings.length === 0, checked, unsigned, checkpoints: good.length, appRole, findings }
  } finally {
    await client.end()
  }
}
