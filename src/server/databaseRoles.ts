import type pg from 'pg'
import type { Payload } from 'payload'

import { AUDIT_TABLE } from './audit'
import { databaseName } from './auditCheckpoint'
import { DatabaseStartError } from './database'

/**
 * The app runs as a database role that owns nothing: migrations, seeding and restores run as
 * the owner (the user of DATABASE_URI), the HTTP server connects as `<database>_app` (or
 * DABIR_DB_APP_ROLE), which may read and write the app's tables but only SELECT and INSERT on
 * the audit trail — so it cannot UPDATE, DELETE or TRUNCATE it, nor ALTER TABLE … DISABLE
 * TRIGGER (only an owner or a superuser can). One role per database: roles are cluster-wide,
 * and test runs each make a database of their own on the same server.
 */
export function appRoleName(database: string): string {
  const given = process.env.DABIR_DB_APP_ROLE
  if (given) return given
  return `${database.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_app`.slice(-63)
}

/**
 * The owner's URI with the app role's name and password (DABIR_DB_APP_PASSWORD, generated into
 * `.env`; a server that trusts local connections ignores it).
 */
export function appDatabaseUri(ownerUri: string): string {
  const url = new URL(ownerUri)
  url.username = encodeURIComponent(appRoleName(databaseName(ownerUri)))
  url.password = encodeURIComponent(process.env.DABIR_DB_APP_PASSWORD ?? '')
  return url.toString()
}

// Advisory locks are per database: this one orders concurrent boots on the same database.
const ROLE_LOCK = 0x0dab1_4011

const DUPLICATE_OBJECT = '42710'
const UNIQUE_VIOLATION = '23505'
const INSUFFICIENT_PRIVILEGE = '42501'

/**
 * Creates the app role when missing and (re)grants exactly what the app needs; idempotent and
 * safe when several processes boot at once (an advisory lock on this database; a role created
 * meanwhile by another process is taken as it is). Run as the owner after the migrations, so
 * tables added by a migration are granted on the next start; default privileges cover tables
 * the owner creates in between. Returns the role's name.
 */
export async function ensureAppRole(owner: pg.Pool): Promise<string> {
  // The advisory lock orders boots on one database; boots on two databases sharing a role name
  // (DABIR_DB_APP_ROLE) can still collide on the role's own catalog row ("tuple concurrently
  // updated"): the loser retries its whole transaction, which is idempotent.
  for (let attempt = 1; ; attempt++) {
    try {
      return await grantAppRole(owner)
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt >= 5 || !(code === 'XX000' || code === '40001' || code === '40P01' || code === UNIQUE_VIOLATION)) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt))
    }
  }
}

async function grantAppRole(owner: pg.Pool): Promise<string> {
  const uri = String(owner.options.connectionString)
  const database = databaseName(uri)
  const role = appRoleName(database)
  const client = await owner.connect()
  const id = (name: string) => client.escapeIdentifier(name)
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [ROLE_LOCK])
    const me = await client.query<{ user: string; superuser: boolean }>(`SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)
    if (me.rows[0]?.user === role) throw new Error(`DATABASE_URI must name the database owner, not the app role ${role}.`)
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])
    if (!exists.rowCount) {
      await client.query('SAVEPOINT create_role')
      try {
        await client.query(`CREATE ROLE ${id(role)} LOGIN`)
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code === INSUFFICIENT_PRIVILEGE) {
          throw new DatabaseStartError(
            `Dabir: the database user ${me.rows[0]?.user} may not create the app's role ${role}. Grant it CREATEROLE, or create the role (LOGIN, owning nothing) and name it in DABIR_DB_APP_ROLE.`,
          )
        }
        // Another database's boot with the same role name got there first: it is the same role.
        if (code !== DUPLICATE_OBJECT && code !== UNIQUE_VIOLATION) throw error
        await client.query('ROLLBACK TO SAVEPOINT create_role')
      }
    }
    const password = process.env.DABIR_DB_APP_PASSWORD
    const attributes = me.rows[0]?.superuser ? 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS' : 'LOGIN'
    await client.query('SAVEPOINT alter_role')
    try {
      await client.query(`ALTER ROLE ${id(role)} WITH ${attributes}${password ? ` PASSWORD ${client.escapeLiteral(password)}` : ''}`)
    } catch (error) {
      // A role the database administrator made and keeps: its attributes and password are theirs.
      if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error
      await client.query('ROLLBACK TO SAVEPOINT alter_role')
    }
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${id(database)} TO ${id(role)}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${id(role)}`)
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${id(role)}`)
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${AUDIT_TABLE} FROM ${id(role)}`)
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id(role)}`)
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${id(role)}`)
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${id(role)}`)
    await client.query('COMMIT')
    return role
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** The pool of a running Payload (for the owner's boot steps). */
export function payloadPool(payload: Payload): pg.Pool {
  return (payload.db as unknown as { pool: pg.Pool }).pool
}

/**
 * What the app role could do to the trail that it must not: each item a short English clause.
 * Empty when it may only read and append. Used by `npm run audit:verify`.
 */
export async function appRoleExcesses(db: Pick<pg.Pool, 'query'>, role: string): Promise<string[]> {
  const { rows } = await db.query<{ exists: boolean; superuser: boolean | null; owner: boolean | null; member: boolean | null; update: boolean | null; delete: boolean | null; truncate: boolean | null; trigger: boolean | null; bypass: boolean | null }>(
    `SELECT r.oid IS NOT NULL AS exists,
            r.rolsuper AS superuser,
            r.rolbypassrls AS bypass,
            CASE WHEN r.oid IS NULL THEN NULL ELSE pg_has_role(r.oid, c.relowner, 'USAGE') END AS owner,
            CASE WHEN r.oid IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM pg_roles s WHERE s.rolsuper AND pg_has_role(r.oid, s.oid, 'MEMBER')) END AS member,
            CASE WHEN r.oid IS NULL THEN NULL ELSE has_table_privilege(r.oid, c.oid, 'UPDATE') END AS update,
            CASE WHEN r.oid IS NULL THEN NULL ELSE has_table_privilege(r.oid, c.oid, 'DELETE') END AS delete,
            CASE WHEN r.oid IS NULL THEN NULL ELSE has_table_privilege(r.oid, c.oid, 'TRUNCATE') END AS truncate,
            CASE WHEN r.oid IS NULL THEN NULL ELSE has_table_privilege(r.oid, c.oid, 'TRIGGER') END AS trigger
       FROM pg_class c LEFT JOIN pg_roles r ON r.rolname = $1
      WHERE c.oid = $2::regclass`,
    [role, AUDIT_TABLE],
  )
  const r = rows[0]
  if (!r?.exists) return ['does not exist (the app would be connecting as the owner)']
  const excesses: string[] = []
  if (r.superuser) excesses.push('is a superuser')
  if (r.member) excesses.push('is a member of a superuser role')
  if (r.owner) excesses.push(`owns ${AUDIT_TABLE} (or is a member of its owner), so it could ALTER TABLE … DISABLE TRIGGER`)
  for (const p of ['update', 'delete', 'truncate', 'trigger'] as const) if (r[p]) excesses.push(`may ${p.toUpperCase()} ${AUDIT_TABLE}`)
  return excesses
}
