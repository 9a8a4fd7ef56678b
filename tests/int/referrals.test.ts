import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatJalaliDate } from '../../src/lib/jalali'
import { plainToRichText, richTextToPlain } from '../../src/lib/letters/text'
import { plainResponsesToRichText, richResponsesToPlainText } from '../../src/migrations/20261130_222959_referral_rich_response'
import { toPersianDigits } from '../../src/lib/persian'
import { defaultDeadline } from '../../src/lib/referrals'
import { seededHolidayTable } from '../helpers/holidays'
import type { Letter } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest, uploadFile } from '../helpers/rest'
import { passDeadline } from '../helpers/referrals'
import { demoUser, emailOf, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const userId = async (local: string) => (await demoUser(payload, local)).id

const register = (data: Record<string, unknown>) => registerIncoming(payload, sender, data)

async function refer(by: string, body: Record<string, unknown>) {
  return rest('POST', '/api/referrals', { token: await tokenFor(by), body })
}

const about = (letter: Letter) => ({ relationTo: 'letters', value: letter.id })

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری نی‌ریز', kind: 'county-governorate' } })).id
})

describe('a referral grants its paper', () => {
  it('the director general may refer a secret paper to an expert below it, who then reads it in full', async () => {
    const upload = await uploadFile('attachments', 'پیوست ارجاع.pdf', tinyPdf, await tokenFor('office'))
    const letter = await register({ classification: 'secret', subject: 'گزارش سری برای ارجاع', body: plainToRichText('متن سری ارجاع‌شده'), attachments: [upload.body.doc.id] })
    const file = (await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })).filename
    const expert = await tokenFor('expert.gis')
    expect((await rest('GET', `/api/letters/${letter.id}`, { token: expert })).status).toBe(404)

    const res = await refer('director', { record: about(letter), to: [await userId('expert.gis')], purpose: 'review', instruction: 'بررسی و گزارش' })
    expect(res.status).toBe(201)
    const read = await rest('GET', `/api/letters/${letter.id}`, { token: expert })
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body.body)).toContain('متن سری ارجاع‌شده')
    expect((await rest('GET', `/api/attachments/file/${file}`, { token: expert })).status).toBe(200)
    // A colleague it was not referred to still sees nothing.
    expect((await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('expert.ethnic') })).status).toBe(404)
  })

  it('anyone else referring a paper to someone below its classification is refused, and nothing is stored', async () => {
    const letter = await register({ classification: 'secret', subject: 'سری، ارجاع نادرست' })
    const before = (await payload.count({ collection: 'referrals' })).totalDocs
    const res = await refer('deputy.political', { record: about(letter), to: [await userId('expert.ethnic')], purpose: 'action' })
    expect(res.status).toBe(403)
    expect(errorText(res.body)).toMatch(persian)
    expect((await payload.count({ collection: 'referrals' })).totalDocs).toBe(before)
    const denied = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'referrals' }, outcome: { equals: 'denied' } }, sort: '-id', limit: 1 })
    expect(denied.docs[0]?.actorEmail).toBe(emailOf('deputy.political'))
  })

  it('a paper one cannot read in full cannot be referred, nor a draft', async () => {
    const secret = await register({ classification: 'secret', subject: 'سری' })
    expect((await refer('expert.gis', { record: about(secret), to: [await userId('expert.ethnic')], purpose: 'action' })).status).toBe(403)
    const draft = await payload.create({ collection: 'letters', data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: 'پیش‌نویس' }, user: await demoUser(payload, 'office'), overrideAccess: false })
    expect((await refer('office', { record: about(draft), to: [await userId('expert.ethnic')], purpose: 'action' })).status).toBe(409)
  })
})

describe('recipients, deadlines and history', () => {
  it('a post resolves to its holder, a unit to its head; the deadline follows the urgency in working days', async () => {
    const letter = await register({ subject: 'فوری برای گروه', urgency: 'urgent' })
    const posts = await payload.find({ collection: 'posts', where: { key: { in: ['expert-gis', 'head-political'] } }, depth: 0 })
    const gisPost = posts.docs.find((p) => p.key === 'expert-gis')!
    const headPost = posts.docs.find((p) => p.key === 'head-political')!
    const toPost = await refer('office', { record: about(letter), toPost: gisPost.id, purpose: 'action' })
    expect(toPost.status).toBe(201)
    expect(toPost.body.doc.to.map((u: { id: number } | number) => (typeof u === 'object' ? u.id : u))).toEqual([await userId('expert.gis')])
    const toUnit = await refer('office', { record: about(letter), toUnit: headPost.unit, purpose: 'information' })
    expect(toUnit.body.doc.to.map((u: { id: number } | number) => (typeof u === 'object' ? u.id : u))).toEqual([await userId('head.political')])

    const created = toPost.body.doc
    expect(created.state).toBe('sent')
    expect(created.deadline).toBe(defaultDeadline('urgent', created.createdAt, { holidays: seededHolidayTable }))
    expect(created.deadlineJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/)
    expect(created.overdue).toBe(false)
    expect(created.history).toHaveLength(1)
    expect(created.history[0].state).toBe('sent')
  })

  it('default deadlines are a setting the office chief keeps, and only they', async () => {
    const refused = await rest('POST', '/api/globals/referral-settings', { token: await tokenFor('expert.gis'), body: { deadlineDays: { urgent: 1 } } })
    expect(refused.status).toBe(403)
    const saved = await rest('POST', '/api/globals/referral-settings', { token: await tokenFor('office'), body: { deadlineDays: { immediate: 0, 'very-urgent': 1, urgent: 5, normal: 7 } } })
    expect(saved.status).toBe(200)
    const letter = await register({ subject: 'فوری با مهلت تازه', urgency: 'urgent' })
    const { body } = await refer('office', { record: about(letter), to: [await userId('expert.gis')], purpose: 'action' })
    expect(body.doc.deadline).toBe(defaultDeadline('urgent', body.doc.createdAt, { holidays: seededHolidayTable, days: { urgent: 5 } }))
    const trail = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'referral-settings' } }, limit: 1, sort: '-id' })
    expect(trail.docs[0]?.changes).toMatchObject({ after: { deadlineDays: { urgent: 5 } } })
    await rest('POST', '/api/globals/referral-settings', { token: await tokenFor('office'), body: { deadlineDays: { immediate: 0, 'very-urgent': 1, urgent: 3, normal: 7 } } })
  })

  it('a referral with nobody to receive it is a 400', async () => {
    const letter = await register({ subject: 'بی‌گیرنده' })
    const res = await refer('office', { record: about(letter), purpose: 'action' })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(persian)
  })
})

describe('the life of a referral', () => {
  it('opened → seen automatically, in progress, done with a response; then nothing more', async () => {
    const letter = await register({ subject: 'برای اقدام' })
    const { body } = await refer('office', { record: about(letter), to: [await userId('expert.elections')], purpose: 'action' })
    const id = body.doc.id
    const expert = await tokenFor('expert.elections')

    const opened = await rest('GET', `/api/referrals/${id}`, { token: expert })
    expect(opened.body.state).toBe('seen')
    // The sender opening it changes nothing.
    expect((await rest('GET', `/api/referrals/${id}`, { token: await tokenFor('office') })).body.state).toBe('seen')
    const recall = await rest('PATCH', `/api/referrals/${id}`, { token: await tokenFor('office'), body: { state: 'recalled' } })
    expect(recall.status).toBe(409)

    expect((await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'in-progress' } })).status).toBe(200)
    const noResponse = await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'done' } })
    expect(noResponse.status).toBe(400)
    expect(errorText(noResponse.body)).toMatch(persian)
    const done = await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'done', response: 'اقدام شد و گزارش پیوست است.' } })
    expect(done.status).toBe(200)
    expect(done.body.doc.history.map((h: { state: string }) => h.state)).toEqual(['sent', 'seen', 'in-progress', 'done'])
    expect(done.body.doc.history.every((h: { at: string; by: unknown }) => h.at && h.by)).toBe(true)

    const after = await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'returned', returnReason: 'دیر' } })
    expect(after.status).toBe(409)
    expect((await payload.findByID({ collection: 'referrals', id })).state).toBe('done')
  })

  it('only the recipient works it, only the sender recalls it while unseen, and returning needs a reason', async () => {
    const letter = await register({ subject: 'برای عودت' })
    const { body } = await refer('office', { record: about(letter), to: [await userId('expert.divisions')], purpose: 'reply' })
    const id = body.doc.id
    // A stranger cannot even find it.
    expect([403, 404]).toContain((await rest('PATCH', `/api/referrals/${id}`, { token: await tokenFor('expert.gis'), body: { state: 'in-progress' } })).status)
    // The sender cannot do the recipient's part.
    expect((await rest('PATCH', `/api/referrals/${id}`, { token: await tokenFor('office'), body: { state: 'in-progress' } })).status).toBe(403)
    const expert = await tokenFor('expert.divisions')
    expect((await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'returned' } })).status).toBe(400)
    const returned = await rest('PATCH', `/api/referrals/${id}`, { token: expert, body: { state: 'returned', returnReason: 'در حوزهٔ کاری من نیست' } })
    expect(returned.status).toBe(200)

    const second = await refer('office', { record: about(letter), to: [await userId('expert.divisions')], purpose: 'action' })
    const recalled = await rest('PATCH', `/api/referrals/${second.body.doc.id}`, { token: await tokenFor('office'), body: { state: 'recalled' } })
    expect(recalled.status).toBe(200)
    // A recalled referral grants nothing any more.
    // (Referred to an expert below the level, which only the director general may: the admin and
    // the auditor receive no referrals, see tests/int/desk-refer.test.ts.)
    const secret = await register({ classification: 'secret', subject: 'سری برای بازپس‌گیری' })
    const third = await refer('director', { record: about(secret), to: [await userId('expert.gis')], purpose: 'information' })
    expect((await rest('GET', `/api/letters/${secret.id}`, { token: await tokenFor('expert.gis') })).status).toBe(200)
    await rest('PATCH', `/api/referrals/${third.body.doc.id}`, { token: await tokenFor('director'), body: { state: 'recalled' } })
    expect((await rest('GET', `/api/letters/${secret.id}`, { token: await tokenFor('expert.gis') })).status).toBe(404)
  })

  it('an information referral closes when it is seen; who, what and about which paper never change', async () => {
    const letter = await register({ subject: 'جهت اطلاع' })
    const { body } = await refer('office', { record: about(letter), to: [await userId('head.elections')], purpose: 'information' })
    const head = await tokenFor('head.elections')
    expect((await rest('GET', `/api/referrals/${body.doc.id}`, { token: head })).body.state).toBe('done')
    const other = await register({ subject: 'نامهٔ دیگر' })
    const moved = await rest('PATCH', `/api/referrals/${body.doc.id}`, { token: await tokenFor('office'), body: { record: about(other) } })
    expect(moved.status).toBe(409)
    expect((await rest('DELETE', `/api/referrals/${body.doc.id}`, { token: await tokenFor('office') })).status).toBeGreaterThanOrEqual(403)
  })
})

describe('the kartabl', () => {
  it('is 401 without a login', async () => {
    const res = await rest('GET', '/api/kartabl')
    expect(res.status).toBe(401)
    expect(errorText(res.body)).toMatch(persian)
  })

  it('lists referrals to me, overdue first then by deadline, the open ones I sent, and counts', async () => {
    const me = await userId('expert.political')
    const soon = await register({ subject: 'کارتابل: فوری', urgency: 'urgent' })
    const late = await register({ subject: 'کارتابل: گذشته از مهلت', urgency: 'normal' })
    const later = await register({ subject: 'کارتابل: عادی', urgency: 'normal' })
    const r1 = await refer('office', { record: about(later), to: [me], purpose: 'action' })
    const r2 = await refer('office', { record: about(late), to: [me], purpose: 'action' })
    await passDeadline(payload, r2.body.doc.id, 3)
    const r3 = await refer('office', { record: about(soon), to: [me], purpose: 'reply' })
    const closed = await refer('office', { record: about(soon), to: [me], purpose: 'information' })
    await rest('GET', `/api/referrals/${closed.body.doc.id}`, { token: await tokenFor('expert.political') }) // seen → done

    const res = await rest('GET', '/api/kartabl', { token: await tokenFor('expert.political') })
    expect(res.status).toBe(200)
    const ids = res.body.inbox.docs.map((d: { id: number }) => d.id)
    expect(ids).toEqual([r2.body.doc.id, r3.body.doc.id, r1.body.doc.id])
    expect(res.body.inbox.totalDocs).toBe(3)
    const first = res.body.inbox.docs[0]
    expect(first).toMatchObject({ overdue: true, state: 'sent', purpose: 'action' })
    expect(first.record).toMatchObject({ registryNumber: late.registryNumber, subject: 'کارتابل: گذشته از مهلت', urgency: 'normal' })
    expect(first.deadlineJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/)
    expect(res.body.counts).toEqual({ sent: 3, seen: 0, inProgress: 0, overdue: 1 })

    const office = await rest('GET', '/api/kartabl?limit=100', { token: await tokenFor('office') })
    const sentIds = office.body.sent.docs.map((d: { id: number }) => d.id)
    expect(sentIds).toEqual(expect.arrayContaining([r1.body.doc.id, r2.body.doc.id, r3.body.doc.id]))
    expect(sentIds).not.toContain(closed.body.doc.id)
  })

  it('refuses a bad page with a Persian 400', async () => {
    const res = await rest('GET', '/api/kartabl?page=0', { token: await tokenFor('office') })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(persian)
  })
})

describe('dwell time (رسوب) report', () => {
  it('per recipient and unit over a Jalali range, through the referrals’ own read rule', async () => {
    const today = formatJalaliDate(new Date())
    const letter = await register({ subject: 'برای گزارش رسوب' })
    const expertId = await userId('expert.divisions')
    const { body } = await refer('office', { record: about(letter), to: [expertId], purpose: 'action' })
    const expert = await tokenFor('expert.divisions')
    await rest('GET', `/api/referrals/${body.doc.id}`, { token: expert })
    await rest('PATCH', `/api/referrals/${body.doc.id}`, { token: expert, body: { state: 'done', response: 'انجام شد' } })

    const asOffice = await rest('GET', `/api/reports/dwell?from=${encodeURIComponent(toPersianDigits(today))}&to=${today}`, { token: await tokenFor('office') })
    expect(asOffice.status).toBe(200)
    expect(asOffice.body.from).toBe(today)
    const row = asOffice.body.users.find((u: { user: number }) => u.user === expertId)
    expect(row.count).toBeGreaterThanOrEqual(1)
    expect(Object.keys(row.totalHours)).toEqual(expect.arrayContaining(['sent', 'seen', 'in-progress', 'done']))
    expect(asOffice.body.units.length).toBeGreaterThan(0)
    const everyone = asOffice.body.all.count

    // An expert's report covers their own referrals only.
    const asExpert = await rest('GET', `/api/reports/dwell?from=${today}&to=${today}`, { token: expert })
    expect(asExpert.body.all.count).toBeLessThan(everyone)
    expect(asExpert.body.users.every((u: { user: number }) => u.user === expertId)).toBe(true)
  })

  it('refuses no login, bad dates and a reversed range', async () => {
    expect((await rest('GET', '/api/reports/dwell?from=1405/09/01&to=1405/09/02')).status).toBe(401)
    const token = await tokenFor('office')
    for (const q of ['from=1405/13/01&to=1405/09/02', 'to=1405/09/02', 'from=1405/09/10&to=1405/09/01']) {
      const res = await rest('GET', `/api/reports/dwell?${q}`, { token })
      expect(res.status, q).toBe(400)
      expect(errorText(res.body)).toMatch(persian)
    }
  })
})

describe('closing a referral can start the reply', () => {
  it('an outgoing draft in reply to the paper, by the recipient, never above their clearance', async () => {
    const letter = await register({ classification: 'secret', subject: 'استعلام سری' })
    const expertId = await userId('expert.gis')
    const { body } = await refer('director', { record: about(letter), to: [expertId], purpose: 'reply' })
    const expert = await tokenFor('expert.gis')
    await rest('GET', `/api/referrals/${body.doc.id}`, { token: expert })
    const done = await rest('PATCH', `/api/referrals/${body.doc.id}`, { token: expert, body: { state: 'done', response: 'پیش‌نویس پاسخ آماده شد', createReply: true } })
    expect(done.status).toBe(200)
    const replyId = typeof done.body.doc.replyLetter === 'object' ? done.body.doc.replyLetter.id : done.body.doc.replyLetter
    const reply = await payload.findByID({ collection: 'letters', id: replyId, depth: 0 })
    expect(reply).toMatchObject({ kind: 'outgoing', status: 'draft', subject: 'پاسخ: استعلام سری', inReplyTo: letter.id, createdBy: expertId, classification: 'confidential' })
    // The recipient cannot point the referral at another letter afterwards.
    const other = await register({ subject: 'دیگری' })
    await rest('PATCH', `/api/referrals/${body.doc.id}`, { token: expert, body: { replyLetter: other.id } })
    const stored = await payload.findByID({ collection: 'referrals', id: body.doc.id, depth: 0 })
    expect(stored.replyLetter).toBe(replyId)
  })
})

describe('the referral tree on the letter', () => {
  it('shows re-referrals under their parent, as far as the reader may see', async () => {
    const letter = await register({ subject: 'برای درخت ارجاع' })
    const first = await refer('office', { record: about(letter), to: [await userId('deputy.elections')], purpose: 'action' })
    const deputy = await tokenFor('deputy.elections')
    await rest('GET', `/api/referrals/${first.body.doc.id}`, { token: deputy })
    const onward = await rest('POST', '/api/referrals', { token: deputy, body: { record: about(letter), to: [await userId('expert.elections')], purpose: 'review', parent: first.body.doc.id } })
    expect(onward.status).toBe(201)

    const asOffice = await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('office') })
    const tree = asOffice.body.referralTree
    const root = tree.find((n: { id: number }) => n.id === first.body.doc.id)
    expect(root.children.map((c: { id: number }) => c.id)).toEqual([onward.body.doc.id])
    expect(root.children[0]).toMatchObject({ purpose: 'جهت بررسی و اظهار نظر', state: 'ارسال‌شده' })

    const asExpert = await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor('expert.elections') })
    expect(asExpert.body.referralTree.map((n: { id: number }) => n.id)).toEqual([onward.body.doc.id])
    // A list does not carry the tree.
    const list = await rest('GET', `/api/letters?where[id][equals]=${letter.id}`, { token: await tokenFor('office') })
    expect(list.body.docs[0].referralTree ?? null).toBeNull()
  })
})

describe('the referral tree carries what the page draws', () => {
  it('each node has its instruction, deadline, response and dated steps; a reader outside a branch gets neither it nor its content', async () => {
    const letter = await register({ subject: 'درخت کامل ارجاع' })
    const toPolitical = await refer('office', { record: about(letter), to: [await userId('deputy.political')], purpose: 'action', instruction: 'بررسی و اقدام فوری', deadline: '2099-03-20T00:00:00.000Z' })
    const toElections = await refer('office', { record: about(letter), to: [await userId('deputy.elections')], purpose: 'information', instruction: 'هامش شاخهٔ انتخابات' })
    expect([toPolitical.status, toElections.status]).toEqual([201, 201])
    const deputy = await tokenFor('deputy.political')
    await rest('GET', `/api/referrals/${toPolitical.body.doc.id}`, { token: deputy })
    const onward = await refer('deputy.political', { record: about(letter), to: [await userId('head.political')], purpose: 'review', instruction: 'نظر کارشناسی', parent: toPolitical.body.doc.id })
    expect(onward.status).toBe(201)
    const head = await tokenFor('head.political')
    await rest('GET', `/api/referrals/${onward.body.doc.id}`, { token: head })
    const done = await rest('PATCH', `/api/referrals/${onward.body.doc.id}`, { token: head, body: { state: 'done', response: 'بررسی شد؛ مانعی ندارد' } })
    expect(done.status).toBe(200)

    type Node = { id: number; from: string; to: string[]; instruction: string | null; response: unknown; deadline: string | null; deadlineJalali: string | null; stateKey: string; history: { stateKey: string; at: string; by: string }[]; children: Node[] }
    const treeAs = async (local: string) => (await rest('GET', `/api/letters/${letter.id}`, { token: await tokenFor(local) })).body.referralTree as Node[]

    const office = await treeAs('office')
    expect(office.map((n) => n.id)).toEqual([toPolitical.body.doc.id, toElections.body.doc.id])
    const [political] = office
    const officeName = (await demoUser(payload, 'office')).fullName
    expect(political).toMatchObject({ from: officeName, to: [(await demoUser(payload, 'deputy.political')).fullName], instruction: 'بررسی و اقدام فوری', stateKey: 'seen' })
    expect(political.deadlineJalali).toBe(formatJalaliDate(political.deadline!))
    expect(political.history.map((h) => h.stateKey)).toEqual(['sent', 'seen'])
    expect(political.history[1]).toMatchObject({ by: (await demoUser(payload, 'deputy.political')).fullName })
    expect(Number.isNaN(Date.parse(political.history[1].at))).toBe(false)
    expect(political.children[0]).toMatchObject({ id: onward.body.doc.id, response: plainToRichText('بررسی شد؛ مانعی ندارد'), stateKey: 'done' })
    expect(political.children[0].history.map((h) => h.stateKey)).toEqual(['sent', 'seen', 'done'])

    // The deputy sees the branch they are in, not the elections deputy's, nor its instruction.
    const asDeputy = await treeAs('deputy.political')
    expect(asDeputy.map((n) => n.id)).toEqual([toPolitical.body.doc.id])
    expect(asDeputy[0].children.map((n) => n.id)).toEqual([onward.body.doc.id])
    expect(JSON.stringify(asDeputy)).not.toContain('هامش شاخهٔ انتخابات')
  })
})

describe('a response may carry files', () => {
  it('attached by the recipient when done, raised to the paper’s classification, readable by the sender', async () => {
    const letter = await register({ classification: 'secret', subject: 'سری با پاسخ پیوست‌دار' })
    const deputy = await userId('deputy.elections')
    const { body } = await refer('office', { record: about(letter), to: [deputy], purpose: 'review' })
    const token = await tokenFor('deputy.elections')
    await rest('GET', `/api/referrals/${body.doc.id}`, { token })
    const upload = await uploadFile('attachments', 'نظر کارشناسی.pdf', tinyPdf, token)
    expect((await rest('PATCH', `/api/referrals/${body.doc.id}`, { token, body: { responseAttachments: [upload.body.doc.id] } })).status).toBe(409)
    const done = await rest('PATCH', `/api/referrals/${body.doc.id}`, { token, body: { state: 'done', response: 'نظر پیوست است', responseAttachments: [upload.body.doc.id] } })
    expect(done.status).toBe(200)
    const file = await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })
    expect(file.classification).toBe('secret')
    expect((await rest('GET', `/api/attachments/file/${file.filename}`, { token: await tokenFor('office') })).status).toBe(200)
    expect([403, 404]).toContain((await rest('GET', `/api/attachments/file/${file.filename}`, { token: await tokenFor('expert.gis') })).status)
  })
})

describe('the response is rich text', () => {
  it('its copies follow the paper: the sender reads it, the mail carries its text, a reader outside the paper gets nothing', async () => {
    const letter = await register({ subject: 'پاسخ غنی و رونوشت‌هایش' })
    const deputy = await demoUser(payload, 'deputy.political')
    const { body } = await refer('office', { record: about(letter), to: [deputy.id], purpose: 'action' })
    await payload.update({ collection: 'referrals', id: body.doc.id, data: { state: 'in-progress' } as never, user: deputy, overrideAccess: false })
    await payload.update({ collection: 'referrals', id: body.doc.id, data: { state: 'done', response: plainToRichText('بند نخست گزارش\nبند دوم گزارش') } as never, user: deputy, overrideAccess: false })

    const asOffice = await rest('GET', `/api/referrals/${body.doc.id}`, { token: await tokenFor('office') })
    expect(richTextToPlain(asOffice.body.response)).toBe('بند نخست گزارش\nبند دوم گزارش')
    const notice = await payload.find({ collection: 'notifications', where: { and: [{ referral: { equals: body.doc.id } }, { kind: { equals: 'referral-done' } }] } })
    expect(notice.docs[0]!.text).toContain('بند نخست گزارش')
    expect(notice.docs[0]!.text).not.toContain('"root"')
    // The office chief follows every referral, but reads the content only of papers they may read:
    // the GIS expert is no party to it at all.
    expect([403, 404]).toContain((await rest('GET', `/api/referrals/${body.doc.id}`, { token: await tokenFor('expert.gis') })).status)
  })

  it('the migration keeps each stored plain response as its paragraphs, as plainToRichText makes them, and back', async () => {
    // A temporary table of the same columns, on one connection (the app's role may not create tables).
    const table = 'response_migration_probe'
    const plain = ['گزارش کوتاه', 'بند یکم\nبند دوم', '  با فاصله\r\n\r\nو خط خالی  \n', '', null]
    await payload.db.drizzle.transaction(async (tx) => {
      const run = (query: unknown) => tx.execute(query as never)
      await run(sql`CREATE TEMP TABLE ${sql.identifier(table)} (id serial PRIMARY KEY, response varchar, response_rich jsonb, response_text varchar) ON COMMIT DROP`)
      for (const text of plain) await run(sql`INSERT INTO ${sql.identifier(table)} (response) VALUES (${text})`)
      await run(plainResponsesToRichText(table))
      const rich = (await run(sql`SELECT response_rich FROM ${sql.identifier(table)} ORDER BY id`)).rows.map((r) => r.response_rich)
      expect(rich).toEqual([plainToRichText('گزارش کوتاه'), plainToRichText('بند یکم\nبند دوم'), plainToRichText('با فاصله\nو خط خالی'), null, null])

      await run(sql`UPDATE ${sql.identifier(table)} SET response = NULL`)
      await run(sql`ALTER TABLE ${sql.identifier(table)} ALTER COLUMN response TYPE jsonb USING NULL`)
      await run(sql`UPDATE ${sql.identifier(table)} SET response = response_rich`)
      await run(richResponsesToPlainText(table))
      const back = (await run(sql`SELECT response_text FROM ${sql.identifier(table)} ORDER BY id`)).rows.map((r) => r.response_text)
      expect(back).toEqual(['گزارش کوتاه', 'بند یکم\nبند دوم', 'با فاصله\nو خط خالی', null, null])
    })
  })
})
