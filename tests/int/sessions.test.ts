import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'
import { withDemoUsers } from '../helpers/users'

let payload: Payload
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')

async function account(email: string) {
  await payload.create({ collection: 'users', data: { email, password: DEMO_PASSWORD, fullName: 'حساب آزمایشی نشست', roles: ['expert'], clearance: 'normal' } })
}
const login = (email: string, password = DEMO_PASSWORD) => rest('POST', '/api/users/login', { body: { email, password } })

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
})

describe('sessions and login', () => {
  it('locks an account after five wrong passwords, even against the right one', async () => {
    await account('locked@test.dabir.ir')
    for (let i = 0; i < 5; i++) expect((await login('locked@test.dabir.ir', `wrong-${i}`)).status).toBe(401)
    const res = await login('locked@test.dabir.ir')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.body.token).toBeUndefined()
    expect(errorText(res.body)).toMatch(persian)
  })

  it('logging out invalidates the token', async () => {
    await account('logout@test.dabir.ir')
    const { body } = await login('logout@test.dabir.ir')
    const token = body.token as string
    expect((await rest('GET', '/api/users/me', { token })).body.user?.email).toBe('logout@test.dabir.ir')
    expect((await rest('POST', '/api/users/logout', { token })).status).toBe(200)
    expect((await rest('GET', '/api/users/me', { token })).body.user ?? null).toBeNull()
    expect((await rest('GET', '/api/letters', { token })).status).toBe(403)
  })

  it('a password reset request answers the same whether or not the address exists', async () => {
    await account('reset@test.dabir.ir')
    const known = await rest('POST', '/api/users/forgot-password', { body: { email: 'reset@test.dabir.ir' } })
    const unknown = await rest('POST', '/api/users/forgot-password', { body: { email: 'nobody-here@test.dabir.ir' } })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
  })
})
