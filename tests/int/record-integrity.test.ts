import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter, User } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { testPayload } from '../helpers/payload'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'
import { withDemoUsers } from '../helpers/users'

/**
 * Issue 11, items 5, 6, 7 and 16: every copy of a record obeys the record's rule as it is now
 * (versions, audit values, notifications, fresh uploads), a registered paper is frozen except
 * what is listed as correctable, and links answer the same for a hidden letter and a missing one.
 * The accounts are this file's own (`ri.*@test.dabir.ir`).
 */

let payload: Payload
let sender: number

type Account = { user: User; token: string }
const accounts: Record<string, Account> = {}

const ACCOUNTS = {
  director: { roles: ['director'], clearance: 'top-secret' },
  office: { roles: ['secretariat'], clearance: 'secret' },
  deputy: { roles: ['deputy'], clearance: 'secret' },
  expert: { roles: ['expert'], clearance: 'confidential' },
  author: { roles: ['expert'], clearance: 'confidential' },
  plain: { roles: ['expert'], clearance: 'normal' },
  admin: { roles: ['admin'], clearance: 'normal' },
  auditor: { roles: ['auditor'], clearance: 'normal' },
} as const

const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const as = (name: keyof typeof ACCOUNTS) => ({ user: accounts[name]!.user, overrideAccess: false as const })
const token = (name: keyof typeof ACCOUNTS) => accounts[name]!.token

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  for (const [name, spec] of Object.entries(ACCOUNTS)) {
    const email = `ri.${name}@test.dabir.ir`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: DEMO_PASSWORD, fullName: `آزمون یکپارچگی ${name}`, roles: [...spec.roles], clearance: spec.clearance } as never,
    })
    const login = await rest('POST', '/api/users/login', { body: { email, password: DEMO_PASSWORD } })
    expect(login.status).toBe(200)
    accounts[name] = { user, token: login.body.token }
  }
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری آزمون یکپارچگی', kind: 'county-governorate' } })).id
})

/** An incoming letter registered by the office chief (Local API, access on). */
function registerIncoming(subject: string, extra: Record<string, unknown> = {}): Promise<Letter> {
  return payload.create({
    collection: 'letters',
    data: {
      kind: 'incoming',
      status: 'registered',
      classification: 'normal',
      urgency: 'normal',
      subject,
      sender: { relationTo: 'correspondents', value: sender },
      ...extra,
    } as never,
    ...as('office'),
  })
}

const reload = (id: number) => payload.findByID({ collection: 'letters', id, depth: 0 })

describe('item 5: history follows the letter as it is now', () => {
  let letter: Letter
  let versionId: string | number
  const bodyMark = 'متن-پیشین-پیش-از-بالا-بردن'

  beforeAll(async () => {
    letter = await registerIncoming('نامهٔ عادی که سری می‌شود', { body: plainToRichText(bodyMark), senderNumber: 'RI-V-1' })
    const versions = await payload.findVersions({ collection: 'letters', where: { parent: { equals: letter.id } } })
    versionId = versions.docs[0]!.id
    // Raised to secret by the office chief, with a reason.
    await payload.update({ collection: 'letters', id: letter.id, data: { classification: 'secret', correctionReason: 'محتوای حساس' } as never, ...as('office') })
    expect((await reload(letter.id)).classification).toBe('secret')
  })

  it('hides the earlier (normal) versions from the old audience on every door', async () => {
    for (const name of ['expert', 'plain', 'admin'] as const) {
      const list = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: token(name) })
      expect(list.status).toBe(200)
      expect(list.body.totalDocs, name).toBe(0)
      expect(JSON.stringify(list.body)).not.toContain(bodyMark)

      const one = await rest('GET', `/api/letters/versions/${versionId}`, { token: token(name) })
      expect([403, 404]).toContain(one.status)
      expect(JSON.stringify(one.body)).not.toContain(bodyMark)

      const gql = await graphql(
        `{ versionsLetters(where: { parent: { equals: ${letter.id} } }) { totalDocs docs { version { subject } } } versionLetters(id: "${versionId}") { id } }`,
        token(name),
      )
      expect(gql.body.data?.versionsLetters?.totalDocs ?? 0, name).toBe(0)
      expect(gql.body.data?.versionLetters ?? null).toBeNull()
      expect(JSON.stringify(gql.body)).not.toContain(bodyMark)

      const local = await payload.findVersions({ collection: 'letters', where: { parent: { equals: letter.id } }, ...as(name) })
      expect(local.totalDocs, name).toBe(0)
      await expect(payload.findVersionByID({ collection: 'letters', id: versionId as string, ...as(name) })).rejects.toThrow()
    }
  })

  it('still shows the whole history to readers cleared for the letter now', async () => {
    const list = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: token('office') })
    expect(list.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(list.body)).toContain(bodyMark)
    const gql = await graphql(`{ versionsLetters(where: { parent: { equals: ${letter.id} } }) { totalDocs } }`, token('deputy'))
    expect(gql.body.data.versionsLetters.totalDocs).toBeGreaterThanOrEqual(2)
    const local = await payload.findVersionByID({ collection: 'letters', id: versionId as string, ...as('director') })
    expect(JSON.stringify(local)).toContain(bodyMark)
  })
})
