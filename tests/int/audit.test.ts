import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import type { AuditLog, Letter } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { registerIncoming } from '../helpers/letters'
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

function sql(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: inject('databaseUri') })
  return client.connect().then(async () => {
    try {
      return await client.query(text, params)
    } finally {
      await client.end()
    }
  })
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
      body: { kind: 'incoming', status: 'registered', classification: 'confidential', urgency: 'normal', subject: 'ثبت از راه REST', sender: { relationTo: 'correspondents', value: sender } },
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
      body: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject, sender: { relationTo: 'correspondents', value: sender } },
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

    const { rows } = await sql('SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 3')
    const victim = rows[0].id as number
    // The superuser can switch triggers off for a session; the chain still notices.
    await sql(`BEGIN; SET LOCAL session_replication_role = replica; UPDATE audit_log SET actor_email = 'someone-else@demo.dabir.ir' WHERE id = ${Number(victim)}; COMMIT;`)
    const broken = runScript('audit-verify', [], env)
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain(`id=${victim}:`)
  })
})
