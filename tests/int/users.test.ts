import type { Payload } from 'payload'
import { createLocalReq, initTransaction, killTransaction, registerFirstUserOperation } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { accountMessages } from '../../src/lib/accounts/messages'
import { seedDemo } from '../../src/seed/seedDemo'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { DEMO_PASSWORD, repoRoot } from '../helpers/seed'

const expectedClearance: Record<string, string> = {
  'director@demo.dabir.ir': 'top-secret',
  'office@demo.dabir.ir': 'secret',
  'deputy.political@demo.dabir.ir': 'secret',
  'deputy.elections@demo.dabir.ir': 'secret',
  'head.political@demo.dabir.ir': 'highly-confidential',
  'head.elections@demo.dabir.ir': 'highly-confidential',
  'expert.ethnic@demo.dabir.ir': 'confidential',
  'expert.political@demo.dabir.ir': 'confidential',
  'expert.elections@demo.dabir.ir': 'confidential',
  'expert.divisions@demo.dabir.ir': 'confidential',
  'expert.gis@demo.dabir.ir': 'confidential',
  'admin@demo.dabir.ir': 'normal',
  'auditor@demo.dabir.ir': 'normal',
}

async function login(email: string, password = DEMO_PASSWORD) {
  return rest('POST', '/api/users/login', { body: { email, password } })
}

async function userByEmail(payload: Payload, email: string) {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  return found.docs[0]
}

describe('demo accounts and logging in', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, repoRoot, DEMO_PASSWORD)
  })

  it('creates one account per post plus the admin and the auditor, each with its clearance', async () => {
    const users = await payload.find({ collection: 'users', where: { email: { like: '@demo.dabir.ir' } }, pagination: false, depth: 1 })
    const byEmail = Object.fromEntries(users.docs.map((u) => [u.email, u]))
    expect(Object.keys(byEmail).sort()).toEqual(Object.keys(expectedClearance).sort())
    for (const [email, clearance] of Object.entries(expectedClearance)) {
      expect(byEmail[email].clearance, email).toBe(clearance)
    }
    expect(byEmail['admin@demo.dabir.ir'].roles).toEqual(['admin'])
    expect(byEmail['admin@demo.dabir.ir'].post).toBeFalsy()
    expect(byEmail['auditor@demo.dabir.ir'].roles).toEqual(['auditor'])
    expect(byEmail['office@demo.dabir.ir'].roles).toEqual(['secretariat'])
    const officePost = byEmail['office@demo.dabir.ir'].post
    expect(typeof officePost === 'object' && officePost?.key).toBe('office-chief')
  })

  it('records each demo account as the holder of its post', async () => {
    const posts = await payload.find({ collection: 'posts', where: { organisation: { equals: 'political-directorate' } }, pagination: false, depth: 1 })
    expect(posts.docs).toHaveLength(11)
    for (const post of posts.docs) {
      expect(typeof post.holder === 'object' && post.holder?.email, post.key).toMatch(/@demo\.dabir\.ir$/)
    }
  })

  it('changes nothing when the demo seed runs again', async () => {
    const before = await payload.find({ collection: 'users', pagination: false, depth: 0, sort: 'id' })
    const report = await seedDemo(payload, repoRoot, 'another-password')
    expect(report).toEqual({ created: 0, updated: 0, unchanged: 13 })
    const after = await payload.find({ collection: 'users', pagination: false, depth: 0, sort: 'id' })
    expect(after.docs.map((u) => u.updatedAt)).toEqual(before.docs.map((u) => u.updatedAt))
    // The password chosen at creation still works; a re-run never resets it.
    expect((await login('office@demo.dabir.ir')).status).toBe(200)
  })

  it('logs a demo user in over REST and returns a token with the clearance', async () => {
    const res = await login('office@demo.dabir.ir')
    expect(res.status).toBe(200)
    expect(typeof res.body.token).toBe('string')
    expect(res.body.user.email).toBe('office@demo.dabir.ir')
    expect(res.body.user.clearance).toBe('secret')
    const me = await rest('GET', '/api/users/me', { token: res.body.token })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe('office@demo.dabir.ir')
  })

  it('refuses a wrong password with 401 and answers in Persian', async () => {
    const res = await login('expert.gis@demo.dabir.ir', 'wrong-password')
    expect(res.status).toBe(401)
    expect(JSON.stringify(res.body)).toMatch(/[\u0600-\u06FF]/)
  })

  it('refuses a deactivated account with the Persian message of every failed login, and lets it in again once reactivated', async () => {
    const user = await userByEmail(payload, 'expert.elections@demo.dabir.ir')
    await payload.update({ collection: 'users', id: user.id, data: { active: false } })
    try {
      const res = await login('expert.elections@demo.dabir.ir')
      // The same answer as a wrong password: a refusal never tells that the password was right.
      expect(res.status).toBe(401)
      expect(res.body.errors[0].message).toBe(accountMessages.loginFailed)
    } finally {
      await payload.update({ collection: 'users', id: user.id, data: { active: true } })
    }
    expect((await login('expert.elections@demo.dabir.ir')).status).toBe(200)
  })

  it('lets only the admin create accounts, through the Local API and REST', async () => {
    const expert = await userByEmail(payload, 'expert.political@demo.dabir.ir')
    const admin = await userByEmail(payload, 'admin@demo.dabir.ir')
    const data = { email: 'new.staff@demo.dabir.ir', password: 'x-Strong-1405', fullName: 'کارمند تازه', clearance: 'normal' as const }
    await expect(
      payload.create({ collection: 'users', data, user: expert, overrideAccess: false }),
    ).rejects.toThrow()
    const expertToken = (await login('expert.political@demo.dabir.ir')).body.token
    const viaRest = await rest('POST', '/api/users', { body: data, token: expertToken })
    expect(viaRest.status).toBe(403)
    expect(await userByEmail(payload, 'new.staff@demo.dabir.ir')).toBeUndefined()

    const created = await payload.create({ collection: 'users', data, user: admin, overrideAccess: false })
    expect(created.email).toBe('new.staff@demo.dabir.ir')
    await payload.update({ collection: 'users', id: created.id, data: { active: false } })
  })

  it('does not let a user raise their own clearance or roles, on any path', async () => {
    const expert = await userByEmail(payload, 'expert.ethnic@demo.dabir.ir')
    await payload.update({
      collection: 'users',
      id: expert.id,
      data: { clearance: 'top-secret', roles: ['director'], fullName: 'کارشناس اقوام (ویرایش‌شده)' },
      user: expert,
      overrideAccess: false,
    })
    let after = await userByEmail(payload, 'expert.ethnic@demo.dabir.ir')
    expect(after.clearance).toBe('confidential')
    expect(after.roles).toEqual(['expert'])
    expect(after.fullName).toBe('کارشناس اقوام (ویرایش‌شده)')

    const token = (await login('expert.ethnic@demo.dabir.ir')).body.token
    const res = await rest('PATCH', `/api/users/${expert.id}`, { body: { clearance: 'secret', active: true, roles: ['admin'] }, token })
    expect(res.status).toBe(200)
    after = await userByEmail(payload, 'expert.ethnic@demo.dabir.ir')
    expect(after.clearance).toBe('confidential')
    expect(after.roles).toEqual(['expert'])

    // Nor anyone else's account.
    const other = await userByEmail(payload, 'expert.gis@demo.dabir.ir')
    const res2 = await rest('PATCH', `/api/users/${other.id}`, { body: { fullName: 'x' }, token })
    expect(res2.status).toBe(403)
  })

  it('never deletes an account, even for the admin', async () => {
    const admin = await userByEmail(payload, 'admin@demo.dabir.ir')
    const victim = await userByEmail(payload, 'expert.gis@demo.dabir.ir')
    await expect(payload.delete({ collection: 'users', id: victim.id, user: admin, overrideAccess: false })).rejects.toThrow()
    const token = (await login('admin@demo.dabir.ir')).body.token
    const res = await rest('DELETE', `/api/users/${victim.id}`, { token })
    expect(res.status).toBe(403)
    expect(await userByEmail(payload, 'expert.gis@demo.dabir.ir')).toBeDefined()
  })

  it('makes the very first account of an empty system its admin, with clearance normal', async () => {
    // The admin's "create first user" screen posts to /api/users/first-register, which runs this
    // operation. Run it against an emptied users table inside a transaction that is rolled back.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await payload.db.deleteMany({ collection: 'users', where: {}, req })
      const result = await registerFirstUserOperation({
        collection: payload.collections.users,
        data: { email: 'first@example.ir', password: 'x-Strong-1405', fullName: 'نخستین کاربر', roles: ['expert'], clearance: 'top-secret' },
        req,
      })
      expect(result.user!.roles).toEqual(['admin'])
      expect(result.user!.clearance).toBe('normal')
    } finally {
      await killTransaction(req)
    }
    expect(await userByEmail(payload, 'office@demo.dabir.ir')).toBeDefined()
  })
})
