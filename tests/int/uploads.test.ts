import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fileMessages } from '../../src/lib/files'
import { DOCX_LIMITS } from '../../src/lib/files/docx'
import {
  contentTypes,
  docx,
  docxEntries,
  lieAboutSize,
  markEncrypted,
  rawDocx,
  REL,
  relationships,
  replaceName,
  zerosDeflated,
  zipOf,
} from '../helpers/docx'
import { tinyPdf } from '../helpers/files'
import { testPayload } from '../helpers/payload'
import { rest, uploadFile } from '../helpers/rest'

// Uploads through the REST handler (the admin's upload posts the same form), as an account of this file.
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] } | string) =>
  typeof body === 'string' ? body : (body?.errors ?? []).map((e) => e.message).join(' ')

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await testPayload()
  const email = 'uploader@uploads.test.dabir.ir'
  const password = 'Uploads-test-1405!'
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (!found.docs[0]) await payload.create({ collection: 'users', data: { email, password, fullName: 'بارگذار آزمایشی', roles: ['expert'], clearance: 'confidential' } })
  token = (await payload.login({ collection: 'users', data: { email, password } })).token!
})

async function refusedWith(name: string, bytes: Buffer, status: number, reason?: string) {
  const before = await payload.count({ collection: 'attachments' })
  const res = await uploadFile('attachments', name, bytes, token)
  expect(res.status, errorText(res.body)).toBe(status)
  expect(errorText(res.body)).toMatch(persian)
  if (reason) expect(errorText(res.body)).toBe(reason)
  expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
}

describe('one check of an upload, ours, in Persian', () => {
  it('accepts a PDF with a few bytes before its header, which Payload’s own check refused in English', async () => {
    const res = await uploadFile('attachments', 'نامهٔ اسکن‌شده.pdf', Buffer.concat([Buffer.from('\r\n\r\n'), tinyPdf]), token)
    expect(res.status).toBe(201)
    expect(res.body.doc.detectedType).toBe('pdf')
  })

  it('accepts a PDF whose end carries more than a kilobyte after %%EOF', async () => {
    const res = await uploadFile('attachments', 'پیوست.pdf', Buffer.concat([tinyPdf, Buffer.alloc(2048, 0x20)]), token)
    expect(res.status).toBe(201)
  })

  it('refuses an attachment that names a file by URL instead of bringing it, before anything is fetched', async () => {
    const before = await payload.count({ collection: 'attachments' })
    const res = await rest('POST', '/api/attachments', {
      token,
      body: { filename: 'page.html', url: 'https://203.0.113.5/page.html', focalX: 10, focalY: 10, classification: 'normal' },
    })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toBe(fileMessages.noFile)
    expect((await payload.count({ collection: 'attachments' })).totalDocs).toBe(before.totalDocs)
  })

  it('answers a content type that is not accepted with 415', async () => {
    await refusedWith('متن.pdf', Buffer.from('just some plain text, not a document'), 415, fileMessages.unknown)
  })
})

describe('a DOCX is opened and inspected inside', () => {
  it('accepts a plain Word document with a web hyperlink, and refuses one whose hyperlink points to a file share', async () => {
    const res = await uploadFile('attachments', 'گزارش.docx', await docx(), token)
    expect(res.status).toBe(201)
    expect(res.body.doc.detectedType).toBe('docx')
    const share = relationships([`<Relationship Id="rId9" Type="${REL}/hyperlink" Target="file://fileserver/share/x" TargetMode="External"/>`])
    await refusedWith('گزارش.docx', await docx({ replace: { 'word/_rels/document.xml.rels': share } }), 415, fileMessages.docxExternal)
  })

  const settingsRels = (target: string, type = 'attachedTemplate', mode = 'External') =>
    docx({
      extra: [
        { name: 'word/settings.xml', data: '<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
        { name: 'word/_rels/settings.xml.rels', data: relationships([`<Relationship Id="rId1" Type="${REL}/${type}" Target="${target}" TargetMode="${mode}"/>`]) },
      ],
    })

  const cases: Array<[string, () => Promise<Buffer> | Buffer, 400 | 413 | 415, string]> = [
    [
      'a macro project under another name, declared by its content type',
      () =>
        docx({
          replace: { '[Content_Types].xml': contentTypes('<Override PartName="/word/custom.dat" ContentType="application/vnd.ms-office.vbaProject"/>') },
          extra: [{ name: 'word/custom.dat', data: Buffer.from('not really a project') }],
        }),
      415,
      fileMessages.docxMacro,
    ],
    [
      'a macro project under another name, undeclared (an OLE compound file called a picture)',
      () => docx({ extra: [{ name: 'word/media/image9.png', data: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]) }] }),
      415,
      fileMessages.docxEmbedded,
    ],
    [
      'a macro-enabled main document',
      () => docx({ replace: { '[Content_Types].xml': contentTypes('', 'application/vnd.ms-word.document.macroEnabled.main+xml') } }),
      415,
      fileMessages.docxMacro,
    ],
    [
      'a macro project found by its relationship',
      () =>
        docx({
          replace: {
            'word/_rels/document.xml.rels': relationships([`<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="x.xml"/>`]),
          },
        }),
      415,
      fileMessages.docxMacro,
    ],
    ['a remote template', () => settingsRels('http://203.0.113.5/template.dotm'), 415, fileMessages.docxExternal],
    ['a remote template written with character references', () => settingsRels('https://203.0.113.5/t.dotm', 'attachedTemplate', '&#69;xternal'), 415, fileMessages.docxExternal],
    ['an external sub-document', () => settingsRels('\\\\fileserver\\share\\part.docx', 'subDocument'), 415, fileMessages.docxExternal],
    ['an external frame', () => settingsRels('http://203.0.113.5/frame.html', 'frame'), 415, fileMessages.docxExternal],
    [
      'an external picture (a web beacon)',
      () => docx({ replace: { 'word/_rels/document.xml.rels': relationships([`<Relationship Id="rId4" Type="${REL}/image" Target="http://203.0.113.5/p.png" TargetMode="External"/>`]) } }),
      415,
      fileMessages.docxExternal,
    ],
    ['an embedded OLE object', () => docx({ extra: [{ name: 'word/embeddings/oleObject1.bin', data: Buffer.from('object') }] }), 415, fileMessages.docxEmbedded],
    [
      'an OLE object by relationship and content type',
      () =>
        docx({
          replace: {
            '[Content_Types].xml': contentTypes('<Default Extension="dat" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'),
            'word/_rels/document.xml.rels': relationships([`<Relationship Id="rId6" Type="${REL}/oleObject" Target="objects/o.dat"/>`]),
          },
          extra: [{ name: 'word/objects/o.dat', data: Buffer.from('object') }],
        }),
      415,
      fileMessages.docxEmbedded,
    ],
    ['an ActiveX control', () => docx({ extra: [{ name: 'word/activeX/activeX1.xml', data: '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>' }] }), 415, fileMessages.docxEmbedded],
    [
      'a zip bomb: 1 GB from about 1 MB',
      () => rawDocx([{ name: 'word/media/filler.xml', ...zerosDeflated(1024) }]),
      413,
      fileMessages.docxBomb,
    ],
    [
      'a zip bomb that declares a small size and expands to 64 MB',
      () => lieAboutSize(rawDocx([{ name: 'word/media/liar.xml', ...zerosDeflated(64) }]), 'word/media/liar.xml', 1000),
      413,
      fileMessages.docxBomb,
    ],
    [
      'a part that climbs out of its folder (zip slip)',
      async () => replaceName(await docx({ extra: [{ name: 'Z'.repeat('../../../etc/evil.xml'.length), data: '<x/>' }] }), 'Z'.repeat('../../../etc/evil.xml'.length), '../../../etc/evil.xml'),
      400,
      fileMessages.docxUnsafeName,
    ],
    [
      'an absolute part name',
      async () => replaceName(await docx({ extra: [{ name: 'Q'.repeat('/etc/evil.xml'.length), data: '<x/>' }] }), 'Q'.repeat('/etc/evil.xml'.length), '/etc/evil.xml'),
      400,
      fileMessages.docxUnsafeName,
    ],
    ['encrypted entries', async () => markEncrypted(await docx()), 400, fileMessages.docxEncrypted],
    [
      'two parts of the same name',
      async () => replaceName(await docx({ extra: [{ name: 'word/documenX.xml', data: '<x/>' }] }), 'word/documenX.xml', 'word/document.xml'),
      400,
      fileMessages.docxDuplicate,
    ],
    [
      'too many parts',
      () => zipOf([...docxEntries(), ...Array.from({ length: DOCX_LIMITS.maxEntries }, (_, i) => ({ name: `word/p${i}.xml`, data: '<x/>', compress: false }))]),
      413,
      fileMessages.docxTooManyEntries(DOCX_LIMITS.maxEntries),
    ],
  ]

  it.each(cases)('refuses %s, in Persian, and stores nothing', async (_label, make, status, reason) => {
    await refusedWith('سند.docx', await make(), status, reason)
  })
})
