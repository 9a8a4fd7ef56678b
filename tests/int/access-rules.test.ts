import { createHmac } from 'crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter, User } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const user = (local: string) => demoUser(payload, local)

async function postOf(key: string) {
  const found = await payload.find({ collection: 'posts', where: { key: { equals: key } }, depth: 0, limit: 1 })
  return found.docs[0]!
}

const registerAs = (local: string, data: Record<string, unknown>) => registerIncoming(payload, sender, data, local)

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا', kind: 'county-governorate' } })).id
})

describe('a paper addressed to someone below its classification shows its header, not its content', () => {
  let letter: Letter
  let file: string
  beforeAll(async () => {
    const upload = await uploadFile('attachments', 'پیوست-سری.pdf', tinyPdf, await tokenFor('office'))
    const ethnic = await postOf('expert-ethnic')
    letter = await registerAs('office', {
      classification: 'secret',
      subject: 'گزارش سری قومیت‌ها',
      summary: 'خلاصهٔ سری',
      body: plainToRichText('متن سری نشانی‌دار'),
      senderNumber: 'SN-ADDR-1',
      recipients: [{ relationTo: 'posts', value: ethnic.id }],
      attachments: [upload.body.doc.id],
    })
    file = (await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })).filename!
    // A correction keeps before/after values of the content: those are content too.
    await payload.update({ collection: 'letters', id: letter.id, data: { senderNumber: 'SN-ADDR-2', correctionReason: 'اصلاح شمارهٔ فرستنده' } as never, user: await user('office'), overrideAccess: false })
  })

  it('REST, GraphQL and the Local API give the addressee the header only', async () => {
    const token = await tokenFor('expert.ethnic')
    const byId = await rest('GET', `/api/letters/${letter.id}?depth=0`, { token })
    expect(byId.status).toBe(200)
    expect(byId.body.subject).toBe('گزارش سری قومیت‌ها')
    expect(byId.body.registryNumber).toBe(letter.registryNumber)
    for (const hidden of ['body', 'summary', 'senderNumber', 'senderNumberKey', 'attachments']) expect(byId.body).not.toHaveProperty(hidden)
    // Payload answers a hidden array with [], never with its rows.
    expect(byId.body.corrections ?? []).toEqual([])
    expect(JSON.stringify(byId.body)).not.toMatch(/خلاصه|نشانی‌دار|SN-ADDR/)
    const asOffice = await rest('GET', `/api/letters/${letter.id}?depth=0`, { token: await tokenFor('office') })
    expect(asOffice.body.corrections).toHaveLength(1)

    const gql = await graphql(`{ Letter(id: ${letter.id}) { subject body senderNumber summary attachments { id } } }`, token)
    expect(gql.body.data.Letter.subject).toBe('گزارش سری قومیت‌ها')
    expect(gql.body.data.Letter.body).toBeNull()
    expect(gql.body.data.Letter.senderNumber).toBeNull()
    expect(gql.body.data.Letter.summary).toBeNull()
    expect(gql.body.data.Letter.attachments ?? []).toEqual([])

    const local = await payload.findByID({ collection: 'letters', id: letter.id, user: await user('expert.ethnic'), overrideAccess: false })
    expect(local.subject).toBe('گزارش سری قومیت‌ها')
    expect(local.body).toBeUndefined()
    expect(local.senderNumber).toBeUndefined()

    const download = await rest('GET', `/api/attachments/file/${file}`, { token })
    expect([403, 404]).toContain(download.status)
  })

  it('a colleague it was not addressed to does not see it at all', async () => {
    const res = await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('expert.political') })
    expect(res.status).toBe(404)
  })

  it('a filter or sort on a hidden field cannot probe what it says', async () => {
    const token = await tokenFor('expert.ethnic')
    const all = await rest('GET', `/api/letters?where[id][equals]=${letter.id}`, { token })
    expect(all.body.totalDocs).toBe(1)
    // Rich text cannot be filtered at all (a Persian 400 for everyone, cleared or not).
    for (const who of ['expert.ethnic', 'office']) {
      const res = await rest('GET', `/api/letters?where[body][like]=${encodeURIComponent('نشانی‌دار')}`, { token: await tokenFor(who) })
      expect(res.status).toBe(400)
      expect(errorText(res.body)).toMatch(persian)
    }
    const probes = [
      'where[senderNumber][equals]=SN-ADDR-2',
      'where[senderNumber][equals]=SN-OTHER',
      'where[or][0][senderNumber][exists]=true&where[or][1][senderNumber][exists]=false',
      `where[summary][like]=${encodeURIComponent('خلاصه')}`,
    ]
    for (const probe of probes) {
      const res = await rest('GET', `/api/letters?where[id][equals]=${letter.id}&${probe}`, { token })
      expect(res.status, probe).toBe(200)
      expect(res.body.totalDocs, probe).toBe(0)
    }
    const sorted = await rest('GET', `/api/letters?where[id][equals]=${letter.id}&sort=-senderNumber`, { token })
    expect(sorted.body.totalDocs).toBe(0)
    // The same probes from someone cleared do match: the filter itself works.
    const office = await rest('GET', `/api/letters?where[id][equals]=${letter.id}&where[senderNumber][equals]=SN-ADDR-2`, { token: await tokenFor('office') })
    expect(office.body.totalDocs).toBe(1)
  })

  it('version history holds the content, so only readers of the content see it', async () => {
    const asAddressee = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: await tokenFor('expert.ethnic') })
    expect(asAddressee.status).toBe(200)
    expect(asAddressee.body.totalDocs).toBe(0)
    const asOffice = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: await tokenFor('office') })
    expect(asOffice.body.totalDocs).toBeGreaterThan(0)
    const asAdmin = await rest('GET', `/api/letters/versions?where[parent][equals]=${letter.id}`, { token: await tokenFor('admin') })
    expect(asAdmin.body.totalDocs ?? 0).toBe(0)
  })
})

describe('upload URLs follow the same rule', () => {
  it('an image of a secret paper and its thumbnail download only for those cleared', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).png().toBuffer()
    const upload = await uploadFile('attachments', 'نقشهٔ سری.png', png, await tokenFor('office'))
    expect(upload.status).toBe(201)
    await registerAs('office', { classification: 'secret', subject: 'نقشهٔ سری', attachments: [upload.body.doc.id] })
    const stored = await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })
    const thumbnail = stored.sizes?.thumbnail?.filename
    expect(thumbnail).toBeTruthy()
    for (const name of [stored.filename!, thumbnail!]) {
      expect((await rest('GET', `/api/attachments/file/${name}`, { token: await tokenFor('office') })).status).toBe(200)
      for (const local of ['expert.gis', 'head.elections', 'admin']) {
        expect([403, 404], `${local} ${name}`).toContain((await rest('GET', `/api/attachments/file/${name}`, { token: await tokenFor(local) })).status)
      }
      expect([401, 403, 404]).toContain((await rest('GET', `/api/attachments/file/${name}`)).status)
    }
    // Nor does the attachment record itself show up for them.
    const listed = await rest('GET', `/api/attachments?where[id][equals]=${stored.id}`, { token: await tokenFor('expert.gis') })
    expect(listed.body.totalDocs).toBe(0)
  })
})

describe('addressing a unit reaches its head', () => {
  it('the head of the political group sees the header of a secret paper sent to the group', async () => {
    const headPost = await postOf('head-political')
    const unit = typeof headPost.unit === 'object' ? headPost.unit.id : headPost.unit
    const letter = await registerAs('office', { classification: 'secret', subject: 'به گروه سیاسی', body: plainToRichText('متن'), recipients: [{ relationTo: 'units', value: unit }] })
    const head = await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('head.political') })
    expect(head.status).toBe(200)
    expect(head.body.body).toBeUndefined()
    const expert = await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('expert.political') })
    expect(expert.status).toBe(404)
  })
})

describe('top-secret is the director general’s', () => {
  it('addressing or copying a top-secret paper to someone grants nothing', async () => {
    const office = await postOf('office-chief')
    const directorPost = await postOf('director')
    // The director registers what he signs: an internal paper from his own post.
    const letter = await registerAs('director', {
      kind: 'internal',
      sender: { relationTo: 'posts', value: directorPost.id },
      classification: 'top-secret',
      subject: 'به‌کلی سری',
      recipients: [{ relationTo: 'posts', value: office.id }],
      copies: [{ relationTo: 'posts', value: office.id }],
    })
    expect((await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('office') })).status).toBe(404)
    expect((await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('director') })).status).toBe(200)
  })

  it('an author keeps reading a paper raised above their clearance, but not once it is top-secret', async () => {
    const author = await user('expert.elections')
    const draft = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', classification: 'confidential', urgency: 'normal', subject: 'پیش‌نویس کارشناس', body: plainToRichText('متن پیش‌نویس') },
      user: author,
      overrideAccess: false,
    })
    const director = await user('director')
    await payload.update({ collection: 'letters', id: draft.id, data: { classification: 'secret' }, user: director, overrideAccess: false })
    const asAuthor = await rest('GET', `/api/letters/${draft.id}`, { token: await tokenFor('expert.elections') })
    expect(asAuthor.status).toBe(200)
    expect(JSON.stringify(asAuthor.body.body)).toContain('متن پیش‌نویس')
    await payload.update({ collection: 'letters', id: draft.id, data: { classification: 'top-secret' }, user: director, overrideAccess: false })
    expect((await rest('GET', `/api/letters/${draft.id}`, { token: await tokenFor('expert.elections') })).status).toBe(404)
  })
})

describe('writes follow roles', () => {
  it('nobody classifies a paper above their own clearance, on any path', async () => {
    const before = (await payload.count({ collection: 'letters' })).totalDocs
    const token = await tokenFor('expert.gis')
    const res = await rest('POST', '/api/letters', { token, body: { kind: 'internal', classification: 'secret', urgency: 'normal', subject: 'بالاتر از سطح' } })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toMatch(persian)
    const gql = await graphql(`mutation { createLetter(data: { kind: internal, classification: secret, urgency: normal, subject: "بالاتر" }) { id } }`, token)
    expect(gql.body.errors?.[0]?.message).toMatch(persian)
    await expect(
      payload.create({ collection: 'letters', data: { kind: 'internal', status: 'draft', classification: 'secret', urgency: 'normal', subject: 'بالاتر' }, user: await user('expert.gis'), overrideAccess: false }),
    ).rejects.toThrow(persian)
    expect((await payload.count({ collection: 'letters' })).totalDocs).toBe(before)
  })

  it('a colleague cannot edit someone else’s draft; its author can', async () => {
    const draft = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پیش‌نویس من' },
      user: await user('expert.divisions'),
      overrideAccess: false,
    })
    const other = await rest('PATCH', `/api/letters/${draft.id}`, { token: await tokenFor('expert.gis'), body: { subject: 'دستکاری' } })
    expect([403, 404]).toContain(other.status)
    await expect(
      payload.update({ collection: 'letters', id: draft.id, data: { subject: 'دستکاری' }, user: await user('expert.gis'), overrideAccess: false }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'letters', id: draft.id })).subject).toBe('پیش‌نویس من')
    const own = await rest('PATCH', `/api/letters/${draft.id}`, { token: await tokenFor('expert.divisions'), body: { subject: 'پیش‌نویس من، ویراسته' } })
    expect(own.status).toBe(200)
  })
})

describe('the system admin reads no classified content, through any path', () => {
  let confidential: Letter
  let normal: Letter
  beforeAll(async () => {
    normal = await registerAs('office', { classification: 'normal', subject: 'نامهٔ عادی برای عطف' })
    confidential = await registerAs('office', {
      classification: 'confidential',
      subject: 'موضوع محرمانه‌ای که مدیر سامانه نباید ببیند',
      body: plainToRichText('متن محرمانه'),
      inReplyTo: normal.id,
    })
  })

  it('not by id, list, GraphQL, Local API, join, population, versions or a probing filter', async () => {
    const token = await tokenFor('admin')
    const admin = await user('admin')
    const secretText = /مدیر سامانه نباید|متن محرمانه/
    const responses = [
      await rest('GET', `/api/letters/${confidential.id}`, { token }),
      await rest('GET', '/api/letters?limit=100&depth=2', { token }),
      await rest('GET', `/api/letters/${normal.id}?depth=2`, { token }),
      await rest('GET', `/api/letters/versions?limit=100`, { token }),
      await rest('GET', `/api/letters?where[subject][like]=${encodeURIComponent('مدیر سامانه نباید')}`, { token }),
      await graphql(`{ Letter(id: ${normal.id}) { subject repliedBy { docs { subject body } } } Letters(limit: 100) { docs { subject body } } }`, token),
    ]
    for (const res of responses) expect(JSON.stringify(res.body)).not.toMatch(secretText)
    const local = await payload.find({ collection: 'letters', user: admin, overrideAccess: false, limit: 100, depth: 2 })
    expect(JSON.stringify(local)).not.toMatch(secretText)
    const joined = await rest('GET', `/api/letters/${normal.id}?depth=1`, { token })
    expect(joined.body.repliedBy?.docs ?? []).toHaveLength(0)
    // Someone cleared does see the reply through the same join.
    const office = await rest('GET', `/api/letters/${normal.id}?depth=1`, { token: await tokenFor('office') })
    expect(office.body.repliedBy.docs.map((d: { id: number }) => d.id)).toContain(confidential.id)
  })
})

describe('bad input is refused or neutralised, and nothing leaks', () => {
  function forgedToken(claims: Record<string, unknown>, key: string) {
    const enc = (obj: unknown) => Buffer.from(JSON.stringify(obj)).toString('base64url')
    const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`
    return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`
  }

  it('a forged or expired token reads nothing', async () => {
    const director = await user('director')
    const claims = { id: director.id, collection: 'users', email: director.email }
    const now = Math.floor(Date.now() / 1000)
    const tokens = [
      forgedToken({ ...claims, exp: now + 3600 }, 'not-the-secret'),
      forgedToken({ ...claims, iat: now - 7200, exp: now - 3600 }, payload.secret),
      'garbage.token.here',
    ]
    const any = await registerAs('office', { classification: 'normal', subject: 'برای توکن جعلی' })
    for (const token of tokens) {
      const list = await rest('GET', '/api/letters', { token })
      expect(list.status).toBe(403)
      expect(errorText(list.body)).toMatch(persian)
      const one = await rest('GET', `/api/letters/${any.id}`, { token })
      expect([401, 403, 404]).toContain(one.status)
      expect(JSON.stringify(one.body)).not.toContain('برای توکن جعلی')
      const me = await rest('GET', '/api/users/me', { token })
      expect(me.body.user ?? null).toBeNull()
    }
  })

  it('depth=100 on REST is a 400 with a Persian message', async () => {
    const res = await rest('GET', '/api/letters?depth=100', { token: await tokenFor('office') })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(persian)
  })

  it('a GraphQL query 50 levels deep is refused before it runs', async () => {
    const query = `{ Letters { docs ${'{ inReplyTo '.repeat(49)}{ id }${' }'.repeat(49)} } }`
    // GraphQL over HTTP: a validation failure is a 400 for graphql-response+json clients; plain
    // application/json clients get the same refusal with 200, as the spec asks.
    const modern = await graphql(query, await tokenFor('office'), undefined, 'application/graphql-response+json')
    expect(modern.status).toBe(400)
    const legacy = await graphql(query, await tokenFor('office'))
    for (const res of [modern, legacy]) {
      expect(res.body.data ?? null).toBeNull()
      expect(res.body.errors[0].message).toMatch(persian)
    }
  })
})
