import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { limitMessages } from '../../src/lib/limits/messages'
import type { User } from '../../src/payload-types'
import { testPayload } from '../helpers/payload'
import { graphql, rest, send, type RestResult } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'

const persian = /[\u0600-\u06FF]/
const message = (res: RestResult) => String(res.body?.errors?.[0]?.message ?? '')
const draft = { kind: 'internal', classification: 'normal', urgency: 'normal' }

describe('Request limits, wrong types and malformed bodies: a Persian 4xx and nothing stored', () => {
  let payload: Payload
  let user: User
  let token: string
  let correspondent: number

  const lettersTitled = async (subject: string) => (await payload.count({ collection: 'letters', where: { subject: { equals: subject } } })).totalDocs
  const postJson = (path: string, body: string, method = 'POST') =>
    send(new Request(`http://localhost:3000${path}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body }))

  beforeAll(async () => {
    payload = await testPayload()
    user = (await payload.create({
      collection: 'users',
      data: { email: 'request-limits@test.dabir.ir', password: DEMO_PASSWORD, fullName: 'آزمون محدودیت درخواست', roles: ['expert'], clearance: 'normal' } as never,
    })) as User
    token = (await rest('POST', '/api/users/login', { body: { email: 'request-limits@test.dabir.ir', password: DEMO_PASSWORD } })).body.token
    correspondent = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری آزمون محدودیت' } as never })).id as number
  })

  it('refuses a 10 MB JSON body with a Persian 413', async () => {
    const res = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'بدنهٔ بزرگ', summary: 'x'.repeat(10 * 1024 * 1024) } })
    expect(res.status).toBe(413)
    expect(message(res)).toMatch(persian)
    expect(await lettersTitled('بدنهٔ بزرگ')).toBe(0)
  })

  it('refuses invalid JSON with a Persian 400', async () => {
    for (const body of ['{"subject": ', '{"subject": "x",}', 'nonsense']) {
      const res = await postJson('/api/letters', body)
      expect(res.status, body).toBe(400)
      expect(message(res), body).toMatch(persian)
    }
  })

  it('refuses rich text nested 3,000 levels deep with a Persian 400', async () => {
    const deep = '{"type":"paragraph","version":1,"children":['.repeat(3000) + '{"type":"text","text":"x","version":1}' + ']}'.repeat(3000)
    const body = `{"kind":"internal","classification":"normal","urgency":"normal","subject":"متن تودرتو","body":{"root":{"type":"root","version":1,"children":[${deep}]}}}`
    const res = await postJson('/api/letters', body)
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(persian)
    expect(await lettersTitled('متن تودرتو')).toBe(0)
  })

  it('refuses rich text nested 200 levels deep written into a GraphQL mutation, and a broken upload form', async () => {
    const deep = '{ type: "paragraph", version: 1, children: ['.repeat(200) + '{ type: "text", text: "x", version: 1 }' + '] }'.repeat(200)
    const res = await graphql(`mutation { createLetter(data: { kind: internal, status: draft, classification: normal, urgency: normal, subject: "متن تودرتوی GraphQL", body: { root: { type: "root", version: 1, children: [${deep}] } } }) { id } }`, token)
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/تودرتو/)
    expect(await lettersTitled('متن تودرتوی GraphQL')).toBe(0)

    const form = new FormData()
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'a.pdf')
    form.append('_payload', '{"title": ')
    const upload = await send(new Request('http://localhost:3000/api/attachments', { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form }))
    expect(upload.status).toBe(400)
    expect(message(upload)).toBe(limitMessages.invalidJson)
  })

  it('refuses 5,000 recipients and 5,000 keywords, and keeps 100', async () => {
    const recipients = Array.from({ length: 5000 }, () => ({ relationTo: 'correspondents', value: correspondent }))
    const many = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'گیرندگان بسیار', recipients } })
    expect(many.status).toBe(400)
    expect(message(many)).toMatch(persian)
    const keywords = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'گیرندگان بسیار', keywords: Array.from({ length: 5000 }, (_, i) => `k${i}`) } })
    expect(keywords.status).toBe(400)
    expect(await lettersTitled('گیرندگان بسیار')).toBe(0)
    const hundred = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'صد کلیدواژه', keywords: Array.from({ length: 100 }, (_, i) => `k${i}`) } })
    expect(hundred.status).toBe(201)
  })

  it('refuses limit=0, limit above 250 and pagination=false on REST lists, and answers limit=100', async () => {
    for (const query of ['limit=0', 'limit=100000', 'limit=abc', 'pagination=false']) {
      const res = await rest('GET', `/api/letters?${query}`, { token })
      expect(res.status, query).toBe(400)
      expect(message(res), query).toMatch(persian)
    }
    // The same through the admin's GET override, the query in a form body.
    const override = await send(
      new Request('http://localhost:3000/api/letters', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET', Authorization: `JWT ${token}` },
        body: 'limit=0',
      }),
    )
    expect(override.status).toBe(400)
    expect((await rest('GET', '/api/letters?limit=100', { token })).status).toBe(200)
  })

  it('refuses a number or an object as a subject, naming the field by its Persian label', async () => {
    for (const subject of [5, { a: 1 }, ['x']]) {
      const res = await rest('POST', '/api/letters', { token, body: { ...draft, subject } })
      expect(res.status, JSON.stringify(subject)).toBe(400)
      expect(message(res)).toContain('«موضوع»')
    }
    expect(await lettersTitled('5')).toBe(0)
    expect(await lettersTitled('{"a":1}')).toBe(0)
  })

  it('refuses wrong types of every kind of field, on create and update, through REST and the Local API', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: 12 }, '«خلاصه»'],
      [{ classification: 3 }, '«طبقه‌بندی»'],
      [{ deliberateDuplicate: 'yes' }, '«ثبت دوبارهٔ عمدی»'],
      [{ senderDate: { year: 1403 } }, '«تاریخ نامهٔ فرستنده»'],
      [{ keywords: 'one' }, '«کلیدواژه‌ها»'],
      [{ keywords: [1, 2] }, '«کلیدواژه‌ها»'],
      [{ inReplyTo: { nested: true } }, '«عطف»'],
      [{ recipients: [{ relationTo: 'posts' }] }, '«گیرندگان»'],
    ]
    for (const [fields, label] of cases) {
      const res = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'نوع نادرست', ...fields } })
      expect(res.status, JSON.stringify(fields)).toBe(400)
      expect(message(res), JSON.stringify(fields)).toContain(label)
    }
    expect(await lettersTitled('نوع نادرست')).toBe(0)

    const letter = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'نوع درست' } })
    expect(letter.status).toBe(201)
    const patched = await rest('PATCH', `/api/letters/${letter.body.doc.id}`, { token, body: { subject: 42 } })
    expect(patched.status).toBe(400)
    expect(message(patched)).toContain('«موضوع»')
    await expect(
      payload.update({ collection: 'letters', id: letter.body.doc.id, data: { subject: { x: 1 } } as never, user, overrideAccess: false }),
    ).rejects.toThrow(/«موضوع»/)
    expect((await payload.findByID({ collection: 'letters', id: letter.body.doc.id })).subject).toBe('نوع درست')
  })

  it('accepts what the admin form sends for an array without rows (its row count, 0), as a multipart form too', async () => {
    const json = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'فرم مدیریت: بدون اصلاح', corrections: 0 } })
    expect(json.status, message(json)).toBe(201)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ ...draft, subject: 'فرم مدیریت: چندبخشی', corrections: 0, recipients: [], copies: [], keywords: [] }))
    const multipart = await send(new Request('http://localhost:3000/api/letters?depth=0', { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form }))
    expect(multipart.status, JSON.stringify(multipart.body)).toBe(201)
    const patched = await rest('PATCH', `/api/letters/${json.body.doc.id}`, { token, body: { subject: 'فرم مدیریت: ویرایش', corrections: 0 } })
    expect(patched.status, message(patched)).toBe(200)
    // Any other number, or a string, is still not a list.
    expect((await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'فهرست نادرست', corrections: 3 } })).status).toBe(400)
  })

  it('refuses a link to a record that does not exist, and a non-numeric id, with a Persian 400', async () => {
    const missing = await rest('POST', '/api/letters', { token, body: { ...draft, kind: 'incoming', subject: 'فرستندهٔ ناموجود', sender: { relationTo: 'correspondents', value: 987654 } } })
    expect(missing.status).toBe(400)
    expect(message(missing)).toMatch(persian)
    const copies = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'فرستندهٔ ناموجود', copies: [{ relationTo: 'units', value: 987654 }] } })
    expect(copies.status).toBe(400)
    expect(message(copies)).toMatch(persian)
    expect(await lettersTitled('فرستندهٔ ناموجود')).toBe(0)

    const nonNumeric = await rest('POST', '/api/letters', { token, body: { ...draft, subject: 'شناسهٔ نادرست', dossier: 'abc' } })
    expect(nonNumeric.status).toBe(400)
    expect(message(nonNumeric)).toMatch(persian)
    for (const [method, path] of [['GET', '/api/letters/abc'], ['PATCH', '/api/letters/abc'], ['GET', '/api/letters/99999999999999999999']] as const) {
      const res = await rest(method, path, { token, body: method === 'PATCH' ? { subject: 'y' } : undefined })
      expect(res.status, `${method} ${path}`).toBe(400)
      expect(message(res), `${method} ${path}`).toMatch(persian)
    }
  })

  it('gives every statement of the server a timeout of 5 s', async () => {
    const pool = (payload.db as unknown as { pool: { query: (q: string) => Promise<{ rows: Record<string, string>[] }> } }).pool
    expect((await pool.query('SHOW statement_timeout')).rows[0]!.statement_timeout).toBe('5s')
    await expect(pool.query('SELECT pg_sleep(6)')).rejects.toMatchObject({ code: '57014' })
  })

  it('refuses a GraphQL mutation with a link to a missing record with a Persian message, storing nothing', async () => {
    const res = await graphql(`mutation { createLetter(data: { kind: incoming, status: draft, classification: normal, urgency: normal, subject: "پیوند ناموجود GraphQL", sender: { relationTo: correspondents, value: 987655 } }) { id } }`, token)
    expect(res.body.data?.createLetter ?? null).toBeNull()
    expect(message(res)).toMatch(/وجود ندارد/)
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
    expect(await lettersTitled('پیوند ناموجود GraphQL')).toBe(0)
  })
})
