import pg from 'pg'

import { chainVerifier, type ChainVerdict, type StoredEntry } from '../lib/audit/chain'
import { AUDIT_TABLE } from './audit'

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
}

export function storedEntry(row: Row): StoredEntry {
  return {
    id: row.id,
    prevHash: row.prev_hash,
    hash: row.hash,
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

/** Reads the whole trail in id order, a page at a time, and checks the chain. */
export async function verifyAuditTrail(uri: string, pageSize = 5000): Promise<ChainVerdict> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const verifier = chainVerifier()
    let after = 0
    for (;;) {
      const { rows } = await client.query<Row>(`SELECT * FROM ${AUDIT_TABLE} WHERE id > $1 ORDER BY id LIMIT $2`, [after, pageSize])
      for (const row of rows) {
        const broken = verifier.check(storedEntry(row))
        if (broken) return broken
      }
      if (rows.length < pageSize) return verifier.result()
      after = rows[rows.length - 1]!.id
    }
  } finally {
    await client.end()
  }
}
