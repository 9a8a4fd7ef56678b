import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { seedDemo } from '../../src/seed/seedDemo'
import { rest } from './rest'
import { DEMO_PASSWORD, repoRoot } from './seed'

let seeded: Promise<unknown> | undefined

/** Reference data and the demo accounts, once per test file (idempotent anyway). */
export function withDemoUsers(payload: Payload) {
  seeded ??= seedDemo(payload, repoRoot, DEMO_PASSWORD)
  return seeded
}

export async function demoUser(payload: Payload, local: string): Promise<User> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: `${local}@demo.dabir.ir` } }, depth: 0, limit: 1 })
  if (!found.docs[0]) throw new Error(`no demo user ${local}`)
  return found.docs[0]
}

const tokens = new Map<string, string>()

export async function tokenFor(local: string): Promise<string> {
  if (!tokens.has(local)) {
    const res = await rest('POST', '/api/users/login', { body: { email: `${local}@demo.dabir.ir`, password: DEMO_PASSWORD } })
    if (res.status !== 200) throw new Error(`login ${local}: ${res.status}`)
    tokens.set(local, res.body.token)
  }
  return tokens.get(local)!
}
