import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter, User } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { testPayload } from '../helpers/payload'
import { runJobs } from '../helpers/jobs'
import { addressOf, receivedMails } from '../helpers/mail'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'
import { withDemoUsers } from '../helpers/users'
import { incomingRequirements } from '../helpers/letters'

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
      ...incomingRequirements(extra),
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

  it('hides the earlier (normal) versions from the old audience on every door, not from those cleared now', async () => {
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
    // Readers cleared for the letter as it is now still read its whole history.
    const list = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: token('office') })
    expect(list.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(list.body)).toContain(bodyMark)
    const gql = await graphql(`{ versionsLetters(where: { parent: { equals: ${letter.id} } }) { totalDocs } }`, token('deputy'))
    expect(gql.body.data.versionsLetters.totalDocs).toBeGreaterThanOrEqual(2)
    const local = await payload.findVersionByID({ collection: 'letters', id: versionId as string, ...as('director') })
    expect(JSON.stringify(local)).toContain(bodyMark)
  })
})

describe('item 5: the other copies (audit values, mails) follow the letter as it is now', () => {
  it('an audit entry’s before/after values of a letter since raised are hidden from the uncleared auditor, on every door', async () => {
    const letter = await registerIncoming('موضوع پیش از اصلاح ممیزی')
    await payload.update({ collection: 'letters', id: letter.id, data: { subject: 'موضوع-پس-از-اصلاح-ممیزی', correctionReason: 'غلط' } as never, ...as('office') })
    const where = `where[targetCollection][equals]=letters&where[targetId][equals]=${letter.id}&where[action][equals]=correct`
    const seen = await rest('GET', `/api/audit-log?${where}`, { token: token('auditor') })
    expect(seen.body.docs).toHaveLength(1)
    expect(JSON.stringify(seen.body.docs[0].changes)).toContain('موضوع-پس-از-اصلاح-ممیزی')

    await payload.update({ collection: 'letters', id: letter.id, data: { classification: 'secret', correctionReason: 'حساس شد' } as never, ...as('office') })
    const viaRest = await rest('GET', `/api/audit-log?${where}&sort=at`, { token: token('auditor') })
    expect(viaRest.body.docs.length).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(viaRest.body)).not.toContain('موضوع-پس-از-اصلاح-ممیزی')
    const viaGraphql = await graphql(`{ AuditLogs(where: { targetId: { equals: "${letter.id}" }, action: { equals: correct } }) { docs { action changes } } }`, token('auditor'))
    expect(viaGraphql.body.data.AuditLogs.docs.length).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(viaGraphql.body)).not.toContain('موضوع-پس-از-اصلاح-ممیزی')
    const viaLocal = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(letter.id) }, action: { equals: 'correct' } }, ...as('auditor') })
    expect(viaLocal.docs.length).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(viaLocal.docs)).not.toContain('موضوع-پس-از-اصلاح-ممیزی')
    // The director, cleared for it now, still reads them.
    const director = await payload.find({ collection: 'audit-log', where: { targetId: { equals: String(letter.id) }, action: { equals: 'correct' } }, ...as('director') })
    expect(JSON.stringify(director.docs)).toContain('موضوع-پس-از-اصلاح-ممیزی')
  })

  it('a mail about a paper since raised above the reader’s clearance no longer shows what it said', async () => {
    const letter = await registerIncoming('موضوع-نامه-برای-اعلان')
    const referral = await rest('POST', '/api/referrals', {
      token: token('office'),
      body: { record: { relationTo: 'letters', value: letter.id }, to: [accounts.expert!.user.id], purpose: 'action', instruction: 'هامش-اعلان' },
    })
    expect(referral.status).toBe(201)
    const where = { referral: { equals: referral.body.doc.id } }
    const before = await payload.find({ collection: 'notifications', where, ...as('office') })
    expect(before.docs).toHaveLength(1)
    expect(JSON.stringify(before.docs)).toContain('موضوع-نامه-برای-اعلان')

    await payload.update({ collection: 'letters', id: letter.id, data: { classification: 'top-secret', correctionReason: 'به‌کلی سری شد' } as never, ...as('director') })
    const viaLocal = await payload.find({ collection: 'notifications', where, depth: 0, ...as('office') })
    expect(viaLocal.docs).toHaveLength(1)
    const viaRest = await rest('GET', `/api/notifications?where[referral][equals]=${referral.body.doc.id}&depth=0`, { token: token('office') })
    const viaGraphql = await graphql(`{ Notifications(where: { referral: { equals: ${referral.body.doc.id} } }) { docs { subject text html } } }`, token('office'))
    for (const copy of [viaLocal.docs, viaRest.body, viaGraphql.body]) {
      expect(JSON.stringify(copy)).not.toContain('موضوع-نامه-برای-اعلان')
      expect(JSON.stringify(copy)).not.toContain('هامش-اعلان')
    }
    // (The referral itself, which the office chief wrote, is the referral's own rule.)
    // Its recipient keeps it through the referral; the director general reads everything.
    for (const name of ['expert', 'director'] as const) {
      const mine = await payload.find({ collection: 'notifications', where, ...as(name) })
      expect(JSON.stringify(mine.docs), name).toContain('موضوع-نامه-برای-اعلان')
    }
  })
  it('a queued mail is not sent to a recipient who may no longer read its paper', async () => {
    const letter = await registerIncoming('موضوع-نامهٔ-نامهٔ-صف')
    const referral = await rest('POST', '/api/referrals', {
      token: token('office'),
      body: { record: { relationTo: 'letters', value: letter.id }, to: [accounts.plain!.user.id], purpose: 'action', instruction: 'هامش-صف' },
    })
    expect(referral.status).toBe(201)
    // Recalled while unseen, and the paper raised above the recipient's clearance, before the queue ran.
    expect((await rest('PATCH', `/api/referrals/${referral.body.doc.id}`, { token: token('office'), body: { state: 'recalled' } })).status).toBe(200)
    await payload.update({ collection: 'letters', id: letter.id, data: { classification: 'confidential', correctionReason: 'محرمانه شد' } as never, ...as('office') })
    await runJobs(payload, ['sendNotification'])
    const note = await payload.find({ collection: 'notifications', where: { referral: { equals: referral.body.doc.id } }, depth: 0 })
    expect(note.docs.map((n) => n.status)).toEqual(['withheld'])
    const mails = (await receivedMails()).filter((m) => addressOf(m) === 'ri.plain@test.dabir.ir')
    expect(mails.some((m) => JSON.stringify(m).includes('موضوع-نامهٔ-نامهٔ-صف'))).toBe(false)
  })
  it('a correction made while a letter was secret stays secret after the letter is declassified', async () => {
    const letter = await registerIncoming('موضوع-سری-پیش-از-اصلاح', { classification: 'secret' })
    await payload.update({ collection: 'letters', id: letter.id, data: { subject: 'موضوع پس از اصلاح', correctionReason: 'غلط املایی' } as never, ...as('office') })
    await payload.update({ collection: 'letters', id: letter.id, data: { classification: 'normal', correctionReason: 'رفع طبقه‌بندی' } as never, ...as('director') })
    const secretWord = 'موضوع-سری-پیش-از-اصلاح'
    const viaRest = await rest('GET', `/api/letters/${letter.id}?depth=0`, { token: token('plain') })
    expect(viaRest.status).toBe(200)
    expect(JSON.stringify(viaRest.body)).not.toContain(secretWord)
    const viaGraphql = await graphql(`{ Letter(id: ${letter.id}) { subject corrections { reason changes } } }`, token('plain'))
    expect(viaGraphql.body.data.Letter.subject).toBe('موضوع پس از اصلاح')
    expect(JSON.stringify(viaGraphql.body)).not.toContain(secretWord)
    const viaLocal = await payload.findByID({ collection: 'letters', id: letter.id, depth: 0, ...as('plain') })
    expect(JSON.stringify(viaLocal)).not.toContain(secretWord)
    const versions = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}&depth=0`, { token: token('plain') })
    expect(versions.body.totalDocs).toBeGreaterThan(0)
    expect(JSON.stringify(versions.body)).not.toContain(secretWord)
    // The director general, cleared for the correction's level, still reads it; and it is stored whole.
    const director = await payload.findByID({ collection: 'letters', id: letter.id, depth: 0, ...as('director') })
    expect(JSON.stringify(director.corrections)).toContain(secretWord)
    expect((await reload(letter.id)).corrections).toHaveLength(2)
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
    const other = await registerIncoming('نامهٔ محرمانه برای رفع از راه Local API', { classification: 'confidential' })
    expect((await localUpdate('director', other.id, { classification: 'normal', correctionReason: 'رفع' })).classification).toBe('normal')
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

describe('item 7: a fresh upload is its uploader’s until a paper carries it', () => {
  /** What each door gives `name` of an attachment: true = the file or its record came through. */
  async function doors(name: keyof typeof ACCOUNTS, id: number, filename: string) {
    const file = await rest('GET', `/api/attachments/file/${filename}`, { token: token(name) })
    const byId = await rest('GET', `/api/attachments/${id}?depth=0`, { token: token(name) })
    const list = await rest('GET', `/api/attachments?where[id][equals]=${id}&depth=0`, { token: token(name) })
    const gql = await graphql(`{ Attachment(id: ${id}) { id } Attachments(where: { id: { equals: ${id} } }) { totalDocs } }`, token(name))
    const local = await payload.find({ collection: 'attachments', where: { id: { equals: id } }, depth: 0, ...as(name) })
    return {
      file: file.status === 200,
      rest: byId.status === 200,
      list: list.body.totalDocs === 1,
      graphql: Boolean(gql.body.data?.Attachment) || gql.body.data?.Attachments?.totalDocs === 1,
      local: local.totalDocs === 1,
    }
  }
  const all = (value: boolean) => ({ file: value, rest: value, list: value, graphql: value, local: value })

  it('nobody but the uploader reads a fresh upload, by file URL, REST, GraphQL or the Local API', async () => {
    const upload = await uploadFile('attachments', 'پیش‌نویس-پیوست.pdf', tinyPdf, token('expert'))
    expect(upload.status).toBe(201)
    const { id, filename } = upload.body.doc
    expect(await doors('expert', id, filename)).toEqual(all(true))
    for (const name of ['deputy', 'plain', 'office', 'director'] as const) expect(await doors(name, id, filename), name).toEqual(all(false))
  })

  it('once a letter carries it, it follows the letter’s rule', async () => {
    const upload = await uploadFile('attachments', 'پیوست-نامه.pdf', tinyPdf, token('office'))
    const { id, filename } = upload.body.doc
    expect(await doors('plain', id, filename)).toEqual(all(false))
    await registerIncoming('نامهٔ عادی با پیوست', { attachments: [id] })
    expect(await doors('plain', id, filename)).toEqual(all(true))

    const secretUpload = await uploadFile('attachments', 'پیوست-سری.pdf', tinyPdf, token('office'))
    await registerIncoming('نامهٔ سری با پیوست', { classification: 'secret', attachments: [secretUpload.body.doc.id] })
    expect(await doors('expert', secretUpload.body.doc.id, secretUpload.body.doc.filename)).toEqual(all(false))
    expect(await doors('deputy', secretUpload.body.doc.id, secretUpload.body.doc.filename)).toEqual(all(true))
  })

  it('someone else’s fresh upload cannot be attached: the same answer as a missing file', async () => {
    const upload = await uploadFile('attachments', 'پیوست-دیگری.pdf', tinyPdf, token('expert'))
    const draft = (attachments: number[]) =>
      rest('POST', '/api/letters', { token: token('deputy'), body: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'ربودن پیوست', attachments } })
    const hidden = await draft([upload.body.doc.id])
    const missing = await draft([upload.body.doc.id + 100000])
    expect(hidden.status).toBe(400)
    expect([missing.status, errorText(missing.body)]).toEqual([hidden.status, errorText(hidden.body)])
    expect(await doors('deputy', upload.body.doc.id, upload.body.doc.filename)).toEqual(all(false))

    // Named in a referral's response by someone else, it stays its uploader's.
    const letter = await registerIncoming('نامه برای پاسخ با پیوست دیگری')
    const referral = await rest('POST', '/api/referrals', { token: token('office'), body: { record: { relationTo: 'letters', value: letter.id }, to: [accounts.deputy!.user.id], purpose: 'review' } })
    await rest('GET', `/api/referrals/${referral.body.doc.id}`, { token: token('deputy') })
    await rest('PATCH', `/api/referrals/${referral.body.doc.id}`, { token: token('deputy'), body: { state: 'done', response: 'پاسخ', responseAttachments: [upload.body.doc.id] } })
    for (const name of ['deputy', 'office', 'plain'] as const) expect(await doors(name, upload.body.doc.id, upload.body.doc.filename), name).toEqual(all(false))
    expect(await doors('expert', upload.body.doc.id, upload.body.doc.filename)).toEqual(all(true))
  })

  it('nothing is classified above its author’s clearance: attachments and letters, on every door', async () => {
    const above = await uploadFile('attachments', 'بالاتر-از-مجوز.pdf', tinyPdf, token('expert'), { classification: 'secret' })
    expect(above.status).toBe(403)
    expect(errorText(above.body)).toMatch(persian)
    const before = await payload.count({ collection: 'attachments' })
    await expect(
      payload.create({ collection: 'attachments', data: { classification: 'top-secret' } as never, file: { data: tinyPdf, mimetype: 'application/pdf', name: 'x.pdf', size: tinyPdf.length }, ...as('office') }),
    ).rejects.toThrow(persian)
    expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
    const within = await uploadFile('attachments', 'در-حد-مجوز.pdf', tinyPdf, token('expert'), { classification: 'confidential' })
    expect(within.status).toBe(201)

    const letter = { kind: 'internal', status: 'draft', urgency: 'normal', subject: 'پیش‌نویس بالاتر از مجوز' }
    expect((await rest('POST', '/api/letters', { token: token('expert'), body: { ...letter, classification: 'secret' } })).status).toBe(403)
    const gql = await graphql(`mutation { createLetter(data: { kind: internal, status: draft, urgency: normal, subject: "بالاتر", classification: secret }) { id } }`, token('expert'))
    expect(errorText(gql.body)).toMatch(persian)
    await expect(payload.create({ collection: 'letters', data: { ...letter, classification: 'top-secret' } as never, ...as('office') })).rejects.toThrow(persian)

    // The server raising a file to the level of the paper that carries it is not the uploader
    // classifying: an author attaching a file to their draft raised above them is not refused.
    const draft = await payload.create({ collection: 'letters', data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پیش‌نویس بالا رفته' } as never, ...as('author') })
    await payload.update({ collection: 'letters', id: draft.id, data: { classification: 'secret' } as never, ...as('office') })
    const upload = await uploadFile('attachments', 'پیوست-نویسنده.pdf', tinyPdf, token('author'))
    const attached = await rest('PATCH', `/api/letters/${draft.id}`, { token: token('author'), body: { attachments: [upload.body.doc.id] } })
    expect(attached.status).toBe(200)
    expect((await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })).classification).toBe('secret')
    expect((await rest('GET', `/api/attachments/file/${upload.body.doc.filename}`, { token: token('author') })).status).toBe(200)
    expect((await rest('GET', `/api/attachments/file/${upload.body.doc.filename}`, { token: token('expert') })).status).not.toBe(200)
  })
})

describe('item 16: links and numbers answer the same for a hidden letter and a missing one', () => {
  let hidden: Letter
  let hiddenDraft: Letter
  let missingId: number
  let dossier: number

  beforeAll(async () => {
    dossier = (await payload.create({ collection: 'dossiers', data: { code: '973', title: 'پروندهٔ پنهان آزمون', status: 'open' } })).id
    hidden = await registerIncoming('نامهٔ سری پنهان', { classification: 'secret', dossier })
    hiddenDraft = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', classification: 'secret', urgency: 'normal', subject: 'پیش‌نویس سری پنهان' } as never,
      ...as('office'),
    })
    const last = await payload.find({ collection: 'letters', sort: '-id', limit: 1, depth: 0 })
    missingId = last.docs[0]!.id + 100000
  })

  const draftBody = (extra: Record<string, unknown>) => ({ kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پیش‌نویس کاوشگر', ...extra })

  it('a reply or follow-up to a hidden letter (registered or draft) is refused exactly as to a missing one', async () => {
    for (const field of ['inReplyTo', 'follows'] as const) {
      const value = (id: number) => (field === 'follows' ? [id] : id)
      const answers = []
      for (const id of [hidden.id, hiddenDraft.id, missingId]) {
        const viaRest = await rest('POST', '/api/letters', { token: token('expert'), body: draftBody({ [field]: value(id) }) })
        const viaGraphql = await graphql(`mutation { createLetter(data: { kind: internal, status: draft, classification: normal, urgency: normal, subject: "کاوش", ${field}: ${field === 'follows' ? `[${id}]` : id} }) { id } }`, token('expert'))
        const viaLocal = await payload.create({ collection: 'letters', data: draftBody({ [field]: value(id) }) as never, ...as('expert') }).then(
          () => 'created',
          (error: Error) => error.message,
        )
        answers.push([viaRest.status, errorText(viaRest.body), errorText(viaGraphql.body), viaLocal])
      }
      expect(answers[0], field).toEqual(answers[2])
      expect(answers[1], field).toEqual(answers[2])
      expect(answers[2]![0]).toBe(400)
      expect(answers[2]![1]).toMatch(persian)
    }
    // Nothing of the hidden letter's dossier was filed under the prober's name.
    expect((await payload.count({ collection: 'letters', where: { dossier: { equals: dossier } } })).totalDocs).toBe(1)
  })

  it('a draft updated with such a link answers the same too, and keeps no dossier', async () => {
    const draft = await payload.create({ collection: 'letters', data: draftBody({}) as never, ...as('expert') })
    const toHidden = await rest('PATCH', `/api/letters/${draft.id}`, { token: token('expert'), body: { inReplyTo: hidden.id } })
    const toMissing = await rest('PATCH', `/api/letters/${draft.id}`, { token: token('expert'), body: { inReplyTo: missingId } })
    expect([toHidden.status, errorText(toHidden.body)]).toEqual([toMissing.status, errorText(toMissing.body)])
    const after = await reload(draft.id)
    expect(after.dossier ?? null).toBeNull()
    expect(after.inReplyTo ?? null).toBeNull()
  })

  it('a hidden letter’s registry number typed into a draft is found no more than a number nobody has', async () => {
    const withHidden = await rest('POST', '/api/letters', { token: token('expert'), body: draftBody({ subject: `عطف به نامهٔ ${hidden.registryNumber}` }) })
    const withNone = await rest('POST', '/api/letters', { token: token('expert'), body: draftBody({ subject: 'عطف به نامهٔ 1405/و/99999' }) })
    expect(withHidden.status).toBe(201)
    expect(withNone.status).toBe(201)
    expect(withHidden.body.doc.detectedReferences).toEqual(withNone.body.doc.detectedReferences)
    expect(withHidden.body.doc.detectedReferences).toEqual([])
    const stored = await reload(withHidden.body.doc.id)
    expect(stored.detectedReferences ?? []).toEqual([])
    // The writer cleared for it does get the suggestion.
    const byOffice = await payload.create({ collection: 'letters', data: draftBody({ subject: `عطف به نامهٔ ${hidden.registryNumber}` }) as never, ...as('office') })
    expect((byOffice.detectedReferences ?? []).map((r) => (typeof r === 'object' ? r.id : r))).toEqual([hidden.id])
  })
})
