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

describe('item 6: a registered letter is frozen but for the listed corrections', () => {
  const patch = (name: keyof typeof ACCOUNTS, id: number, body: Record<string, unknown>) => rest('PATCH', `/api/letters/${id}`, { body, token: token(name) })
  const gqlUpdate = (name: keyof typeof ACCOUNTS, id: number, data: string) => graphql(`mutation { updateLetter(id: ${id}, data: { ${data} }) { id } }`, token(name))
  const localUpdate = (name: keyof typeof ACCOUNTS, id: number, data: Record<string, unknown>) =>
    payload.update({ collection: 'letters', id, data: data as never, ...as(name) })

  /** Every door refuses `change` from `name` with a Persian message, and the letter stays as it was. */
  async function refusedEverywhere(name: keyof typeof ACCOUNTS, letter: Letter, change: Record<string, unknown>, gqlData: string, statuses: number[] = [409]) {
    const before = await reload(letter.id)
    const viaRest = await patch(name, letter.id, change)
    expect(statuses, `${name} REST ${JSON.stringify(change)}`).toContain(viaRest.status)
    expect(errorText(viaRest.body)).toMatch(persian)
    const viaGraphql = await gqlUpdate(name, letter.id, gqlData)
    expect(viaGraphql.body.errors?.length, `${name} GraphQL ${gqlData}`).toBeGreaterThan(0)
    expect(errorText(viaGraphql.body)).toMatch(persian)
    await expect(localUpdate(name, letter.id, change), `${name} Local API`).rejects.toThrow(persian)
    const after = await reload(letter.id)
    for (const key of Object.keys(change)) if (key !== 'correctionReason') expect(after[key as keyof Letter]).toEqual(before[key as keyof Letter])
    expect(after.corrections ?? []).toEqual(before.corrections ?? [])
  }

  it('the deputy cannot downgrade, nor change urgency, keywords or links, by a plain PATCH', async () => {
    const secret = await registerIncoming('نامهٔ سری برای کاهش', { classification: 'secret', urgency: 'urgent', keywords: ['الف'] })
    const earlier = await registerIncoming('نامهٔ پیشین برای پیوند')
    await refusedEverywhere('deputy', secret, { classification: 'normal' }, 'classification: normal', [403, 409])
    await refusedEverywhere('deputy', secret, { classification: 'normal', correctionReason: 'دلیل' }, 'classification: normal, correctionReason: "دلیل"', [403, 409])
    await refusedEverywhere('deputy', secret, { urgency: 'normal' }, 'urgency: normal')
    await refusedEverywhere('deputy', secret, { keywords: ['ب'] }, 'keywords: ["ب"]')
    await refusedEverywhere('deputy', secret, { follows: [earlier.id] }, `follows: [${earlier.id}]`)
    await refusedEverywhere('deputy', secret, { inReplyTo: earlier.id }, `inReplyTo: ${earlier.id}`)
    await refusedEverywhere('deputy', secret, { summary: 'خلاصهٔ دیگر' }, 'summary: "خلاصهٔ دیگر"')
    // After all that, the plain reader still cannot read it.
    expect((await rest('GET', `/api/letters/${secret.id}`, { token: token('plain') })).status).toBe(404)
  })

  it('the author of a registered letter cannot keep editing it', async () => {
    const draft = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'گزارش نویسنده', keywords: ['گزارش'] } as never,
      ...as('author'),
    })
    await payload.update({ collection: 'letters', id: draft.id, data: { status: 'registered' } as never, ...as('deputy') })
    const registered = await reload(draft.id)
    expect(registered.status).toBe('registered')
    await refusedEverywhere('author', registered, { urgency: 'immediate' }, 'urgency: immediate')
    await refusedEverywhere('author', registered, { keywords: ['دیگر'] }, 'keywords: ["دیگر"]')
    await refusedEverywhere('author', registered, { summary: 'خلاصهٔ نویسنده' }, 'summary: "خلاصهٔ نویسنده"')
    await refusedEverywhere('author', registered, { subject: 'موضوع تازه' }, 'subject: "موضوع تازه"')
    await refusedEverywhere('author', registered, { senderDateJalali: '1405/01/10' }, 'senderDateJalali: "1405/01/10"')
  })

  it('only the director general lowers a classification, with a reason, kept in corrections and the audit trail', async () => {
    const secret = await registerIncoming('نامهٔ سری برای رفع طبقه‌بندی', { classification: 'secret', body: plainToRichText('متن-سری-پیشین') })
    // The office chief may raise, not lower.
    await refusedEverywhere('office', secret, { classification: 'normal', correctionReason: 'دلیل' }, 'classification: normal, correctionReason: "دلیل"', [403])
    // The director general, but not without a reason.
    const noReason = await patch('director', secret.id, { classification: 'normal' })
    expect(noReason.status).toBe(400)
    expect(errorText(noReason.body)).toMatch(persian)
    const lowered = await patch('director', secret.id, { classification: 'confidential', correctionReason: 'رفع طبقه‌بندی پس از انتخابات' })
    expect(lowered.status).toBe(200)
    const viaGraphql = await gqlUpdate('director', secret.id, 'classification: normal, correctionReason: "رفع کامل"')
    expect(viaGraphql.body.errors).toBeUndefined()
    const after = await reload(secret.id)
    expect(after.classification).toBe('normal')
    expect(after.corrections?.map((c) => [c.reason, c.changes])).toEqual([
      ['رفع طبقه‌بندی پس از انتخابات', [{ field: 'classification', before: 'secret', after: 'confidential' }]],
      ['رفع کامل', [{ field: 'classification', before: 'confidential', after: 'normal' }]],
    ])
    const trail = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'letters' }, targetId: { equals: String(secret.id) }, action: { equals: 'correct' }, outcome: { equals: 'success' } }, sort: 'at' })
    expect(trail.docs).toHaveLength(2)
    expect(trail.docs[0]!.actorId).toBe(accounts.director!.user.id)
    // Its history stays at its own level: the plain reader sees only the versions made normal.
    const versions = await rest('GET', `/api/letters/versions?where[parent][equals]=${secret.id}`, { token: token('plain') })
    expect(versions.body.totalDocs).toBe(1)
    expect(versions.body.docs[0].version.classification).toBe('normal')
  })

  it('the office chief raises a classification and corrects urgency, keywords and links only with a reason', async () => {
    const letter = await registerIncoming('نامهٔ عادی برای بالا بردن', { keywords: ['الف'] })
    const earlier = await registerIncoming('نامهٔ پیشین برای عطف')
    const noReason = await patch('office', letter.id, { classification: 'secret' })
    expect(noReason.status).toBe(400)
    expect(errorText(noReason.body)).toMatch(persian)
    await expect(localUpdate('office', letter.id, { urgency: 'urgent' })).rejects.toThrow(persian)
    // Above the office chief's own clearance: refused whatever the reason.
    expect((await patch('office', letter.id, { classification: 'top-secret', correctionReason: 'دلیل' })).status).toBe(403)
    const raised = await localUpdate('office', letter.id, { classification: 'secret', urgency: 'urgent', correctionReason: 'محتوای حساس' })
    expect(raised.classification).toBe('secret')
    const linked = await patch('office', letter.id, { keywords: ['الف', 'ب'], inReplyTo: earlier.id, correctionReason: 'عطف از قلم افتاده بود' })
    expect(linked.status).toBe(200)
    const after = await reload(letter.id)
    expect(after.corrections?.map((c) => c.reason)).toEqual(['محتوای حساس', 'عطف از قلم افتاده بود'])
    expect(after.corrections?.[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'urgency', before: 'normal', after: 'urgent' },
        { field: 'classification', before: 'normal', after: 'secret' },
      ]),
    )
    // The summary is the office chief's to amend, without a correction.
    expect((await patch('office', letter.id, { summary: 'خلاصهٔ دفتر' })).status).toBe(200)
    expect((await reload(letter.id)).corrections).toHaveLength(2)
  })

  it('a cancelled letter keeps its reason and its classification', async () => {
    const letter = await registerIncoming('نامه برای ابطال')
    expect((await patch('office', letter.id, { status: 'cancelled', cancelReason: 'تکراری' })).status).toBe(200)
    await refusedEverywhere('office', letter, { cancelReason: 'دلیل دیگر' }, 'cancelReason: "دلیل دیگر"')
    await refusedEverywhere('office', letter, { classification: 'secret', correctionReason: 'دلیل' }, 'classification: secret, correctionReason: "دلیل"')
    const registered = await registerIncoming('نامهٔ ثبت‌شده بی‌ابطال')
    await refusedEverywhere('office', registered, { cancelReason: 'پیش از ابطال' }, 'cancelReason: "پیش از ابطال"')
  })
})
