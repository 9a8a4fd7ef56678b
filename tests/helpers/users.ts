import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { seedDemo } from '../../src/seed/seedDemo'
import { rest } from './rest'
import { DEMO_PASSWORD, repoRoot } from './seed'

/**
 * This test file's own accounts. The test files share one database and one mail sink, so an
 * account two files use gets the other file's mail, lock-outs and leftovers. Each file (this
 * module is loaded once per file) gets a twin of every demo account — same post, roles,
 * clearance and name — at `<local>@<tag>.test.dabir.ir`, with a tag of its own.
 */
export const FILE_TAG = `f${randomBytes(4).toString('hex')}`
export const MAIL_DOMAIN = `${FILE_TAG}.test.dabir.ir`

/** This file's address for a demo account's local part (`office`, `expert.gis`, …). */
export const emailOf = (local: string) => `${local}@${MAIL_DOMAIN}`

type DemoEntry = { email: string; post: string | null }
const demoEntries = (): DemoEntry[] => JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'demo-users.json'), 'utf8')).users

let seeded: Promise<unknown> | undefined

/**
 * Reference data and the demo accounts (idempotent), then this file's twins of them, each made
 * the holder of its post for the file's duration (referrals to a post, routing rules and
 * supervisors' mail go to the holder). Once per test file.
 */
export function withDemoUsers(payload: Payload) {
  seeded ??= (async () => {
    await seedDemo(payload, repoRoot, DEMO_PASSWORD)
    for (const entry of demoEntries()) {
      const local = entry.email.split('@')[0]!
      const demo = (await payload.find({ collection: 'users', where: { email: { equals: entry.email } }, depth: 0, limit: 1 })).docs[0]!
      const twin = await payload.create({
        collection: 'users',
        data: { email: emailOf(local), password: DEMO_PASSWORD, fullName: demo.fullName, post: demo.post ?? null, roles: demo.roles, clearance: demo.clearance, active: true } as never,
        depth: 0,
      })
      const postId = typeof demo.post === 'object' ? demo.post?.id : demo.post
      if (postId) await payload.update({ collection: 'posts', id: postId, data: { holder: twin.id }, depth: 0 })
    }
  })()
  return seeded
}

/** This file's account for a demo account's local part. */
export async function demoUser(payload: Payload, local: string): Promise<User> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: emailOf(local) } }, depth: 0, limit: 1 })
  if (!found.docs[0]) throw new Error(`no account ${emailOf(local)}: call withDemoUsers first`)
  return found.docs[0]
}

const tokens = new Map<string, string>()

/** A session token of this file's account for `local`, logged in over REST once. */
export async function tokenFor(local: string): Promise<string> {
  if (!tokens.has(local)) {
    const res = await rest('POST', '/api/users/login', { body: { email: emailOf(local), password: DEMO_PASSWORD } })
    if (res.status !== 200) throw new Error(`login ${emailOf(local)}: ${res.status}`)
    tokens.set(local, res.body.token)
  }
  return tokens.get(local)!
}
