import { createHash } from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import readline from 'readline'

import pg from 'pg'
import * as tar from 'tar'

import { migrations } from '../migrations'
import { checkpointFile } from './auditCheckpoint'
import { BackupError } from './backupError'

/**
 * Backups: one `.tar.gz` holding
 * - `manifest.json` — format, time, source database, the migrations applied, each table's row
 *   count, and the SHA-256 and size of every other member;
 * - `database/<table>.ndjson` — every row of every table of the `public` schema, one JSON
 *   object a line (`row_to_json`), all read in one REPEATABLE READ snapshot;
 * - `media/…` — the uploaded files (attachments);
 * - `audit-checkpoints/trail.log` — the signed checkpoints of the audit trail up to the
 *   snapshot's head.
 * Plain JSON rather than pg_dump: the embedded PostgreSQL (npm) ships no pg_dump, and a system
 * pg_dump older than the server refuses to run; restoring needs nothing but Node.
 * DABIR_AUDIT_KEY is never in a backup: whoever holds it could forge the trail.
 */
export const BACKUP_FORMAT = 'dabir-backup/1'

export { BackupError }

export interface Manifest {
  format: typeof BACKUP_FORMAT
  createdAt: string
  database: string
  migrations: string[]
  tables: { name: string; rows: number }[]
  /** The audit trail's head in the snapshot. */
  auditHead: { id: number; hash: string } | null
  members: { path: string; bytes: number; sha256: string }[]
}

const TABLE_MEMBER = (table: string) => `database/${table}.ndjson`
const CHECKPOINT_MEMBER = 'audit-checkpoints/trail.log'
const FETCH = 1000
const INSERT_BATCH = 500

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** Every regular file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), rel)
    return entry.isFile() ? [rel] : []
  })
}

async function publicTables(db: pg.ClientBase): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  )
  return rows.map((r) => r.name)
}

async function writeLines(file: string, write: (out: fs.WriteStream) => Promise<void>): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const out = fs.createWriteStream(file)
  const closed = new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject))
  await write(out)
  out.end()
  await closed
}

export interface BackupOptions {
  /** The database to back up (the owner's or the app's URI: only reads). */
  uri: string
  mediaDir: string
  /** The archive to write (its directory is created). */
  out: string
}

/** Writes one archive of the database, the media files and the audit checkpoints. Returns its manifest. */
export async function createBackup({ uri, mediaDir, out }: BackupOptions): Promise<Manifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-backup-'))
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const tables: Manifest['tables'] = []
    let applied: string[] = []
    let auditHead: Manifest['auditHead'] = null
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      for (const table of await publicTables(client)) {
        let rows = 0
        const cursor = `backup_${tables.length}`
        await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${client.escapeIdentifier(table)} t`)
        await writeLines(path.join(staging, TABLE_MEMBER(table)), async (stream) => {
          for (;;) {
            const batch = await client.query<{ j: string }>(`FETCH ${FETCH} FROM ${cursor}`)
            for (const row of batch.rows) if (!stream.write(`${row.j}\n`)) await new Promise<void>((r) => stream.once('drain', () => r()))
            rows += batch.rows.length
            if (batch.rows.length < FETCH) break
          }
        })
        await client.query(`CLOSE ${cursor}`)
        tables.push({ name: table, rows })
      }
      applied = (await client.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY id')).rows.map((r) => r.name)
      const head = await client.query<{ id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')
      auditHead = head.rows[0] ? { id: Number(head.rows[0].id), hash: head.rows[0].hash } : null
    } finally {
      await client.query('COMMIT')
    }

    // Checkpoints up to the snapshot's head only: a later one would name an entry not in it.
    const checkpoints = fs.existsSync(checkpointFile(uri)) ? fs.readFileSync(checkpointFile(uri), 'utf8').split('\n') : []
    const kept = checkpoints.filter((line) => line.trim() && Number(line.split(/\s+/)[0]) <= (auditHead?.id ?? 0))
    fs.mkdirSync(path.join(staging, path.dirname(CHECKPOINT_MEMBER)), { recursive: true })
    fs.writeFileSync(path.join(staging, CHECKPOINT_MEMBER), kept.map((l) => `${l}\n`).join(''))

    // The media files through a link, so they are not copied twice on disk.
    const media = filesUnder(mediaDir).map((rel) => `media/${rel}`)
    if (fs.existsSync(mediaDir)) fs.symlinkSync(path.resolve(mediaDir), path.join(staging, 'media'), 'dir')

    const memberPaths = [...tables.map((t) => TABLE_MEMBER(t.name)), CHECKPOINT_MEMBER, ...media]
    const members: Manifest['members'] = []
    for (const member of memberPaths) {
      const file = path.join(staging, member)
      members.push({ path: member, bytes: fs.statSync(file).size, sha256: await sha256File(file) })
    }
    const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), database: new URL(uri).pathname.slice(1), migrations: applied, tables, auditHead, members }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))

    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
    const partial = `${out}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, ['manifest.json', ...memberPaths])
    fs.renameSync(partial, out)
    return manifest
  } finally {
    await client.end().catch(() => undefined)
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Unpacks an archive into a fresh directory and checks it whole: the manifest's format, every
 * member present with its size and SHA-256, nothing unlisted, and migrations this code knows.
 * Throws BackupError naming the first fault. Returns the directory and the manifest.
 */
export async function unpackVerified(archive: string): Promise<{ dir: string; manifest: Manifest }> {
  if (!fs.existsSync(archive)) throw new BackupError(`backup not found: ${archive}`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-restore-'))
  try {
    try {
      await tar.extract({ file: archive, cwd: dir, strict: true, preservePaths: false })
    } catch (error) {
      throw new BackupError(`the archive is damaged and cannot be read (${(error as Error).message}) — پروندهٔ پشتیبان آسیب دیده است.`)
    }
    const manifestFile = path.join(dir, 'manifest.json')
    if (!fs.existsSync(manifestFile)) throw new BackupError('the archive has no manifest.json — this is not a Dabir backup.')
    let manifest: Manifest
    try {
      manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
    } catch {
      throw new BackupError('the archive\'s manifest.json cannot be read — پروندهٔ پشتیبان آسیب دیده است.')
    }
    if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`unknown backup format ${JSON.stringify(manifest.format)} (expected ${BACKUP_FORMAT}).`)
    const listed = new Set(manifest.members.map((m) => m.path))
    for (const member of manifest.members) {
      const file = path.join(dir, member.path)
      if (!path.resolve(file).startsWith(path.resolve(dir) + path.sep)) throw new BackupError(`member ${member.path} points outside the archive.`)
      if (!fs.existsSync(file)) throw new BackupError(`member ${member.path} is missing from the archive — پروندهٔ پشتیبان ناقص است.`)
      if (fs.statSync(file).size !== member.bytes || (await sha256File(file)) !== member.sha256) {
        throw new BackupError(`member ${member.path} does not match its SHA-256 in the manifest: the archive is damaged — پروندهٔ پشتیبان آسیب دیده است.`)
      }
    }
    const extra = filesUnder(dir).filter((rel) => rel !== 'manifest.json' && !listed.has(rel))
    if (extra.length) throw new BackupError(`the archive holds ${extra[0]}, which its manifest does not list.`)
    for (const t of manifest.tables) if (!listed.has(TABLE_MEMBER(t.name))) throw new BackupError(`the manifest names table ${t.name} but lists no data for it.`)
    const known = new Set(migrations.map((m) => m.name))
    const unknown = manifest.migrations.find((name) => !known.has(name))
    if (unknown) throw new BackupError(`the backup was made by a newer Dabir (migration ${unknown} is unknown here): restore it with that version.`)
    return { dir, manifest }
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** What is already in the target: empty lists mean a restore may go ahead without --force. */
export async function targetContents(uri: string, mediaDir: string): Promise<string[]> {
  const found: string[] = []
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
    const tables = await publicTables(client)
    if (tables.length) found.push(`the database ${new URL(uri).pathname.slice(1)} has ${tables.length} tables`)
  } catch (error) {
    // A database that does not exist yet is empty: Payload creates it when it connects.
    if ((error as { code?: string }).code !== '3D000') throw error
  } finally {
    await client.end().catch(() => undefined)
  }
  const media = filesUnder(mediaDir).filter((f) => f !== '.gitkeep')
  if (media.length) found.push(`the media directory ${mediaDir} holds ${media.length} files`)
  return found
}

/** Empties the target for a forced restore: the public schema (recreated) and the media files. */
export async function clearTarget(uri: string, mediaDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE')
    await client.query('CREATE SCHEMA public')
  } finally {
    await client.end()
  }
  for (const rel of filesUnder(mediaDir)) if (rel !== '.gitkeep') fs.rmSync(path.join(mediaDir, rel))
}

/** The migrations the backup's schema was made with, in the code's order. */
export function backupMigrations(manifest: Manifest) {
  const names = new Set(manifest.migrations)
  return migrations.filter((m) => names.has(m.name))
}

async function readRows(file: string, each: (batch: string[]) => Promise<void>): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })
  let batch: string[] = []
  for await (const line of lines) {
    if (!line) continue
    batch.push(line)
    if (batch.length >= INSERT_BATCH) {
      await each(batch)
      batch = []
    }
  }
  if (batch.length) await each(batch)
}

/**
 * Loads the rows of an unpacked backup into a database whose schema was just made by the
 * backup's migrations, in one transaction (all or nothing): foreign keys dropped and re-added
 * around the load, the tables' own triggers off meanwhile (the audit trail's append-only
 * triggers included: the rows the migrations wrote are replaced), sequences set past the rows.
 */
export async function loadRows(uri: string, dir: string, manifest: Manifest): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const id = (name: string) => client.escapeIdentifier(name)
  try {
    await client.query('BEGIN')
    const present = new Set(await publicTables(client))
    const missing = manifest.tables.find((t) => !present.has(t.name))
    if (missing) throw new BackupError(`table ${missing.name} of the backup does not exist after its migrations.`)
    const { rows: foreignKeys } = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    )
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${id(fk.name)}`)
    for (const table of present) await client.query(`ALTER TABLE ${id(table)} DISABLE TRIGGER USER`)
    if (present.size) await client.query(`TRUNCATE ${[...present].map(id).join(', ')}`)
    for (const table of manifest.tables) {
      const { rows: columns } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
        [id(table.name)],
      )
      const list = columns.map((c) => id(c.name)).join(', ')
      let loaded = 0
      await readRows(path.join(dir, TABLE_MEMBER(table.name)), async (batch) => {
        await client.query(
          `INSERT INTO ${id(table.name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${id(table.name)}, $1::json)`,
          [`[${batch.join(',')}]`],
        )
        loaded += batch.length
      })
      if (loaded !== table.rows) throw new BackupError(`table ${table.name}: ${loaded} rows in the archive, the manifest says ${table.rows}.`)
    }
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${id(fk.name)} ${fk.def}`)
    for (const table of present) await client.query(`ALTER TABLE ${id(table)} ENABLE TRIGGER USER`)
    const { rows: sequences } = await client.query<{ seq: string; tbl: string; col: string }>(
      `SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
         FROM pg_depend d
         JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
         JOIN pg_class t ON t.oid = d.refobjid
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE d.deptype IN ('a', 'i') AND s.relnamespace = 'public'::regnamespace`,
    )
    for (const s of sequences) {
      await client.query(`SELECT setval($1::regclass, coalesce((SELECT max(${id(s.col)}) FROM ${s.tbl}), 0) + 1, false)`, [s.seq])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

/** Copies the unpacked media files and checkpoints to their places for the target database. */
export function placeFiles(uri: string, dir: string, mediaDir: string): void {
  const media = path.join(dir, 'media')
  if (fs.existsSync(media)) {
    fs.mkdirSync(mediaDir, { recursive: true })
    fs.cpSync(media, mediaDir, { recursive: true })
  }
  const target = checkpointFile(uri)
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 })
  // The target's earlier checkpoints (a forced restore) are kept aside, never overwritten.
  if (fs.existsSync(target) && fs.statSync(target).size) fs.renameSync(target, `${target}.before-restore-${Date.now()}`)
  fs.copyFileSync(path.join(dir, CHECKPOINT_MEMBER), target)
}
