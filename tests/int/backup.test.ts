import fs from 'fs'
import os from 'os'
import path from 'path'

import pg from 'pg'
import type { Payload } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { tinyPdf } from '../helpers/files'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { uploadFile } from '../helpers/rest'
import { runScript } from '../helpers/scripts'
import { repoRoot } from '../helpers/seed'
import { tokenFor, withDemoUsers } from '../helpers/users'

/** npm run backup / npm run restore: the round trip into a fresh database and media directory. */
let payload: Payload
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-backup-test-'))
const checkpoints = path.join(work, 'checkpoints')
const archive = path.join(work, 'dabir.tar.gz')
const freshMedia = path.join(work, 'media')
const fresh = `dabir_restore_${Date.now()}_${process.pid}`
let freshUri: string
let uploaded: { filename: string; bytes: Buffer }
let letterSubject: string

function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

async function query(uri: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await client.query(text, params)
  } finally {
    await client.end()
  }
}

/** Each table's rows in id order as one digest, so two databases compare table by table. */
async function digest(uri: string, table: string, where = 'true'): Promise<{ rows: number; md5: string | null }> {
  const { rows } = await query(uri, `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t.id)) AS md5 FROM ${table} t WHERE ${where}`)
  return rows[0]
}

const env = (uri: string) => ({ DATABASE_URI: uri, DABIR_AUDIT_CHECKPOINT_DIR: checkpoints })
const restore = (file: string, ...args: string[]) => runScript('restore', [file, '--media', freshMedia, ...args], env(freshUri))

/** The archive with one member's bytes changed, repacked as a valid .tar.gz (so only the checksums can tell). */
async function tampered(member: string, change: (text: string) => string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(work, 'tamper-'))
  await tar.extract({ file: archive, cwd: dir })
  const file = path.join(dir, member)
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')))
  const out = path.join(work, `tampered-${path.basename(member)}.tar.gz`)
  await tar.create({ gzip: true, file: out, cwd: dir }, fs.readdirSync(dir))
  return out
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  const sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری پشتیبان‌گیری', kind: 'county-governorate' } })).id
  const upload = await uploadFile('attachments', 'پیوست-پشتیبان.pdf', tinyPdf, await tokenFor('office'))
  expect(upload.status).toBe(201)
  letterSubject = `نامهٔ آزمون پشتیبان ${Date.now()}`
  await registerIncoming(payload, sender, { classification: 'confidential', subject: letterSubject, attachments: [upload.body.doc.id] })
  const stored = await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })
  uploaded = { filename: stored.filename!, bytes: fs.readFileSync(path.join(repoRoot, 'media', stored.filename!)) }

  await query(inject('databaseUri'), `CREATE DATABASE "${fresh}"`)
  freshUri = withDatabase(inject('databaseUri'), fresh)
})

afterAll(async () => {
  await query(inject('databaseUri'), `DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`)
  await query(inject('databaseUri'), `DROP ROLE IF EXISTS "${fresh}_app"`).catch(() => undefined)
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('writes one archive: the database, the uploads and the checkpoints, each member with its SHA-256', async () => {
    const result = runScript('backup', ['--out', archive], env(inject('databaseUri')))
    expect(result.status, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toContain('backup written')
    const members: string[] = []
    await tar.list({ file: archive, onReadEntry: (entry) => void members.push(entry.path) })
    expect(members).toEqual(expect.arrayContaining(['manifest.json', 'database/letters.ndjson', 'database/audit_log.ndjson', 'audit-checkpoints/trail.log', `media/${uploaded.filename}`]))
    const dir = fs.mkdtempSync(path.join(work, 'look-'))
    await tar.extract({ file: archive, cwd: dir })
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.members.map((m: { path: string }) => m.path).sort()).toEqual(members.filter((m) => m !== 'manifest.json').sort())
    for (const m of manifest.members) expect(m.sha256).toMatch(/^[0-9a-f]{64}$/)
    // The signing key never travels with the data.
    expect(fs.readFileSync(archive).includes(Buffer.from(process.env.DABIR_AUDIT_KEY!))).toBe(false)
    expect(JSON.stringify(manifest)).not.toContain(process.env.DABIR_AUDIT_KEY!)
  })

  it('refuses a damaged archive before touching the database or the media directory', async () => {
    const corrupt = path.join(work, 'corrupt.tar.gz')
    const bytes = fs.readFileSync(archive)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    fs.writeFileSync(corrupt, bytes)
    const edited = await tampered('database/letters.ndjson', (text) => text.replace(letterSubject, 'موضوع دستکاری‌شده'))

    for (const [file, why] of [[corrupt, /damaged/], [edited, /database\/letters\.ndjson does not match its SHA-256/]] as const) {
      const result = restore(file)
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(why)
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect((await query(freshUri, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n).toBe(0)
      expect(fs.existsSync(freshMedia) ? fs.readdirSync(freshMedia) : []).toEqual([])
    }
  })

  it('restores into an empty database and media directory: the same rows and files, the audit chain verified', async () => {
    const result = restore(archive)
    expect(result.status, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/audit trail intact: \d+ entries checked, [1-9]\d* checkpoints hold/)

    const source = inject('databaseUri')
    const head = (await query(freshUri, 'SELECT max(id) AS id FROM audit_log')).rows[0].id
    for (const table of ['letters', 'attachments', 'correspondents', 'users', 'referrals', 'search_index']) {
      expect(await digest(freshUri, table), table).toEqual(await digest(source, table))
    }
    expect(await digest(freshUri, 'audit_log')).toEqual(await digest(source, 'audit_log', `id <= ${Number(head)}`))
    expect(fs.readFileSync(path.join(freshMedia, uploaded.filename)).equals(uploaded.bytes)).toBe(true)
    const { rows } = await query(freshUri, 'SELECT subject FROM letters WHERE subject = $1', [letterSubject])
    expect(rows).toHaveLength(1)

    // The restored database is usable as the app uses it: its own restricted role, new ids after the old.
    const verify = runScript('audit-verify', [], env(freshUri))
    expect(verify.status, verify.stdout + verify.stderr).toBe(0)
    const appUri = withDatabase(freshUri, fresh)
    const url = new URL(appUri)
    url.username = `${fresh}_app`
    url.password = process.env.DABIR_DB_APP_PASSWORD ?? ''
    await expect(query(url.toString(), 'DELETE FROM audit_log')).rejects.toMatchObject({ code: '42501' })
    const next = await query(freshUri, `SELECT nextval(pg_get_serial_sequence('letters', 'id'))::int AS id, (SELECT max(id) FROM letters)::int AS max`)
    expect(next.rows[0].id).toBeGreaterThan(next.rows[0].max)
  })

  it('refuses to restore over existing data unless --force', async () => {
    const refused = restore(archive)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('refusing to restore over existing data')
    expect((await query(freshUri, 'SELECT count(*)::int AS n FROM letters WHERE subject = $1', [letterSubject])).rows[0].n).toBe(1)

    await query(freshUri, `INSERT INTO correspondents (name, kind, updated_at, created_at) VALUES ('پس از پشتیبان', 'person', now(), now())`)
    const forced = restore(archive, '--force')
    expect(forced.status, forced.stdout + forced.stderr).toBe(0)
    expect((await query(freshUri, `SELECT count(*)::int AS n FROM correspondents WHERE name = 'پس از پشتیبان'`)).rows[0].n).toBe(0)
    expect(fs.readFileSync(path.join(freshMedia, uploaded.filename)).equals(uploaded.bytes)).toBe(true)
  })
})
