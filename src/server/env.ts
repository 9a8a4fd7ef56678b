import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'

/**
 * Secrets Dabir makes itself on first start, each 32 random bytes in hex:
 * - PAYLOAD_SECRET signs sessions;
 * - DABIR_AUDIT_KEY signs the audit trail (entry MACs and checkpoints). It must never be in
 *   the database or in a backup: whoever holds it can forge the trail;
 * - DABIR_DB_APP_PASSWORD is the password of the restricted database role the app connects as
 *   (src/server/databaseRoles.ts); ignored where the server trusts local connections.
 */
const GENERATED = ['PAYLOAD_SECRET', 'DABIR_AUDIT_KEY', 'DABIR_DB_APP_PASSWORD'] as const

/**
 * Loads `.env` from the project root into process.env (values already set win),
 * creating it with freshly generated secrets on first start so a new machine needs no
 * manual configuration; a secret missing from an existing `.env` is generated and appended.
 */
export function ensureEnv(root: string): { created: boolean } {
  const file = path.join(root, '.env')
  let created = false
  if (!fs.existsSync(file)) {
    fs.writeFileSync(
      file,
      [
        '# Written by Dabir on first start. Keep it private; do not commit it.',
        '# DABIR_AUDIT_KEY signs the audit trail: keep a copy apart from the backups, never inside them.',
        ...GENERATED.map((name) => `${name}=${randomBytes(32).toString('hex')}`),
        '# DATABASE_URI=postgres://user:password@host:5432/dabir',
        '# PORT=3000',
        '# SMTP_HOST= SMTP_PORT=587 SMTP_USER= SMTP_PASS= SMTP_FROM=',
        '',
      ].join('\n'),
      { mode: 0o600 },
    )
    created = true
  }
  process.loadEnvFile(file)
  for (const name of GENERATED) {
    if (process.env[name]) continue
    // An existing .env without this secret: add one rather than run without it.
    const value = randomBytes(32).toString('hex')
    fs.appendFileSync(file, `\n${name}=${value}\n`)
    process.env[name] = value
  }
  return { created }
}

/** The audit trail's signing key (DABIR_AUDIT_KEY); throws when unset, so nothing is written unsigned. */
export function auditKey(): string {
  const key = process.env.DABIR_AUDIT_KEY
  if (!key) throw new Error('DABIR_AUDIT_KEY is not set: the audit trail cannot be signed (it is generated into .env on first start).')
  return key
}
