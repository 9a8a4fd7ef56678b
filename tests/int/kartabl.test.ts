import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText, richTextToPlain } from '../../src/lib/letters/text'
import { toPersianDigits } from '../../src/lib/persian'
import type { Letter } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { runJobs } from '../helpers/jobs'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { expectOneWinner, fromRest, race } from '../helpers/races'
import { rest, uploadFile } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'
import { passDeadline } from '../helpers/referrals'
import { demoUser, emailOf, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const userId = async (local: string) => (await demoUser(payload, local)).id
const about = (letter: Letter) => ({ relationTo: 'letters', value: letter.id })
const register = (data: Record<string, unknown>) => registerIncoming(payload, sender, data)
const refer = async (by: string, body: Record<string, unknown>) => {
  const res = await rest('POST', '/api/referrals', { token: await tokenFor(by), body })
  expect(res.status, errorText(res.body)).toBe(201)
  return res.body.doc as { id: number }
}
const desk = async (who: string, query: string) => rest('GET', `/api/kartabl?${query}`, { token: await tokenFor(who) })
const ids = (res: { body: { docs: { id: number }[] } }) => res.body.docs.map((d) => d.id)
const move = async (who: string, id: number, body: Record<string, unknown>) => {
  const res = await rest('PATCH', `/api/referrals/${id}?depth=0`, { token: await tokenFor(who), body })
  expect(res.status, errorText(res.body)).toBe(200)
  return res.body.doc
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا (کارتابل)', kind: 'county-governorate' } })).id
})

describe('the kartabl refuses what it does not list', () => {
  it('is 401 in Persian without a login, for the lists and for opening a paper', async () => {
    for (const res of [await rest('GET', '/api/kartabl?list=done'), await rest('POST', '/api/kartabl/1/open')]) {
      expect(res.status).toBe(401)
      expect(errorText(res.body)).toMatch(persian)
    }
  })

  it('answers an unknown, repeated or out-of-list parameter with a Persian 400', async () => {
    for (const query of [
      'where[state][equals]=done',
      'sort=instruction',
      'list=everything',
      'list=inbox&state=done',
      'list=drafts&state=sent',
      'list=done&state=seen',
      'list=inbox&purpose=gossip',
      'list=inbox&overdue=yes',
      'list=inbox&limit=101',
      'list=inbox&limit=0',
      'list=inbox&page=0',
      'list=inbox&page=1.5',
      'list=inbox&state=sent&state=seen',
      `list=inbox&q=${'ب'.repeat(101)}`,
    ]) {
      const res = await desk('expert.political', query)
      expect(res.status, query).toBe(400)
      expect(errorText(res.body), query).toMatch(persian)
    }
    expect((await desk('expert.political', 'list=inbox&limit=100&page=1&state=seen&purpose=action&overdue=false&q=x')).status).toBe(200)
  })
})

describe('the lists', () => {
  it('shows who referred it, when, urgency, classification, deadline with overdue, number and subject; filters and pages them', async () => {
    const me = await userId('expert.elections')
    const late = await register({ subject: 'کارتابل‌آزمون: گذشته از مهلت', urgency: 'very-urgent', classification: 'confidential' })
    const plain = await register({ subject: 'کارتابل‌آزمون: عادی' })
    const r1 = await refer('office', { record: about(late), to: [me], purpose: 'action' })
    await passDeadline(payload, r1.id, 2)
    const r2 = await refer('office', { record: about(plain), to: [me], purpose: 'review' })
    const r3 = await refer('deputy.political', { record: about(plain), to: [me], purpose: 'reply' })

    const res = await desk('expert.elections', 'list=inbox&limit=100')
    expect(res.status).toBe(200)
    expect(ids(res)).toEqual(expect.arrayContaining([r1.id, r2.id, r3.id]))
    expect(ids(res)[0]).toBe(r1.id)
    const first = res.body.docs[0]
    expect(first).toMatchObject({ purpose: 'action', state: 'sent', overdue: true, fromName: (await demoUser(payload, 'office')).fullName })
    expect(first.createdAtJalaliTime).toMatch(/^14\d\d\/\d\d\/\d\d \d\d:\d\d$/)
    expect(first.deadlineJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/)
    expect(first.record).toMatchObject({ id: late.id, registryNumber: late.registryNumber, subject: late.subject, urgency: 'very-urgent', classification: 'confidential', readable: true })
    expect(res.body.tabs.inbox).toBeGreaterThanOrEqual(3)

    const only = async (query: string) => ids(await desk('expert.elections', `list=inbox&limit=100&${query}`))
    expect(await only('overdue=true')).toEqual([r1.id])
    expect(await only('overdue=false')).toEqual(expect.arrayContaining([r2.id, r3.id]))
    expect(await only('overdue=false')).not.toContain(r1.id)
    expect(await only('purpose=reply')).toEqual([r3.id])
    expect(await only(`q=${encodeURIComponent('گذشته از مهلت')}`)).toEqual([r1.id])
    // The number as the book prints it, typed in Persian digits; Arabic ي and ك read as Persian.
    expect(await only(`q=${encodeURIComponent(toPersianDigits(plain.registryNumber!))}`)).toEqual(expect.arrayContaining([r2.id, r3.id]))
    expect(await only(`q=${encodeURIComponent('كارتابل‌آزمون: عادي')}`)).toEqual(expect.arrayContaining([r2.id, r3.id]))

    const page1 = await desk('expert.elections', 'list=inbox&limit=1&page=1')
    const page2 = await desk('expert.elections', 'list=inbox&limit=1&page=2')
    expect(page1.body).toMatchObject({ page: 1, limit: 1, totalDocs: res.body.totalDocs, totalPages: res.body.totalDocs })
    expect(ids(page1)).toHaveLength(1)
    expect(ids(page2)).toHaveLength(1)
    expect(ids(page2)[0]).not.toBe(ids(page1)[0])
  })

  it('lists the triage drafts made at registration for the office chief, who edits, sends or discards them', async () => {
    const one = await register({ subject: 'کارتابل‌آزمون: پیشنهاد اول' })
    const two = await register({ subject: 'کارتابل‌آزمون: پیشنهاد دوم' })
    await runJobs(payload, ['proposeReferrals'])
    const drafts = await desk('office', `list=drafts&limit=100&q=${encodeURIComponent('کارتابل‌آزمون: پیشنهاد')}`)
    expect(drafts.status).toBe(200)
    expect(drafts.body.docs.map((d: { record: { id: number } }) => d.record.id).sort()).toEqual([one.id, two.id].sort())
    expect(drafts.body.tabs.drafts).toBeGreaterThanOrEqual(2)
    const draftOf = (letter: Letter) => drafts.body.docs.find((d: { record: { id: number } }) => d.record.id === letter.id)
    expect(draftOf(one)).toMatchObject({ state: 'draft', purpose: 'review', instruction: 'جهت بررسی و تعیین ارجاع' })
    // The proposal reaches nobody yet.
    const head = await userId('head.political')
    expect(ids(await desk('head.political', 'list=inbox&limit=100'))).not.toContain(draftOf(one).id)

    await move('office', draftOf(one).id, { to: [head], toPost: null, toUnit: null, purpose: 'action', instruction: 'اقدام شود' })
    await move('office', draftOf(one).id, { state: 'sent' })
    await move('office', draftOf(two).id, { state: 'recalled' })

    const after = await desk('office', `list=drafts&limit=100&q=${encodeURIComponent('کارتابل‌آزمون: پیشنهاد')}`)
    expect(after.body.docs).toEqual([])
    const inbox = await desk('head.political', 'list=inbox&limit=100')
    expect(inbox.body.docs.find((d: { id: number }) => d.id === draftOf(one).id)).toMatchObject({ purpose: 'action', instruction: 'اقدام شود', state: 'sent' })
    const followup = await desk('office', `list=followup&limit=100&q=${encodeURIComponent('کارتابل‌آزمون: پیشنهاد')}`)
    expect(followup.body.docs.map((d: { id: number; state: string }) => [d.id, d.state]).sort()).toEqual(
      [
        [draftOf(one).id, 'sent'],
        [draftOf(two).id, 'recalled'],
      ].sort(),
    )
  })

  it('moves a done referral to the recipient\'s «انجام‌شده», and shows the sender what came back with a notice', async () => {
    const deputy = await userId('deputy.political')
    const letter = await register({ subject: 'کارتابل‌آزمون: پاسخ با پیوست' })
    const referral = await refer('director', { record: about(letter), to: [deputy], purpose: 'action', instruction: 'گزارش دهید' })
    const token = await tokenFor('deputy.political')
    const upload = await uploadFile('attachments', 'گزارش اقدام.pdf', tinyPdf, token)
    expect(upload.status).toBe(201)
    await move('deputy.political', referral.id, { state: 'in-progress' })
    await move('deputy.political', referral.id, { state: 'done', response: 'بررسی شد؛ گزارش پیوست است.', responseAttachments: [upload.body.doc.id] })

    const done = await desk('deputy.political', 'list=done&limit=100')
    const mine = done.body.docs.find((d: { id: number }) => d.id === referral.id)
    // Given as plain text, kept as rich text (one paragraph).
    expect(mine).toMatchObject({ state: 'done', response: { root: { children: [{ type: 'paragraph' }] } } })
    expect(richTextToPlain(mine.response)).toBe('بررسی شد؛ گزارش پیوست است.')
    expect(ids(await desk('deputy.political', 'list=inbox&limit=100'))).not.toContain(referral.id)

    const followup = await desk('director', `list=followup&limit=100&q=${encodeURIComponent('پاسخ با پیوست')}`)
    expect(followup.body.docs).toHaveLength(1)
    const row = followup.body.docs[0]
    expect(row).toMatchObject({ id: referral.id, state: 'done', toNames: [(await demoUser(payload, 'deputy.political')).fullName] })
    expect(richTextToPlain(row.response)).toBe('بررسی شد؛ گزارش پیوست است.')
    expect(row.responseAttachments).toEqual([{ id: upload.body.doc.id, title: expect.stringContaining('گزارش اقدام') }])
    expect(row.notice).toMatchObject({ kind: 'referral-done' })

    // The notice itself, as the director reads it.
    const director = await demoUser(payload, 'director')
    const notes = await payload.find({
      collection: 'notifications',
      where: { and: [{ referral: { equals: referral.id } }, { kind: { equals: 'referral-done' } }] },
      user: director,
      overrideAccess: false,
    })
    expect(notes.docs).toHaveLength(1)
    expect(notes.docs[0]).toMatchObject({ toEmail: director.email })
    expect(notes.docs[0]!.text).toContain('بررسی شد؛ گزارش پیوست است.')
  })

  it('sends the sender a notice when a referral is returned, and none for an information referral read', async () => {
    const expert = await userId('expert.ethnic')
    const letter = await register({ subject: 'کارتابل‌آزمون: عودت' })
    const returned = await refer('office', { record: about(letter), to: [expert], purpose: 'action' })
    const info = await refer('office', { record: about(letter), to: [expert], purpose: 'information' })
    await move('expert.ethnic', returned.id, { state: 'returned', returnReason: 'به این واحد مربوط نیست.' })
    const opened = await rest('POST', `/api/kartabl/${info.id}/open`, { token: await tokenFor('expert.ethnic') })
    expect(opened.body.state).toBe('done')

    const followup = await desk('office', `list=followup&limit=100&q=${encodeURIComponent('کارتابل‌آزمون: عودت')}`)
    const byId = new Map(followup.body.docs.map((d: { id: number }) => [d.id, d]))
    expect(byId.get(returned.id)).toMatchObject({ state: 'returned', returnReason: 'به این واحد مربوط نیست.', notice: { kind: 'referral-returned' } })
    expect(byId.get(info.id)).toMatchObject({ state: 'done', notice: null })
    const office = await demoUser(payload, 'office')
    const notes = await payload.find({ collection: 'notifications', where: { referral: { in: [returned.id, info.id] } }, user: office, overrideAccess: false, depth: 0 })
    expect(notes.docs.map((n) => [n.referral, n.kind]).filter(([, kind]) => kind !== 'referral-new')).toEqual([[returned.id, 'referral-returned']])
    // Filter by state within the list.
    expect(ids(await desk('office', `list=followup&limit=100&state=returned&q=${encodeURIComponent('کارتابل‌آزمون: عودت')}`))).toEqual([returned.id])
  })

  it('shows a paper the reader may no longer see by its number only, and never finds it by its subject', async () => {
    const expert = await userId('expert.gis')
    const letter = await register({ subject: 'کارتابل‌آزمون: بعدا بسیار سری' })
    const referral = await refer('office', { record: about(letter), to: [expert], purpose: 'action', instruction: 'هامش دفتر' })
    // The paper is raised above the office chief's clearance (as a correction by the director would).
    await payload.db.drizzle.execute(sql`UPDATE letters SET classification = 'top-secret' WHERE id = ${letter.id}`)

    const bySubject = await desk('office', `list=followup&limit=100&q=${encodeURIComponent('بعدا بسیار سری')}`)
    expect(bySubject.body.docs).toEqual([])
    const byNumber = await desk('office', `list=followup&limit=100&q=${encodeURIComponent(letter.registryNumber!)}`)
    expect(ids(byNumber)).toEqual([referral.id])
    const row = byNumber.body.docs[0]
    expect(row.record).toMatchObject({ registryNumber: letter.registryNumber, subject: null, readable: false })
    expect(JSON.stringify(byNumber.body)).not.toContain('بعدا بسیار سری')
    // Its own instruction stays the sender's to read.
    expect(row.instruction).toBe('هامش دفتر')
    // The recipient, granted the paper by the referral, reads it in full.
    const inbox = await desk('expert.gis', `list=inbox&limit=100&q=${encodeURIComponent('بعدا بسیار سری')}`)
    expect(inbox.body.docs.map((d: { record: { subject: string } }) => d.record.subject)).toEqual(['کارتابل‌آزمون: بعدا بسیار سری'])
  })
})

describe('the triage drafts are every office chief\'s', () => {
  // A second office chief (the role that sends the drafts), cleared one level below the first.
  const secondChief = async () => {
    const found = await payload.find({ collection: 'users', where: { email: { equals: emailOf('office.second') } }, depth: 0, limit: 1 })
    if (found.docs[0]) return found.docs[0]
    return payload.create({
      collection: 'users',
      data: { email: emailOf('office.second'), password: DEMO_PASSWORD, fullName: 'رییس دفتر دوم', roles: ['secretariat'], clearance: 'confidential', active: true } as never,
      depth: 0,
    })
  }
  const triageDraftOf = async (letter: Letter) => {
    const found = await payload.find({ collection: 'referrals', where: { and: [{ 'record.value': { equals: letter.id } }, { state: { equals: 'draft' } }] }, depth: 0 })
    expect(found.docs).toHaveLength(1)
    expect(found.docs[0]).toMatchObject({ proposed: true, from: (await demoUser(payload, 'office')).id })
    return found.docs[0]!
  }

  it('lists, shows and lets send every triage draft of a readable paper to any office chief; a deputy sees none', async () => {
    const second = await secondChief()
    const head = await userId('head.political')
    const one = await register({ subject: 'کارتابل‌آزمون: سهم هر رییس دفتر' })
    const two = await register({ subject: 'کارتابل‌آزمون: سهم هر رییس دفتر دوم' })
    // Secret: above the second chief's clearance.
    const secret = await register({ subject: 'کارتابل‌آزمون: سهم هر رییس دفتر سری', classification: 'secret' })
    await runJobs(payload, ['proposeReferrals'])
    const [d1, d2, d3] = [await triageDraftOf(one), await triageDraftOf(two), await triageDraftOf(secret)]
    const q = `q=${encodeURIComponent('سهم هر رییس دفتر')}`

    // The kartabl: both chiefs list the readable proposals; the deputy none, the second chief not the secret one.
    const listed = async (who: string) => ((await desk(who, `list=drafts&limit=100&${q}`)).body.docs as { id: number }[]).map((d) => d.id).sort()
    expect(await listed('office')).toEqual([d1.id, d2.id, d3.id].sort())
    expect(await listed('office.second')).toEqual([d1.id, d2.id].sort())
    expect(await listed('deputy.political')).toEqual([])
    expect((await desk('office.second', 'list=drafts')).body.tabs.drafts).toBeGreaterThanOrEqual(2)
    expect((await desk('deputy.political', 'list=drafts')).body.tabs.drafts).toBe(0)

    // Local API as each user, and REST.
    const deputy = await demoUser(payload, 'deputy.political')
    const seen = async (user: unknown) =>
      (await payload.find({ collection: 'referrals', where: { id: { in: [d1.id, d2.id] } }, depth: 0, user, overrideAccess: false })).docs.map((d) => d.id).sort()
    expect(await seen(second)).toEqual([d1.id, d2.id].sort())
    expect(await seen(deputy)).toEqual([])
    expect((await rest('GET', `/api/referrals/${d1.id}`, { token: await tokenFor('office.second') })).status).toBe(200)
    expect((await rest('GET', `/api/referrals/${d1.id}`, { token: await tokenFor('deputy.political') })).status).toBe(404)
    const byDeputy = await rest('PATCH', `/api/referrals/${d1.id}`, { token: await tokenFor('deputy.political'), body: { to: [head], state: 'sent' } })
    expect(byDeputy.status).toBe(403)
    expect(errorText(byDeputy.body)).toMatch(persian)
    expect((await payload.findByID({ collection: 'referrals', id: d1.id, depth: 0 })).state).toBe('draft')

    // The second chief sends one over REST (it becomes theirs), and the other through the Local API.
    await move('office.second', d1.id, { to: [head], toPost: null, purpose: 'action', instruction: 'اقدام شود', state: 'sent' })
    await payload.update({ collection: 'referrals', id: d2.id, data: { to: [head], toPost: null, state: 'sent' } as never, user: second, overrideAccess: false })
    const sent = await payload.findByID({ collection: 'referrals', id: d1.id, depth: 0, user: second, overrideAccess: false })
    expect(sent).toMatchObject({ state: 'sent', from: second.id, to: [head] })
    expect(ids(await desk('head.political', 'list=inbox&limit=100'))).toEqual(expect.arrayContaining([d1.id, d2.id]))
    expect(await listed('office')).toEqual([d3.id])

    // Not the paper they may not read: a Persian 403, nothing moved.
    const refused = await rest('PATCH', `/api/referrals/${d3.id}`, { token: await tokenFor('office.second'), body: { to: [head], toPost: null, state: 'sent' } })
    expect(refused.status).toBe(403)
    expect(errorText(refused.body)).toMatch(persian)
    expect((await payload.findByID({ collection: 'referrals', id: d3.id, depth: 0 })).state).toBe('draft')
  })

  it('sends a draft once when two office chiefs send it at the same moment; the other gets a Persian 409', async () => {
    await secondChief()
    const head = await userId('head.political')
    const letter = await register({ subject: 'کارتابل‌آزمون: دو رییس دفتر هم‌زمان' })
    await runJobs(payload, ['proposeReferrals'])
    const draft = await triageDraftOf(letter)
    const chiefs = ['office', 'office.second']
    const tokens = await Promise.all(chiefs.map((c) => tokenFor(c)))
    const outcomes = await race(2, (i) =>
      rest('PATCH', `/api/referrals/${draft.id}?depth=0`, { token: tokens[i], body: { to: [head], toPost: null, state: 'sent' } }).then(fromRest),
    )
    expectOneWinner(outcomes)
    const stored = await payload.findByID({ collection: 'referrals', id: draft.id, depth: 0 })
    expect(stored.state).toBe('sent')
    expect((stored.history ?? []).map((h) => h.state)).toEqual(['draft', 'sent'])
    expect(stored.from).toBe((await demoUser(payload, chiefs[outcomes.findIndex((o) => o.status === 200)]!)).id)
  })
})

describe('the response is rich text', () => {
  it('keeps a rich response as given, takes a plain string as its paragraphs, and refuses a blank one', async () => {
    const deputy = await demoUser(payload, 'deputy.political')
    const letter = await register({ subject: 'کارتابل‌آزمون: پاسخ غنی' })
    const referral = await refer('office', { record: about(letter), to: [deputy.id], purpose: 'action' })
    await move('deputy.political', referral.id, { state: 'in-progress' })
    const rich = plainToRichText('بند نخست پاسخ\nبند دوم پاسخ')
    rich.root.children[0]!.children[0]!.format = 1 // bold
    await payload.update({ collection: 'referrals', id: referral.id, data: { state: 'done', response: rich } as never, user: deputy, overrideAccess: false })
    const row = (await desk('office', 'list=followup&limit=100')).body.docs.find((d: { id: number }) => d.id === referral.id)
    expect(row.response.root.children.map((p: { type: string }) => p.type)).toEqual(['paragraph', 'paragraph'])
    expect(row.response.root.children[0].children[0]).toMatchObject({ text: 'بند نخست پاسخ', format: 1 })
    expect(richTextToPlain(row.response)).toBe('بند نخست پاسخ\nبند دوم پاسخ')

    // A plain string over REST, two lines: two paragraphs, converted on the server.
    const second = await refer('office', { record: about(letter), to: [deputy.id], purpose: 'action' })
    await move('deputy.political', second.id, { state: 'in-progress' })
    const done = await move('deputy.political', second.id, { state: 'done', response: 'خط یکم\nخط دوم' })
    expect(done.response.root.children).toHaveLength(2)
    expect(richTextToPlain(done.response)).toBe('خط یکم\nخط دوم')

    // A blank response does not close an action referral (Persian 400), whichever form it takes.
    const third = await refer('office', { record: about(letter), to: [deputy.id], purpose: 'action' })
    await move('deputy.political', third.id, { state: 'in-progress' })
    for (const response of ['   ', plainToRichText('')]) {
      const blank = await rest('PATCH', `/api/referrals/${third.id}`, { token: await tokenFor('deputy.political'), body: { state: 'done', response } })
      expect(blank.status, JSON.stringify(blank.body)).toBe(400)
      expect(errorText(blank.body)).toMatch(persian)
    }
  })
})

describe('opening the paper from the kartabl', () => {
  it('marks the referral seen once, even when two opens race', async () => {
    const expert = await userId('expert.divisions')
    const letter = await register({ subject: 'کارتابل‌آزمون: باز کردن' })
    const referral = await refer('office', { record: about(letter), to: [expert], purpose: 'action' })
    const token = await tokenFor('expert.divisions')

    // The sender opening it marks nothing.
    const bySender = await rest('POST', `/api/kartabl/${referral.id}/open`, { token: await tokenFor('office') })
    expect(bySender.status).toBe(200)
    expect(bySender.body.state).toBe('sent')

    const outcomes = await race(2, () => rest('POST', `/api/kartabl/${referral.id}/open`, { token }).then(fromRest))
    expect(outcomes.map((o) => o.status)).toEqual([200, 200])
    const stored = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0, user: await demoUser(payload, 'office'), overrideAccess: false })
    expect(stored.state).toBe('seen')
    expect((stored.history ?? []).map((h) => h.state)).toEqual(['sent', 'seen'])
    const again = await rest('POST', `/api/kartabl/${referral.id}/open`, { token })
    expect(again.body).toMatchObject({ state: 'seen', record: { relationTo: 'letters', id: letter.id }, href: `/admin/collections/letters/${letter.id}` })
    const row = (await desk('expert.divisions', 'list=inbox&limit=100')).body.docs.find((d: { id: number }) => d.id === referral.id)
    expect(row.state).toBe('seen')
  })

  it('is a Persian 404 for a referral the user may not read, and 400 for a bad id', async () => {
    const letter = await register({ subject: 'کارتابل‌آزمون: دیگری' })
    const referral = await refer('office', { record: about(letter), to: [await userId('expert.political')], purpose: 'action' })
    const stranger = await rest('POST', `/api/kartabl/${referral.id}/open`, { token: await tokenFor('expert.gis') })
    expect(stranger.status).toBe(404)
    expect(errorText(stranger.body)).toMatch(persian)
    const stored = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
    expect(stored.state).toBe('sent')
    const bad = await rest('POST', '/api/kartabl/abc/open', { token: await tokenFor('expert.gis') })
    expect(bad.status).toBe(400)
    expect(errorText(bad.body)).toMatch(persian)
  })
})
