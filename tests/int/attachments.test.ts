import { createHash } from 'crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { uploadMaxBytes } from '../../src/server/uploadLimits'
import { testPayload } from '../helpers/payload'
import { withPngSize } from '../helpers/bytes'
import { tinyPdf } from '../helpers/files'
import { rest, send, uploadFile } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'
import { incomingRequirements } from '../helpers/letters'

let payload: Payload
let token: string
const persian = /[\u0600-\u06FF]/
const pdf = tinyPdf
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  token = await tokenFor('office')
})

describe('attachments are judged by their content', () => {
  it('accepts a PDF, stores it under a server-made name with its SHA-256, and serves it as a download', async () => {
    const res = await uploadFile('attachments', 'گزارش فرمانداری.pdf', pdf, token)
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.originalName).toBe('گزارش فرمانداری.pdf')
    expect(doc.filename).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(doc.sha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    expect(doc.detectedType).toBe('pdf')

    const file = await rest('GET', `/api/attachments/file/${doc.filename}`, { token })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    const anonymous = await rest('GET', `/api/attachments/file/${doc.filename}`)
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
  })

  it('accepts a PNG and makes a thumbnail', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3366aa' } }).png().toBuffer()
    const res = await uploadFile('attachments', 'نقشه.png', png, token)
    expect(res.status).toBe(201)
    expect(res.body.doc.sizes.thumbnail.width).toBe(320)
  })

  const refused: Array<[string, string, number, () => Promise<Buffer> | Buffer]> = [
    ['an HTML page renamed .pdf', 'نامه.pdf', 415, () => Buffer.from('<!DOCTYPE html><html><body>%PDF-1.4<script>alert(1)</script></body></html>')],
    ['an SVG', 'logo.svg', 415, () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an SVG renamed .png', 'logo.png', 415, () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a Windows executable', 'setup.pdf', 415, () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
    ['a PNG named .pdf', 'scan.pdf', 400, () => sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()],
    [
      'a 20000×20000 PNG of a few hundred bytes',
      'bomb.png',
      413,
      async () => withPngSize(await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer(), 20000, 20000),
    ],
    ['a name with ../', '../../etc/passwd.pdf', 400, () => pdf],
    ['a name with an RTL override', 'invoice\u202Efdp.pdf', 400, () => pdf],
    ['a name with a raw NUL (a malformed part header)', 'a\u0000.pdf', 400, () => pdf],
  ]

  it.each(refused)('refuses %s with a Persian reason (%s, %i) and stores nothing', async (_label, name, status, make) => {
    const before = await payload.count({ collection: 'attachments' })
    const res = await uploadFile('attachments', name, await make(), token)
    expect(res.status).toBe(status)
    expect(errorText(res.body)).toMatch(persian)
    expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a name carrying NUL (RFC 5987 encoded) with a Persian reason', async () => {
    const boundary = 'dabirBoundary'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''a%00b.pdf\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--${boundary}--\r\n`),
    ])
    const request = new Request('http://localhost:3000/api/attachments', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
    })
    const before = await payload.count({ collection: 'attachments' })
    const response = await send(request)
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toMatch(persian)
    expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a file one byte over the size limit', async () => {
    const before = await payload.count({ collection: 'attachments' })
    const big = Buffer.concat([pdf, Buffer.alloc(uploadMaxBytes() + 1 - pdf.length, 0x20)])
    const res = await uploadFile('attachments', 'بزرگ.pdf', big, token)
    expect(res.status).toBe(413)
    expect(typeof res.body === 'string' ? res.body : errorText(res.body)).toMatch(persian)
    expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
  })

  it('raises an attachment to the classification of its letter, and hides it from lower clearances', async () => {
    const up = await uploadFile('attachments', 'محرمانه.pdf', pdf, token)
    const office = await demoUser(payload, 'office')
    const sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری کازرون', kind: 'county-governorate' } })).id
    await payload.create({
      collection: 'letters',
      data: {
        kind: 'incoming',
        status: 'registered',
        classification: 'secret',
        urgency: 'normal',
        subject: 'گزارش سری',
        sender: { relationTo: 'correspondents', value: sender },
        attachments: [up.body.doc.id],
        ...incomingRequirements({ attachments: true }),
      },
      user: office,
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: 'attachments', id: up.body.doc.id })
    expect(stored.classification).toBe('secret')
    const expertToken = await tokenFor('expert.gis')
    const asExpert = await rest('GET', `/api/attachments/file/${stored.filename}`, { token: expertToken })
    expect(asExpert.status).toBeGreaterThanOrEqual(400)
    const asOffice = await rest('GET', `/api/attachments/file/${stored.filename}`, { token })
    expect(asOffice.status).toBe(200)
  })
})
