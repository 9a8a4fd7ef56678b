// The letter page's own doors: the registration stamp (GET /api/letters/:id/stamp) and who a
// referral may reach (the drawer's rule, held by the server).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import jsQR from 'jsqr'
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatJalaliDate, tehranParts } from '../../src/lib/jalali'
import { qrMatrix, QR_QUIET } from '../../src/lib/pdf/stamp'
import { toPersianDigits } from '../../src/lib/persian'
import type { Letter } from '../../src/payload-types'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { checkPdf, has, savePdf, textLines } from '../helpers/pdf'
import { rest, restBytes } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const errorOf = (text: string) => errorText(JSON.parse(text))
const register = (data: Record<string, unknown>, as = 'office') => registerIncoming(payload, sender, data, as)
const stamp = async (id: number | string, as?: string) => restBytes(`/api/letters/${id}/stamp`, as ? await tokenFor(as) : undefined)
const userId = async (local: string) => (await demoUser(payload, local)).id
const about = (letter: Letter) => ({ relationTo: 'letters', value: letter.id })

const downloads = async (id: number, outcome: 'success' | 'denied') =>
  (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'letters' }, targetId: { equals: String(id) }, action: { equals: 'download' }, outcome: { equals: outcome } } })).totalDocs

/** The QR code as drawn: the one filled path of rectangles on the page, back on its module grid. */
async function drawnQr(bytes: Uint8Array): Promise<{ size: number; dark: boolean[] }> {
  const doc = await PDFDocument.load(bytes)
  const contents = doc.getPage(0).node.Contents()
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents]
  const all = streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n')
  // The code is the page's one black fill: from its colour to its `f`.
  const start = all.indexOf('0 0 0 rg\n')
  expect(start).toBeGreaterThanOrEqual(0)
  const ops = all.slice(start, all.indexOf('\nf\n', start))
  const rects = [...ops.matchAll(/([\d.]+) ([\d.]+) m\s+([\d.]+) [\d.]+ l\s+[\d.]+ ([\d.]+) l\s+[\d.]+ [\d.]+ l\s+h/g)].map((m) => ({
    x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]),
  }))
  expect(rects.length).toBeGreaterThan(20)
  const module = Math.min(...rects.map((r) => r.y1 - r.y0))
  // The top-left finder pattern is always dark: the grid starts at the topmost, leftmost rectangle.
  const left = Math.min(...rects.map((r) => r.x0))
  const top = Math.max(...rects.map((r) => r.y1))
  const size = Math.round((Math.max(...rects.map((r) => r.x1)) - left) / module)
  const dark = new Array<boolean>(size * size).fill(false)
  for (const r of rects) {
    const row = Math.round((top - r.y1) / module)
    for (let c = Math.round((r.x0 - left) / module); c < Math.round((r.x1 - left) / module); c++) dark[row * size + c] = true
  }
  return { size, dark }
}

function decode(qr: { size: number; dark: boolean[] }, scale = 4): string | undefined {
  const side = (qr.size + 2 * QR_QUIET) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - QR_QUIET
      const col = Math.floor(x / scale) - QR_QUIET
      if (row >= 0 && col >= 0 && row < qr.size && col < qr.size && qr.dark[row * qr.size + col]) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
    }
  return jsQR(data, side, side)?.data
}

/** Rasterises the page with poppler (where installed) and decodes what a scanner would see. */
function scanPrinted(bytes: Uint8Array): string | undefined {
  const file = savePdf('stamp-scan.pdf', bytes)
  const out = path.join(path.dirname(file), 'stamp-scan')
  expect(spawnSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', file, out]).status).toBe(0)
  const pgm = readFileSync(`${out}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'))!
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i++) rgba.fill(pixels[i]!, i * 4, i * 4 + 3), (rgba[i * 4 + 3] = 255)
  return jsQR(rgba, width, height)?.data
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا', kind: 'county-governorate' } })).id
  await payload.updateGlobal({ slug: 'letterhead', data: { organisation: 'استانداری نمونه' } })
})

describe('GET /api/letters/:id/stamp', () => {
  let letter: Letter
  beforeAll(async () => {
    letter = await register({ subject: 'درخواست برگزاری همایش' })
  })

  it('is the 80×40 mm stamp: the number in Persian digits, the Jalali date and time in Tehran, the book, recorded as a download', async () => {
    const before = await downloads(letter.id, 'success')
    const res = await stamp(letter.id, 'office')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(await checkPdf(res.bytes)).toBe(1)
    const doc = await PDFDocument.load(res.bytes)
    expect(doc.getPage(0).getSize().width).toBeCloseTo((80 * 72) / 25.4, 1)
    expect(doc.getPage(0).getSize().height).toBeCloseTo((40 * 72) / 25.4, 1)

    const lines = await textLines(res.bytes)
    const text = lines.join('\n')
    expect(lines).toContain(toPersianDigits(letter.registryNumber!))
    expect(text).toContain(formatJalaliDate(letter.registeredAt!, { digits: 'persian' }))
    const t = tehranParts(letter.registeredAt!)
    expect(text).toContain(toPersianDigits(`${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`))
    const book = await payload.findByID({ collection: 'registry-books', id: Number((letter.registryBook as { id?: number })?.id ?? letter.registryBook) })
    expect(text).toContain(book.name)
    expect(text).toContain('استانداری نمونه')
    expect(await downloads(letter.id, 'success')).toBe(before + 1)
  })

  it('its QR code is the library’s code of the registry number, and decodes to it', async () => {
    const res = await stamp(letter.id, 'office')
    const drawn = await drawnQr(res.bytes)
    const expected = qrMatrix(letter.registryNumber!)
    expect(drawn.size).toBe(expected.size)
    expect(drawn.dark).toEqual([...expected.dark])
    expect(decode(drawn)).toBe(letter.registryNumber)
    // What a scanner reads off the printed page, where poppler is installed to print it.
    if (has('pdftoppm')) expect(scanPrinted(res.bytes)).toBe(letter.registryNumber)
  })

  it('without a login 401; a bad id 400; an unknown letter 404 (Persian)', async () => {
    const anonymous = await stamp(letter.id)
    expect(anonymous.status).toBe(401)
    expect(errorOf(anonymous.text)).toMatch(persian)
    expect((await stamp('abc', 'office')).status).toBe(400)
    const missing = await stamp(99999999, 'office')
    expect(missing.status).toBe(404)
    expect(errorOf(missing.text)).toMatch(persian)
  })

  it('a letter the reader may not see answers as one that does not exist (404), and the trail records the attempt', async () => {
    const secret = await register({ subject: 'سری برای برچسب', classification: 'secret' })
    const missing = await stamp(99999999, 'expert.gis')
    const before = await downloads(secret.id, 'denied')
    const res = await stamp(secret.id, 'expert.gis')
    expect(res.status).toBe(404)
    expect(res.text).toBe(missing.text)
    expect(await downloads(secret.id, 'denied')).toBe(before + 1)
    // Whoever sees the letter's header may have its stamp: it shows nothing more.
    expect((await stamp(secret.id, 'director')).status).toBe(200)
  })

  it('a draft or a cancelled letter has no stamp: 409 with a Persian reason', async () => {
    const office = await demoUser(payload, 'office')
    const draft = await payload.create({ collection: 'letters', data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پیش‌نویس بی‌شماره' }, user: office, overrideAccess: false })
    const draftRes = await stamp(draft.id, 'office')
    expect(draftRes.status).toBe(409)
    expect(errorOf(draftRes.text)).toContain('ثبت نشده')

    const cancelled = await register({ subject: 'نامهٔ ابطالی' })
    const cancel = await rest('PATCH', `/api/letters/${cancelled.id}`, { body: { status: 'cancelled', cancelReason: 'ثبت نادرست' }, token: await tokenFor('office') })
    expect(cancel.status).toBe(200)
    const cancelledRes = await stamp(cancelled.id, 'office')
    expect(cancelledRes.status).toBe(409)
    expect(errorOf(cancelledRes.text)).toContain('باطل')
  })
})

describe('who a referral may reach', () => {
  let letter: Letter
  beforeAll(async () => {
    letter = await register({ subject: 'درخواست مجوز تجمع' })
  })
  const refer = async (by: string, body: Record<string, unknown>) => rest('POST', '/api/referrals', { token: await tokenFor(by), body })

  const refs = async (letter: Letter) =>
    (await payload.find({ collection: 'referrals', where: { 'record.value': { equals: letter.id } }, depth: 0, pagination: false, sort: 'id', overrideAccess: true })).docs
  const recipientOf = (r: { to?: unknown }) => ((r.to as (number | { id: number })[]) ?? []).map((u) => (typeof u === 'object' ? u.id : u))

  it('a referral to several people at once is one referral each: the same paper, instruction and deadline, each on its own desk', async () => {
    const paper = await register({ subject: 'درخواست مجوز تجمع: دو گیرنده' })
    const [deputy, head] = [await userId('deputy.political'), await userId('head.political')]
    const res = await refer('office', { record: about(paper), to: [deputy, head], purpose: 'action', instruction: 'بررسی و اقدام', deadline: '2030-01-05' })
    expect(res.status, errorText(res.body)).toBe(201)
    const stored = await refs(paper)
    expect(stored.map(recipientOf)).toEqual([[deputy], [head]])
    expect(res.body.doc.id).toBe(stored[0]!.id)
    expect(res.body.doc.siblings).toEqual([stored[1]!.id])
    for (const r of stored) expect(r).toMatchObject({ state: 'sent', purpose: 'action', instruction: 'بررسی و اقدام', deadline: stored[0]!.deadline, from: await userId('office') })
    for (const [who, mine] of [['deputy.political', stored[0]!.id], ['head.political', stored[1]!.id]] as const) {
      const desk = await rest('GET', '/api/kartabl', { token: await tokenFor(who) })
      const inbox = desk.body.inbox.docs.map((d: { id: number }) => d.id)
      expect(inbox, who).toContain(mine)
      expect(inbox, who).not.toContain(stored.find((r) => r.id !== mine)!.id)
    }
  })

  it('each recipient closes only their own: one done leaves the other open, and the sender follows both up', async () => {
    const paper = await register({ subject: 'گزارش انتخاباتی: دو معاون' })
    const [political, elections] = [await userId('deputy.political'), await userId('deputy.elections')]
    const res = await refer('director', { record: about(paper), to: [political, elections], purpose: 'action' })
    expect(res.status, errorText(res.body)).toBe(201)
    const [mine, theirs] = await refs(paper)
    // Opened (seen), then done, by the elections deputy.
    expect((await rest('GET', `/api/referrals/${theirs!.id}`, { token: await tokenFor('deputy.elections') })).status).toBe(200)
    const done = await rest('PATCH', `/api/referrals/${theirs!.id}`, { token: await tokenFor('deputy.elections'), body: { state: 'done', response: 'اقدام شد.' } })
    expect(done.status, errorText(done.body)).toBe(200)
    const after = await refs(paper)
    expect(after.find((r) => r.id === mine!.id)!.state).toBe('sent')
    expect(after.find((r) => r.id === theirs!.id)!.state).toBe('done')
    const politicalDone = await rest('GET', '/api/kartabl?list=done', { token: await tokenFor('deputy.political') })
    expect(politicalDone.body.docs.map((d: { id: number }) => d.id)).not.toContain(theirs!.id)
    // The political deputy cannot close the elections deputy's referral.
    const foreign = await rest('PATCH', `/api/referrals/${theirs!.id}`, { token: await tokenFor('deputy.political'), body: { state: 'returned', returnReason: 'نه' } })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    const followup = await rest('GET', '/api/kartabl?list=followup&limit=100', { token: await tokenFor('director') })
    const rows = followup.body.docs.filter((d: { record?: { id: number } }) => d.record?.id === paper.id)
    expect(rows.map((d: { id: number }) => d.id).sort()).toEqual([mine!.id, theirs!.id].sort())
  })

  it('a draft to several people is split when sent, in one transaction', async () => {
    const paper = await register({ subject: 'پیش‌نویس ارجاع به دو نفر' })
    const [a, b] = [await userId('expert.political'), await userId('head.political')]
    const draft = await refer('office', { record: about(paper), to: [a, b], purpose: 'review', state: 'draft' })
    expect(draft.status, errorText(draft.body)).toBe(201)
    expect((await refs(paper)).map(recipientOf)).toEqual([[a, b]])
    const sent = await rest('PATCH', `/api/referrals/${draft.body.doc.id}`, { token: await tokenFor('office'), body: { state: 'sent' } })
    expect(sent.status, errorText(sent.body)).toBe(200)
    const stored = await refs(paper)
    expect(stored.map(recipientOf)).toEqual([[a], [b]])
    expect(stored.map((r) => r.state)).toEqual(['sent', 'sent'])
  })

  it('a sibling that cannot be made rolls the whole referral back: nothing stored', async () => {
    const paper = await register({ subject: 'ارجاع به دو نفر، یکی نامجاز', classification: 'secret' })
    const before = (await refs(paper)).length
    const res = await refer('office', { record: about(paper), to: [await userId('deputy.political'), await userId('expert.political')], purpose: 'action' })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toMatch(persian)
    expect((await refs(paper)).length).toBe(before)
  })

  it('a deadline already past is refused in Persian (REST and Local API, new or changed); today is the last day allowed', async () => {
    const paper = await register({ subject: 'مهلت گذشته' })
    const expert = await userId('expert.political')
    const yesterday = formatJalaliDate(new Date(Date.now() - 86_400_000))
    const today = formatJalaliDate(new Date())
    for (const body of [{ deadline: new Date(Date.now() - 2 * 86_400_000).toISOString() }, { deadlineJalali: yesterday }]) {
      const res = await refer('office', { record: about(paper), to: [expert], purpose: 'action', ...body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(errorText(res.body)).toContain('مهلت')
    }
    const office = await payload.findByID({ collection: 'users', id: await userId('office') })
    await expect(
      payload.create({ collection: 'referrals', data: { record: about(paper), to: [expert], purpose: 'action', deadlineJalali: yesterday } as never, user: office, overrideAccess: false }),
    ).rejects.toThrow(/مهلت/)
    expect((await refs(paper)).length).toBe(0)
    const ok = await refer('office', { record: about(paper), to: [expert], purpose: 'action', deadlineJalali: today })
    expect(ok.status, errorText(ok.body)).toBe(201)
    const moved = await rest('PATCH', `/api/referrals/${ok.body.doc.id}`, { token: await tokenFor('office'), body: { deadline: new Date(Date.now() - 2 * 86_400_000).toISOString() } })
    expect(moved.status, errorText(moved.body)).toBe(400)
    expect(errorText(moved.body)).toContain('مهلت')
    expect((await payload.findByID({ collection: 'referrals', id: ok.body.doc.id, depth: 0, overrideAccess: true })).deadline).toBe(ok.body.doc.deadline)
    // The Jalali companion alone moves it too (to a later day), and is refused for a past day.
    const later = formatJalaliDate(new Date(Date.now() + 5 * 86_400_000))
    const byJalali = await rest('PATCH', `/api/referrals/${ok.body.doc.id}`, { token: await tokenFor('office'), body: { deadlineJalali: later } })
    expect(byJalali.status, errorText(byJalali.body)).toBe(200)
    expect(byJalali.body.doc.deadlineJalali).toBe(later)
    const pastByJalali = await rest('PATCH', `/api/referrals/${ok.body.doc.id}`, { token: await tokenFor('office'), body: { deadlineJalali: yesterday } })
    expect(pastByJalali.status, errorText(pastByJalali.body)).toBe(400)
    expect(errorText(pastByJalali.body)).toContain('مهلت')
  })

  it('the referral’s page offers each person only the fields they may change (read-only for the rest), and a change tried anyway is still refused', async () => {
    const paper = await register({ subject: 'صفحهٔ ارجاع: فقط خواندنی برای گیرنده' })
    const res = await refer('office', { record: about(paper), to: [await userId('expert.political')], purpose: 'action', instruction: 'بررسی شود' })
    expect(res.status, errorText(res.body)).toBe(201)
    const id = res.body.doc.id
    const allowed = async (who: string) => {
      const access = await rest('POST', `/api/referrals/access/${id}`, { token: await tokenFor(who) })
      expect(access.status, JSON.stringify(access.body)).toBe(200)
      // Payload's shape: `true` for every operation, else the operations allowed (`update: true`).
      const fields = access.body.fields as Record<string, true | { update?: boolean | { permission: boolean } }>
      const mayUpdate = (f: string) => {
        const p = fields[f]
        return p === true || (typeof p === 'object' && (p.update === true || (typeof p.update === 'object' && p.update.permission === true)))
      }
      return ['to', 'purpose', 'instruction', 'deadline', 'state', 'response', 'returnReason'].filter(mayUpdate)
    }
    // Sent, unseen: the sender may still adjust the instruction and deadline.
    expect(await allowed('office')).toEqual(['instruction', 'deadline', 'state'])
    // Opened by the recipient: they move it and answer; the instruction is not theirs.
    expect((await rest('GET', `/api/referrals/${id}`, { token: await tokenFor('expert.political') })).status).toBe(200)
    expect(await allowed('expert.political')).toEqual(['state', 'response', 'returnReason'])
    expect(await allowed('office')).toEqual(['state'])
    // The recipient changing the instruction anyway: the Persian 409 as before, nothing stored.
    const tried = await rest('PATCH', `/api/referrals/${id}`, { token: await tokenFor('expert.political'), body: { instruction: 'دستور دیگر' } })
    expect(tried.status).toBe(409)
    expect(errorText(tried.body)).toMatch(persian)
    expect((await payload.findByID({ collection: 'referrals', id, depth: 0, overrideAccess: true })).instruction).toBe('بررسی شود')
  })

  it('never the admin, the auditor or oneself: 403 in Persian, nothing stored, the refusal in the trail', async () => {
    for (const [by, to, words] of [
      ['office', 'admin', 'مدیر سامانه'],
      ['office', 'auditor', 'حسابرس'],
      ['director', 'auditor', 'حسابرس'],
      ['office', 'office', 'خود'],
      ['deputy.political', 'deputy.political', 'خود'],
    ] as const) {
      const before = (await payload.count({ collection: 'referrals' })).totalDocs
      const denied = (await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'referrals' }, outcome: { equals: 'denied' } } })).totalDocs
      const res = await refer(by, { record: about(letter), to: [await userId('expert.political'), await userId(to)], purpose: 'action' })
      expect(res.status, `${by} → ${to}`).toBe(403)
      expect(errorText(res.body)).toContain(words)
      expect((await payload.count({ collection: 'referrals' })).totalDocs).toBe(before)
      expect((await payload.count({ collection: 'audit-log', where: { targetCollection: { equals: 'referrals' }, outcome: { equals: 'denied' } } })).totalDocs).toBe(denied + 1)
    }
  })

  it('a draft addressed to its own sender may be kept, but is sent only to someone else', async () => {
    const draft = await refer('office', { record: about(letter), to: [await userId('office')], purpose: 'action', state: 'draft' })
    expect(draft.status).toBe(201)
    const token = await tokenFor('office')
    const send = await rest('PATCH', `/api/referrals/${draft.body.doc.id}`, { token, body: { state: 'sent' } })
    expect(send.status).toBe(403)
    expect(errorText(send.body)).toContain('خود')
    const forward = await rest('PATCH', `/api/referrals/${draft.body.doc.id}`, { token, body: { state: 'sent', to: [await userId('deputy.political')] } })
    expect(forward.status).toBe(200)
    expect(forward.body.doc.state).toBe('sent')
  })
})
