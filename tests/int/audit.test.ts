import fs from 'fs'
import os from 'os'
import path from 'path'

import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { entryHash, GENESIS } from '../../src/lib/audit/chain'
import type { AuditLog, Letter } from '../../src/payload-types'
import { checkpointFile, writeCheckpoint } from '../../src/server/auditCheckpoint'
import { storedEntry } from '../../src/server/auditVerify'
import { appDatabaseUri, ensureAppRole } from '../../src/server/databaseRoles'
import { tinyPdf } from '../helpers/files'
import { incomingRequirements, registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { runScript } from '../helpers/scripts'
import { DEMO_PASSWORD } from '../helpers/seed'
import { demoUser, emailOf, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number

/** Entries about one record (or one kind of event), newest first, read as the system would. */
async function entries(where: Record<string, unknown>): Promise<AuditLog[]> {
  const found = await payload.find({ collection: 'audit-log', where: where as never, sort: '-id', limit: 50, depth: 0 })
  return found.docs
}

const register = (local: string, data: Record<string, unknown>) => registerIncoming(payload, sender, data, local)

function sql(text: string, params: unknown[] = [], uri = inject('databaseUri')) {
  const client = new pg.Client({ connectionString: uri })
  return client.connect().then(async () => {
    try {
      return await client.query(text, params)
    } finally {
      await client.end()
    }
  })
}

/** As the superuser of the test server, with triggers off for the transaction: how a tamperer with that power works. */
async function bypassingTriggers<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUri') })
  await client.connect()
  try {
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری لار', kind: 'county-governorate' } })).id
})

describe('what the trail records', () => {
  it('every read of a paper classified confidential or above, list hits included, naming the door', async () => {
    const letter = await register('office', { classification: 'confidential', subject: 'برای خواندن ثبت‌شده' })
    const normal = await register('office', { classification: 'normal', subject: 'عادی و بی‌ثبت' })
    const director = await demoUser(payload, 'director')
    const token = await tokenFor('director')

    await rest('GET', `/api/letters?where[id][in]=${letter.id},${normal.id}`, { token })
    await graphql(`{ Letter(id: ${letter.id}) { subject } }`, token)
    await payload.findByID({ collection: 'letters', id: letter.id, user: director, overrideAccess: false })

    const reads = await entries({ targetCollection: { equals: 'letters' }, targetId: { equals: String(letter.id) }, action: { equals: 'read' } })
    expect(reads.map((e) => e.interface).sort()).toEqual(['graphql', 'local', 'rest'])
    for (const e of reads) {
      expect(e).toMatchObject({ actorId: director.id, actorEmail: director.email, outcome: 'success', classification: 'confidential' })
      expect(e.atJalali).toMatch(/^1[34]\d\d\/\d\d\/\d\d$/)
    }
    expect(await entries({ targetId: { equals: String(normal.id) }, action: { equals: 'read' } })).toHaveLength(0)
  })

  it('registering a confidential paper over REST is a registration, not also a read', async () => {
    const token = await tokenFor('office')
    const res = await rest('POST', '/api/letters', {
      token,
      body: { kind: 'incoming', status: 'registered', classification: 'confidential', urgency: 'normal', subject: 'ثبت از راه REST', sender: { relationTo: 'correspondents', value: sender }, ...incomingRequirements() },
    })
    expect(res.status).toBe(201)
    const trail = await entries({ targetCollection: { equals: 'letters' }, targetId: { equals: String(res.body.doc.id) } })
    expect(trail.map((e) => `${e.action}/${e.interface}`)).toEqual(['register/rest'])
  })

  it('registration, correction and cancellation, with before and after values', async () => {
    const letter = await register('office', { classification: 'normal', subject: 'موضوع نخست' })
    const office = await demoUser(payload, 'office')
    await payload.update({ collection: 'letters', id: letter.id, data: { subject: 'موضوع اصلاح‌شده', correctionReason: 'غلط تایپی' } as never, user: office, overrideAccess: false })
    await payload.update({ collection: 'letters', id: letter.id, data: { status: 'cancelled', cancelReason: 'تکراری' }, user: office, overrideAccess: false })
    const trail = await entries({ targetCollection: { equals: 'letters' }, targetId: { equals: String(letter.id) } })
    expect(trail.map((e) => e.action).reverse()).toEqual(['register', 'correct', 'cancel'])
    const correction = trail.find((e) => e.action === 'correct')!
    expect(correction.changes).toMatchObject({ before: { subject: 'موضوع نخست' }, after: { subject: 'موضوع اصلاح‌شده' } })
  })

  it('a denied read by id and a denied write, through REST and the Local API', async () => {
    const secret = await register('office', { classification: 'secret', subject: 'سری برای رد' })
    const expertToken = await tokenFor('expert.gis')
    expect((await rest('GET', `/api/letters/${secret.id}`, { token: expertToken })).status).toBe(404)
    const expert = await demoUser(payload, 'expert.gis')
    await expect(
      payload.update({ collection: 'letters', id: secret.id, data: { status: 'cancelled', cancelReason: 'x' }, user: expert, overrideAccess: false }),
    ).rejects.toThrow()
    const denied = await entries({ targetId: { equals: String(secret.id) }, outcome: { equals: 'denied' } })
    expect(denied.map((e) => `${e.action}/${e.interface}`).sort()).toEqual(['read/rest', 'update/local'])
    for (const e of denied) expect(e).toMatchObject({ actorId: expert.id, classification: 'secret' })
  })

  it('a registration that fails after taking its number leaves its failure entry, though the transaction rolled back', async () => {
    const subject = 'ثبت شکست‌خورده [[fail-after-number]]'
    const res = await rest('POST', '/api/letters', {
      token: await tokenFor('office'),
      body: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject, sender: { relationTo: 'correspondents', value: sender }, ...incomingRequirements() },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect((await payload.count({ collection: 'letters', where: { subject: { equals: subject } } })).totalDocs).toBe(0)
    const [failure] = await entries({ action: { equals: 'register' }, outcome: { equals: 'failed' }, interface: { equals: 'rest' } })
    expect(failure).toBeDefined()
    expect(failure!.actorEmail).toBe(emailOf('office'))
    // A refusal (an expert registering an incoming letter) rolls back too, and is recorded as denied.
    const refused = await rest('POST', '/api/letters', {
      token: await tokenFor('expert.gis'),
      body: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject: 'ثبت غیرمجاز', sender: { relationTo: 'correspondents', value: sender } },
    })
    expect(refused.status).toBe(403)
    const [denied] = await entries({ action: { equals: 'register' }, outcome: { equals: 'denied' }, actorEmail: { equals: emailOf('expert.gis') } })
    expect(denied).toBeDefined()
  })

  it('logins, failed logins, role and clearance changes, and file downloads', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'audit-subject@test.dabir.ir', password: DEMO_PASSWORD, fullName: 'کاربر رویدادنگاری', roles: ['expert'], clearance: 'normal' },
    })
    await rest('POST', '/api/users/login', { body: { email: 'audit-subject@test.dabir.ir', password: 'wrong-password' } })
    await rest('POST', '/api/users/login', { body: { email: 'audit-subject@test.dabir.ir', password: DEMO_PASSWORD } })
    const failed = await entries({ action: { equals: 'login-failed' } })
    expect(failed[0]!.message).toContain('audit-subject@test.dabir.ir')
    expect(failed[0]!.outcome).toBe('denied')
    expect((await entries({ action: { equals: 'login' }, actorId: { equals: created.id } })).length).toBe(1)

    await rest('PATCH', `/api/users/${created.id}`, { token: await tokenFor('admin'), body: { roles: ['expert', 'group-head'], clearance: 'confidential' } })
    const [roleChange] = await entries({ action: { equals: 'role-change' }, targetId: { equals: String(created.id) } })
    expect(roleChange!.changes).toMatchObject({ before: { roles: ['expert'] }, after: { roles: ['expert', 'group-head'] } })
    expect(await entries({ action: { equals: 'clearance-change' }, targetId: { equals: String(created.id) } })).toHaveLength(1)

    const token = await tokenFor('office')
    const upload = await uploadFile('attachments', 'برای-دریافت.pdf', tinyPdf, token)
    const file = await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })
    expect((await rest('GET', `/api/attachments/file/${file.filename}`, { token })).status).toBe(200)
    expect(await entries({ action: { equals: 'download' }, targetId: { equals: String(file.id) } })).toHaveLength(1)
  })
})

describe('who reads the trail', () => {
  it('the auditor and the director; not the admin nor an expert', async () => {
    for (const [local, status] of [['auditor', 200], ['director', 200], ['admin', 403], ['expert.gis', 403]] as const) {
      const res = await rest('GET', '/api/audit-log?limit=5', { token: await tokenFor(local) })
      expect(res.status, local).toBe(status)
    }
  })

  it('before/after values of a classified record stay hidden from an auditor below its level', async () => {
    const letter = await register('office', { classification: 'secret', subject: 'سری برای حسابرس' })
    const office = await demoUser(payload, 'office')
    await payload.update({ collection: 'letters', id: letter.id, data: { subject: 'سری اصلاح‌شده', correctionReason: 'اصلاح' } as never, user: office, overrideAccess: false })
    const query = `/api/audit-log?where[targetId][equals]=${letter.id}&where[action][equals]=correct`
    const asAuditor = await rest('GET', query, { token: await tokenFor('auditor') })
    expect(asAuditor.body.docs).toHaveLength(1)
    expect(asAuditor.body.docs[0].changes).toBeUndefined()
    expect(JSON.stringify(asAuditor.body)).not.toContain('سری اصلاح‌شده')
    const asDirector = await rest('GET', query, { token: await tokenFor('director') })
    expect(asDirector.body.docs[0].changes.after.subject).toBe('سری اصلاح‌شده')
  })
})

describe('the trail cannot be rewritten', () => {
  it('refuses create, update and delete on every interface, and in the database itself', async () => {
    const [entry] = await entries({})
    const id = entry!.id
    const token = await tokenFor('auditor')
    for (const t of [token, await tokenFor('director'), await tokenFor('admin')]) {
      expect((await rest('POST', '/api/audit-log', { token: t, body: { action: 'read', interface: 'rest', outcome: 'success', at: new Date().toISOString() } })).status).toBe(403)
      expect((await rest('PATCH', `/api/audit-log/${id}`, { token: t, body: { message: 'دستکاری' } })).status).toBeGreaterThanOrEqual(403)
      expect((await rest('DELETE', `/api/audit-log/${id}`, { token: t })).status).toBeGreaterThanOrEqual(403)
    }
    const gql = await graphql(`mutation { deleteAuditLog(id: ${id}) { id } }`, token)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const auditor = await demoUser(payload, 'auditor')
    await expect(payload.update({ collection: 'audit-log', id, data: { message: 'x' }, user: auditor, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id, user: auditor, overrideAccess: false })).rejects.toThrow()
    // Even code that skips access control meets the database trigger.
    await expect(payload.update({ collection: 'audit-log', id, data: { message: 'x' } })).rejects.toThrow()
    await expect(sql('UPDATE audit_log SET message = $1 WHERE id = $2', ['x', id])).rejects.toThrow(/append-only/)
    await expect(sql('DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow(/append-only/)
    await expect(sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/)
    expect((await payload.findByID({ collection: 'audit-log', id })).message).toBe(entry!.message)
  })

  it('npm run audit:verify passes an intact chain and names exactly the row a superuser edited', async () => {
    const env = { DATABASE_URI: inject('databaseUri') }
    const intact = runScript('audit-verify', [], env)
    expect(intact.stdout + intact.stderr).toMatch(/intact/)
    expect(intact.status).toBe(0)

    const { rows } = await sql('SELECT id, actor_email FROM audit_log ORDER BY id LIMIT 1 OFFSET 3')
    const victim = rows[0].id as number
    // The superuser can switch triggers off for a session; the chain still notices.
    await sql(`BEGIN; SET LOCAL session_replication_role = replica; UPDATE audit_log SET actor_email = 'someone-else@demo.dabir.ir' WHERE id = ${Number(victim)}; COMMIT;`)
    const broken = runScript('audit-verify', [], env)
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain(`id=${victim}:`)
    await bypassingTriggers((db) => db.query('UPDATE audit_log SET actor_email = $1 WHERE id = $2', [rows[0].actor_email, victim]))
  })
})

describe('the trail is verifiable from outside the database', () => {
  // This file's own checkpoint directory; the verify script is told the same.
  const checkpoints = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-checkpoints-'))
  const env = () => ({ DATABASE_URI: inject('databaseUri'), DABIR_AUDIT_CHECKPOINT_DIR: checkpoints })
  const verify = (...args: string[]) => runScript('audit-verify', args, env())
  const file = () => checkpointFile(inject('databaseUri'))
  const owner = () => new pg.Pool({ connectionString: inject('databaseUri'), max: 1 })

  async function checkpoint(): Promise<string> {
    const pool = owner()
    try {
      return await writeCheckpoint(pool, inject('databaseUri'))
    } finally {
      await pool.end()
    }
  }

  /** A few fresh entries at the end of the trail, written by the app. */
  async function someEntries() {
    const letter = await register('office', { classification: 'confidential', subject: 'برای آزمون زنجیره' })
    await payload.findByID({ collection: 'letters', id: letter.id, user: await demoUser(payload, 'director'), overrideAccess: false })
  }

  beforeAll(() => {
    process.env.DABIR_AUDIT_CHECKPOINT_DIR = checkpoints
  })

  it('an untampered trail passes: hashes, HMACs, checkpoints, triggers and the app role', async () => {
    await someEntries()
    const line = await checkpoint()
    expect(fs.readFileSync(file(), 'utf8')).toContain(line)
    const { rows } = await sql('SELECT count(*)::int AS n, count(mac)::int AS signed FROM audit_log')
    expect(rows[0].signed).toBe(rows[0].n)
    const result = verify()
    expect(result.stdout + result.stderr).toMatch(/intact/)
    expect(result.stdout).toMatch(/[1-9]\d* checkpoints hold/)
    expect(result.status).toBe(0)
  })

  it('the app role may read and append the trail, and nothing more, through its own connection', async () => {
    const app = appDatabaseUri(inject('databaseUri'))
    const { rows } = await sql('SELECT current_user AS me, count(*)::int AS n FROM audit_log', [], app)
    expect(rows[0].me).toMatch(/_app$/)
    const [entry] = await entries({})
    for (const attempt of [
      ['UPDATE audit_log SET message = $1 WHERE id = $2', ['دستکاری', entry!.id]],
      ['DELETE FROM audit_log WHERE id = $1', [entry!.id]],
      ['TRUNCATE audit_log', []],
      ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete', []],
      ['ALTER TABLE audit_log DISABLE TRIGGER ALL', []],
      ['DROP TRIGGER audit_log_no_truncate ON audit_log', []],
      ['SET session_replication_role = replica', []],
    ] as const) {
      await expect(sql(attempt[0], [...attempt[1]], app), attempt[0]).rejects.toMatchObject({ code: '42501' })
    }
    // Payload itself runs as that role in these tests (tests/helpers/payload.ts), as in `npm start`.
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    expect((await pool.query('SELECT current_user AS me')).rows[0].me).toBe(rows[0].me)
    expect((await payload.findByID({ collection: 'audit-log', id: entry!.id })).message).toBe(entry!.message)
  })

  it('(a) removing the last entries: the checkpoint names an entry that is gone', async () => {
    await someEntries()
    await checkpoint()
    const removed = await bypassingTriggers(async (db) => (await db.query('DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log) RETURNING *')).rows)
    try {
      const result = verify()
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/truncated: the trail was truncated: the checkpoint of .* names entry id=\d+, but the trail ends at id=\d+/)
      // The line from the director's mail proves it even after the checkpoint file is gone.
      const lines = fs.readFileSync(file(), 'utf8').trim().split('\n')
      fs.renameSync(file(), `${file()}.away`)
      try {
        expect(verify().status).toBe(0) // the chain alone cannot tell
        const withMailLine = verify('--checkpoint', lines.at(-1)!.replace(/\t/g, ' '))
        expect(withMailLine.status).toBe(1)
        expect(withMailLine.stderr).toContain('truncated')
      } finally {
        fs.renameSync(`${file()}.away`, file())
      }
    } finally {
      await bypassingTriggers((db) => db.query('INSERT INTO audit_log SELECT * FROM json_populate_recordset(NULL::audit_log, $1)', [JSON.stringify(removed)]))
    }
    expect(verify().status).toBe(0)
  })

  it('(b) editing an entry and recomputing every hash after it: the HMACs fail from that entry on', async () => {
    await someEntries()
    await checkpoint()
    const { rows } = await sql('SELECT * FROM audit_log WHERE id >= (SELECT max(id) - 4 FROM audit_log) ORDER BY id')
    const victim = rows[0].id as number
    await bypassingTriggers(async (db) => {
      const before = await db.query('SELECT hash FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT 1', [victim])
      let prev: string = before.rows[0]?.hash ?? GENESIS
      for (const row of rows) {
        const facts = storedEntry(row).facts
        if (row.id === victim) facts.outcome = 'denied'
        const hash = entryHash(prev, facts)
        await db.query('UPDATE audit_log SET outcome = $1, prev_hash = $2, hash = $3 WHERE id = $4', [facts.outcome, prev, hash, row.id])
        prev = hash
      }
    })
    try {
      const result = verify()
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`entry id=${victim}: re-hashed`)
      expect(result.stderr).toMatch(/rewritten: the chain was rewritten: entry id=\d+ has another hash than the checkpoint/)
    } finally {
      await bypassingTriggers(async (db) => {
        for (const row of rows) await db.query('UPDATE audit_log SET outcome = $1, prev_hash = $2, hash = $3 WHERE id = $4', [row.outcome, row.prev_hash, row.hash, row.id])
      })
    }
    expect(verify().status).toBe(0)
  })

  it('(c) appending a forged entry through the app role: its HMAC fails', async () => {
    await someEntries()
    const { rows } = await sql('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1')
    const facts = { ...storedEntry(rows[0]).facts, at: new Date().toISOString(), actorEmail: 'nobody@demo.dabir.ir', action: 'login', message: 'ورود جعلی' }
    const hash = entryHash(rows[0].hash, facts)
    const forged = await sql(
      `INSERT INTO audit_log (at, actor_id, actor_email, action, target_collection, target_id, classification, interface, outcome, message, changes, prev_hash, hash, mac)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [facts.at, facts.actorId, facts.actorEmail, facts.action, facts.targetCollection, facts.targetId, facts.classification, facts.interface, facts.outcome, facts.message, JSON.stringify(facts.changes), rows[0].hash, hash, 'f'.repeat(64)],
      appDatabaseUri(inject('databaseUri')),
    )
    const id = forged.rows[0].id as number
    try {
      const result = verify()
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`entry id=${id}: forged entry appended`)
    } finally {
      await bypassingTriggers((db) => db.query('DELETE FROM audit_log WHERE id = $1', [id]))
    }
    expect(verify().status).toBe(0)
  })

  it('(d) a disabled trigger and an app role with too much power are named; what they allowed is caught', async () => {
    const role = appDatabaseUri(inject('databaseUri')).match(/\/\/([^:@]+)/)![1]!
    await sql('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete')
    const [entry] = await entries({})
    try {
      await sql('UPDATE audit_log SET message = $1 WHERE id = $2', ['بی‌محافظ', entry!.id])
      const result = verify()
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('trigger: the append-only trigger audit_log_no_update_delete is disabled')
      expect(result.stderr).toContain(`entry id=${entry!.id}: edited`)
    } finally {
      await sql('UPDATE audit_log SET message = $1 WHERE id = $2', [entry!.message ?? null, entry!.id])
      await sql('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete')
    }
    await sql(`ALTER ROLE "${role}" SUPERUSER`)
    try {
      const result = verify()
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`privileges: the app's database role ${role} is a superuser`)
    } finally {
      await sql(`ALTER ROLE "${role}" NOSUPERUSER`)
    }
    await sql(`GRANT UPDATE ON audit_log TO "${role}"`)
    try {
      expect(verify().stderr).toContain(`${role} may UPDATE audit_log`)
    } finally {
      await sql(`REVOKE UPDATE ON audit_log FROM "${role}"`)
    }
    expect(verify().status).toBe(0)
  })
})

describe('the app role is made safely when boots race', () => {
  it('two databases sharing one role name (DABIR_DB_APP_ROLE), booting at once, both end granted', async () => {
    const server = inject('databaseUri')
    const names = [1, 2].map((n) => `dabir_roles_${Date.now()}_${process.pid}_${n}`)
    const uris = names.map((name) => Object.assign(new URL(server), { pathname: `/${name}` }).toString())
    const role = `dabir_shared_${Date.now()}_${process.pid}_app`
    const previous = process.env.DABIR_DB_APP_ROLE
    process.env.DABIR_DB_APP_ROLE = role
    const pools: pg.Pool[] = []
    try {
      for (const [i, name] of names.entries()) {
        await sql(`CREATE DATABASE "${name}"`)
        await sql('CREATE TABLE audit_log (id serial PRIMARY KEY, note text)', [], uris[i])
      }
      for (const uri of uris) for (let k = 0; k < 3; k++) pools.push(new pg.Pool({ connectionString: uri, max: 1 }))
      const results = await Promise.allSettled(pools.map((pool) => ensureAppRole(pool)))
      expect(results.filter((r) => r.status === 'rejected')).toEqual([])
      for (const uri of uris) {
        const { rows } = await sql(
          `SELECT has_table_privilege($1, 'audit_log', 'INSERT') AS insert, has_table_privilege($1, 'audit_log', 'UPDATE') AS update, (SELECT rolsuper FROM pg_roles WHERE rolname = $1) AS superuser`,
          [role],
          uri,
        )
        expect(rows[0]).toEqual({ insert: true, update: false, superuser: false })
      }
    } finally {
      process.env.DABIR_DB_APP_ROLE = previous ?? ''
      if (previous === undefined) delete process.env.DABIR_DB_APP_ROLE
      await Promise.all(pools.map((pool) => pool.end()))
      for (const name of names) await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await sql(`DROP ROLE IF EXISTS "${role}"`)
    }
  })
})
