import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, User } from '../../src/payload-types'
import { accountMessages } from '../../src/lib/accounts/messages'
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, WINDOW_SECONDS } from '../../src/lib/accounts/throttle'
import { countAttempt } from '../../src/server/loginThrottle'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

// Accounts of this file only (README «Accounts»: who changes what on an account, logging in).
const PASSWORD = 'Accounts-test-1405!'
const at = (local: string) => `${local}@accounts.test.dabir.ir`
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')

let payload: Payload
let admin: User
let director: User
let expert: User
let deputy: User

async function account(local: string, data: Partial<User> = {}): Promise<User> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: at(local) } }, limit: 1, depth: 0 })
  if (found.docs[0]) return found.docs[0]
  return payload.create({
    collection: 'users',
    data: { email: at(local), password: PASSWORD, fullName: `حساب ${local}`, roles: ['expert'], clearance: 'normal', ...data } as never,
  })
}

const login = (email: string, password = PASSWORD, headers: Record<string, string> = {}) =>
  rest('POST', '/api/users/login', { body: { email, password }, headers })

const tokens = new Map<string, string>()
async function tokenOf(user: User): Promise<string> {
  if (!tokens.has(user.email)) {
    const res = await login(user.email)
    if (res.status !== 200) throw new Error(`login ${user.email}: ${res.status}`)
    tokens.set(user.email, res.body.token)
  }
  return tokens.get(user.email)!
}

const stored = (id: number) => payload.findByID({ collection: 'users', id, depth: 0 })

async function entries(where: Record<string, unknown>): Promise<AuditLog[]> {
  return (await payload.find({ collection: 'audit-log', where: where as never, sort: '-id', limit: 50, depth: 0 })).docs
}

beforeAll(async () => {
  payload = await testPayload()
  admin = await account('admin', { roles: ['admin'], clearance: 'normal' })
  director = await account('director', { roles: ['director'], clearance: 'top-secret' })
  expert = await account('expert', { roles: ['expert'], clearance: 'confidential' })
  deputy = await account('deputy', { roles: ['deputy'], clearance: 'secret' })
})

describe('nobody raises their own clearance or roles', () => {
  it('refuses the admin raising their own clearance and roles through the Local API, REST, the account page and GraphQL', async () => {
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { clearance: 'top-secret' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow(accountMessages.selfAuthority)
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { roles: ['admin', 'director'] }, user: admin, overrideAccess: false }),
    ).rejects.toThrow(accountMessages.selfAuthority)

    const token = await tokenOf(admin)
    const viaRest = await rest('PATCH', `/api/users/${admin.id}`, { token, body: { clearance: 'secret' } })
    expect(viaRest.status).toBe(403)
    expect(errorText(viaRest.body)).toBe(accountMessages.selfAuthority)

    // The admin's own account page (/admin/account) saves through the same PATCH, with the whole form.
    const self = (await rest('GET', '/api/users/me', { token })).body.user
    const viaAccountPage = await rest('PATCH', `/api/users/${admin.id}?depth=0`, {
      token,
      headers: { Referer: 'http://localhost:3000/admin/account' },
      body: { ...self, post: null, roles: ['admin', 'director'], clearance: 'top-secret' },
    })
    expect(viaAccountPage.status).toBe(403)

    const viaGraphql = await graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { clearance: top_secret, roles: [admin, director] }) { clearance } }',
      token,
      { id: admin.id },
    )
    expect(viaGraphql.body.errors?.[0]?.message).toBe(accountMessages.selfAuthority)

    const after = await stored(admin.id)
    expect(after.clearance).toBe('normal')
    expect(after.roles).toEqual(['admin'])
    // Each refusal is in the trail, as denied, whatever the door.
    const denied = await entries({ targetCollection: { equals: 'users' }, targetId: { equals: String(admin.id) }, outcome: { equals: 'denied' } })
    expect(denied.map((entry) => entry.interface).sort()).toEqual(['admin', 'graphql', 'local', 'local', 'rest'])
    expect(denied.filter((entry) => entry.action === 'clearance-change')).toHaveLength(4)
    expect(denied.filter((entry) => entry.action === 'role-change')).toHaveLength(1)

    // Their own name is still theirs to save from the account page.
    const renamed = await rest('PATCH', `/api/users/${admin.id}`, { token, headers: { Referer: 'http://localhost:3000/admin/account' }, body: { ...self, post: null, fullName: 'مدیر سامانهٔ آزمایشی' } })
    expect(renamed.status).toBe(200)
    expect((await stored(admin.id)).fullName).toBe('مدیر سامانهٔ آزمایشی')
  })

  it('refuses the director general changing their own roles, and drops an expert’s attempt at their own clearance, roles or post', async () => {
    await expect(
      payload.update({ collection: 'users', id: director.id, data: { roles: ['director', 'auditor'] }, user: director, overrideAccess: false }),
    ).rejects.toThrow(accountMessages.selfAuthority)
    // Whoever may not set these fields at all has them dropped by field access (as before).
    await rest('PATCH', `/api/users/${expert.id}`, { token: await tokenOf(expert), body: { clearance: 'secret', roles: ['admin'] } })
    expect((await stored(expert.id)).clearance).toBe('confidential')
    expect((await stored(expert.id)).roles).toEqual(['expert'])
  })
})

describe('a clearance above confidential and the director-granted roles are the director general’s to give', () => {
  it('refuses the admin creating a top-secret or a director account, on every path, and stores nothing', async () => {
    const token = await tokenOf(admin)
    const data = (local: string, extra: Record<string, unknown>) => ({ email: at(local), password: PASSWORD, fullName: 'حساب دوم', ...extra })

    await expect(
      payload.create({ collection: 'users', data: data('second-local', { clearance: 'top-secret' }) as never, user: admin, overrideAccess: false }),
    ).rejects.toThrow(accountMessages.clearanceDirectorOnly)
    const viaRest = await rest('POST', '/api/users', { token, body: data('second-rest', { clearance: 'secret' }) })
    expect(viaRest.status).toBe(403)
    expect(errorText(viaRest.body)).toBe(accountMessages.clearanceDirectorOnly)
    const director2 = await rest('POST', '/api/users', { token, body: data('second-director', { roles: ['director'], clearance: 'normal' }) })
    expect(director2.status).toBe(403)
    expect(errorText(director2.body)).toBe(accountMessages.roleDirectorOnly)
    const viaGraphql = await graphql(
      `mutation { createUser(data: { email: "${at('second-graphql')}", password: "${PASSWORD}", fullName: "حساب دوم", clearance: top_secret }) { id } }`,
      token,
    )
    expect(viaGraphql.body.errors?.[0]?.message).toBe(accountMessages.clearanceDirectorOnly)

    for (const local of ['second-local', 'second-rest', 'second-director', 'second-graphql']) {
      expect((await payload.count({ collection: 'users', where: { email: { equals: at(local) } } })).totalDocs, local).toBe(0)
      expect((await login(at(local))).status).toBe(401)
    }
    // Up to confidential is the admin's.
    const ordinary = await rest('POST', '/api/users', { token, body: data('second-ordinary', { clearance: 'confidential', roles: ['group-head'] }) })
    expect(ordinary.status).toBe(201)
  })

  it('refuses the admin raising someone else above confidential or granting the director role; the director general may, and the trail shows it', async () => {
    const subject = await account('subject', { clearance: 'confidential' })
    const adminToken = await tokenOf(admin)
    const raise = await rest('PATCH', `/api/users/${subject.id}`, { token: adminToken, body: { clearance: 'highly-confidential' } })
    expect(raise.status).toBe(403)
    expect(errorText(raise.body)).toBe(accountMessages.clearanceDirectorOnly)
    const grant = await graphql('mutation ($id: Int!) { updateUser(id: $id, data: { roles: [expert, director] }) { roles } }', adminToken, { id: subject.id })
    expect(grant.body.errors?.[0]?.message).toBe(accountMessages.roleDirectorOnly)
    // Nor lower the director general.
    const lower = await rest('PATCH', `/api/users/${director.id}`, { token: adminToken, body: { clearance: 'normal' } })
    expect(lower.status).toBe(403)
    expect((await stored(subject.id)).clearance).toBe('confidential')
    expect((await stored(director.id)).clearance).toBe('top-secret')

    const byDirector = await rest('PATCH', `/api/users/${subject.id}`, { token: await tokenOf(director), body: { clearance: 'secret', roles: ['expert', 'secretariat'] } })
    expect(byDirector.status).toBe(200)
    const after = await stored(subject.id)
    expect(after.clearance).toBe('secret')
    expect(after.roles).toEqual(['expert', 'secretariat'])
    const [clearance] = await entries({ action: { equals: 'clearance-change' }, targetId: { equals: String(subject.id) }, outcome: { equals: 'success' } })
    expect(clearance!.actorId).toBe(director.id)
    expect(clearance!.changes).toMatchObject({ before: { clearance: 'confidential' }, after: { clearance: 'secret' } })
    expect(await entries({ action: { equals: 'role-change' }, targetId: { equals: String(subject.id) }, outcome: { equals: 'success' } })).toHaveLength(1)
    // The admin's attempts are there too, as denied.
    expect(await entries({ targetId: { equals: String(subject.id) }, outcome: { equals: 'denied' }, actorId: { equals: admin.id } })).toHaveLength(2)
  })

  it('lets the director general change only clearance, roles and standing on others', async () => {
    const res = await rest('PATCH', `/api/users/${expert.id}`, { token: await tokenOf(director), body: { fullName: 'نام دیگر' } })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toBe(accountMessages.directorOthersFields)
  })
})

describe('the admin cannot take over a privileged account', () => {
  it('refuses the admin setting the password or email of an account above confidential, on every path; an ordinary one is the admin’s', async () => {
    const token = await tokenOf(admin)
    const viaRest = await rest('PATCH', `/api/users/${deputy.id}`, { token, body: { password: 'Taken-over-1405!' } })
    expect(viaRest.status).toBe(403)
    expect(errorText(viaRest.body)).toBe(accountMessages.privilegedCredentials)
    const viaGraphql = await graphql(`mutation ($id: Int!) { updateUser(id: $id, data: { email: "${at('admin-mailbox')}" }) { email } }`, token, { id: deputy.id })
    expect(viaGraphql.body.errors?.[0]?.message).toBe(accountMessages.privilegedCredentials)
    await expect(
      payload.update({ collection: 'users', id: director.id, data: { password: 'Taken-over-1405!' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow(accountMessages.privilegedCredentials)
    expect((await login(deputy.email, 'Taken-over-1405!')).status).toBe(401)
    expect((await login(director.email, 'Taken-over-1405!')).status).toBe(401)
    expect((await stored(deputy.id)).email).toBe(deputy.email)

    const ordinary = await account('ordinary')
    const reset = await rest('PATCH', `/api/users/${ordinary.id}`, { token, body: { password: 'Reset-by-admin-1405!' } })
    expect(reset.status).toBe(200)
    expect((await login(ordinary.email, 'Reset-by-admin-1405!')).status).toBe(200)
  })
})

describe('a password change is in the trail, never the password', () => {
  const secretsIn = (entry: AuditLog) => JSON.stringify(entry)

  it('records the holder’s own change, the admin’s reset and the reset-mail flow, without password, hash or salt', async () => {
    const holder = await account('password-holder')
    // The holder's own change, through REST.
    const own = await rest('PATCH', `/api/users/${holder.id}`, { token: await tokenOf(holder), body: { password: 'Own-change-1405!' } })
    expect(own.status).toBe(200)
    // The admin's reset, through GraphQL.
    const byAdmin = await graphql('mutation ($id: Int!) { updateUser(id: $id, data: { password: "Admin-reset-1405!" }) { id } }', await tokenOf(admin), { id: holder.id })
    expect(byAdmin.body.errors).toBeUndefined()
    // The reset mail's token, then the new password through REST.
    const token = await payload.forgotPassword({ collection: 'users', data: { email: holder.email }, disableEmail: true })
    const viaMail = await rest('POST', '/api/users/reset-password', { body: { token, password: 'Mail-reset-1405!' } })
    expect(viaMail.status).toBe(200)
    expect((await login(holder.email, 'Mail-reset-1405!')).status).toBe(200)

    const changes = (await entries({ targetCollection: { equals: 'users' }, targetId: { equals: String(holder.id) }, action: { equals: 'update' } })).filter(
      (entry) => (entry.changes as { after?: { password?: string } } | null)?.after?.password === accountMessages.passwordChanged,
    )
    expect(changes.map((entry) => entry.actorId).sort()).toEqual([holder.id, holder.id, admin.id].sort())
    expect(changes.map((entry) => entry.interface).sort()).toEqual(['graphql', 'rest', 'rest'])
    const stored = await payload.db.findOne<{ id: number; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: holder.id } } })
    for (const entry of changes) {
      const text = secretsIn(entry)
      for (const secret of ['Own-change-1405!', 'Admin-reset-1405!', 'Mail-reset-1405!', String(stored?.hash), String(stored?.salt)]) expect(text).not.toContain(secret)
    }
  })
})

describe('logging in tells nothing about accounts, and is rate limited', () => {
  afterEach(() => {
    delete process.env.DABIR_TRUSTED_PROXIES
  })

  it('answers an unknown account, a wrong password, a locked and an inactive account the same, on REST and GraphQL', async () => {
    const wrong = await account('wrong-password')
    const locked = await account('locked')
    const inactive = await account('inactive')
    for (let i = 0; i < 5; i++) await login(locked.email, `wrong-${i}`)
    await payload.update({ collection: 'users', id: inactive.id, data: { active: false } })

    const answers = [
      await login(at('nobody-such')),
      await login(wrong.email, 'not-the-password'),
      await login(locked.email), // the right password, but locked
      await login(inactive.email), // the right password, but deactivated
    ]
    for (const res of answers) {
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ errors: [{ message: accountMessages.loginFailed }] })
      expect(res.body.token).toBeUndefined()
    }

    // GraphQL is for logged-in users only (src/server/graphql): an anonymous loginUser is refused
    // before any account is looked at, with one answer whatever the account (login is REST's).
    const loginUser = (email: string, password = PASSWORD) =>
      graphql('mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', undefined, { email, password })
    const viaGraphql = [await loginUser(at('nobody-such-gql')), await loginUser(wrong.email, 'nope-1405'), await loginUser(locked.email), await loginUser(inactive.email), await loginUser(wrong.email)]
    for (const res of viaGraphql) {
      expect(res.status).toBe(401)
      expect(res.body.data?.loginUser ?? null).toBeNull()
      expect(res.body).toEqual(viaGraphql[0]!.body)
      expect(errorText(res.body)).toMatch(persian)
    }
    // The trail keeps the real reason.
    const failed = await entries({ action: { equals: 'login-failed' }, message: { contains: inactive.email } })
    expect(failed.length).toBeGreaterThan(0)
  })

  it('limits attempts per account, counted in the database, even when they race', async () => {
    const email = at('raced-account')
    const results = await Promise.all(Array.from({ length: ACCOUNT_ATTEMPTS + 5 }, (_, i) => login(email, `guess-${i}`)))
    const refused = results.filter((res) => res.status === 429)
    expect(results.filter((res) => res.status === 401)).toHaveLength(ACCOUNT_ATTEMPTS)
    expect(refused).toHaveLength(5)
    for (const res of refused) {
      expect(errorText(res.body)).toMatch(persian)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    // The same address typed differently is the same account.
    const again = await login(`  ${email.toUpperCase()} `, 'guess')
    expect(again.status).toBe(429)
  })

  it('limits failed attempts per client address behind a declared proxy, and ignores X-Forwarded-For without one', async () => {
    const spray = (n: number, address: string, prefix: string) =>
      Promise.all(Array.from({ length: n }, (_, i) => login(at(`${prefix}-${i}`), 'spray', { 'X-Forwarded-For': `198.51.100.7, ${address}` })))

    // No proxy declared: the header is the client's own word, so it is not a key (each account is still limited).
    const unproxied = await spray(ADDRESS_ATTEMPTS + 2, '203.0.113.9', 'unproxied')
    expect(unproxied.every((res) => res.status === 401)).toBe(true)

    process.env.DABIR_TRUSTED_PROXIES = '1'
    const sprayed = await spray(ADDRESS_ATTEMPTS + 3, '203.0.113.10', 'sprayed')
    expect(sprayed.filter((res) => res.status === 401)).toHaveLength(ADDRESS_ATTEMPTS)
    expect(sprayed.filter((res) => res.status === 429)).toHaveLength(3)
    // Another client behind the same proxy is not held back; a spoofed left-hand entry changes nothing.
    expect((await login(at('other-client'), 'x', { 'X-Forwarded-For': '203.0.113.11' })).status).toBe(401)
    expect((await login(at('spoofing'), 'x', { 'X-Forwarded-For': '192.0.2.1, 203.0.113.10' })).status).toBe(429)
  })

  it('a successful login gives its attempt back to the address', async () => {
    process.env.DABIR_TRUSTED_PROXIES = '1'
    const person = await account('office-worker')
    const headers = { 'X-Forwarded-For': '203.0.113.20' }
    // The address has used all but one of its attempts.
    for (let i = 1; i < ADDRESS_ATTEMPTS; i++) await countAttempt(payload, 'address:203.0.113.20', WINDOW_SECONDS)
    expect((await login(person.email, PASSWORD, headers)).status).toBe(200)
    // Had the success kept its attempt, this would be one over the limit.
    expect((await login(person.email, 'mistyped', headers)).status).toBe(401)
    expect((await login(person.email, 'mistyped', headers)).status).toBe(429)
  })
})
