import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatJalaliDateTime } from '../../src/lib/jalali'
import type { User } from '../../src/payload-types'
import { testPayload } from '../helpers/payload'
import { expectOneWinner, fromRest, local, race, type Outcome } from '../helpers/races'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

/**
 * Meetings (issue 14): the office chief arranges them through REST and the Local API with
 * access control on; invitees read what they are invited to; no room and no person is booked
 * twice, whatever requests race, and the refusal names the meeting in the way.
 */

const persian = /[\u0600-\u06FF]/

let payload: Payload
let office: User
let officeToken: string
let roomA: number
let roomB: number
let roomRace: number

/** An instant given in Tehran time (UTC+03:30 all year since 1402), as ISO. */
const tehran = (day: string, time: string) => new Date(`${day}T${time}:00+03:30`).toISOString()

/** `۱۴۰۵/۱۰/۲۰ ۱۰:۰۰`: how a refusal names a meeting's start. */
const shown = (iso: string) => formatJalaliDateTime(iso, { digits: 'persian' })

/** What a test sends: the REST body and the Local API data alike (bad input included). */
type MeetingInput = Record<string, unknown>

function createAs(user: User, data: MeetingInput) {
  return payload.create({ collection: 'meetings', data: data as never, user, overrideAccess: false, depth: 0 })
}

async function stored(title: string) {
  return (await payload.find({ collection: 'meetings', where: { title: { equals: title } }, depth: 0, pagination: false })).docs
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await demoUser(payload, 'office')
  officeToken = await tokenFor('office')
  const room = async (name: string) => (await payload.create({ collection: 'places', data: { name, capacity: 20 }, user: office, overrideAccess: false })).id
  roomA = await room('اتاق جلسات الف')
  roomB = await room('اتاق جلسات ب')
  roomRace = await room('اتاق جلسات رقابت')
})

describe('the office chief arranges meetings', () => {
  it('books a meeting through REST and through the Local API, its times shown in Jalali (Tehran)', async () => {
    const expert = await demoUser(payload, 'expert.ethnic')
    const res = await rest('POST', '/api/meetings?depth=0', {
      token: officeToken,
      body: {
        title: 'جلسهٔ هماهنگی REST',
        start: tehran('2027-01-10', '10:00'),
        end: tehran('2027-01-10', '11:30'),
        place: roomA,
        invitees: [{ relationTo: 'users', value: expert.id }],
        agenda: [{ title: 'گزارش کارشناس' }],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.startJalali).toBe('1405/10/20')
    expect(res.body.doc.createdBy).toBe(office.id)
    const local_ = await createAs(office, { title: 'جلسهٔ هماهنگی Local API', start: tehran('2027-01-10', '12:00'), end: tehran('2027-01-10', '13:00'), place: roomA })
    expect(local_.status).toBe('planned')
  })

  it('invites a commission’s standing members when the invitees are left empty', async () => {
    const deputy = await demoUser(payload, 'deputy.political')
    const post = (await payload.find({ collection: 'posts', where: { key: { equals: 'expert-ethnic' } }, depth: 0, limit: 1 })).docs[0]!
    const commission = await payload.create({
      collection: 'commissions',
      data: { name: 'کمیسیون آزمایشی جلسات', kind: 'other', standingMembers: [{ relationTo: 'users', value: deputy.id }, { relationTo: 'posts', value: post.id }] },
      user: office,
      overrideAccess: false,
    })
    const meeting = await createAs(office, { title: 'جلسهٔ عادی کمیسیون', commission: commission.id, start: tehran('2027-01-11', '09:00'), end: tehran('2027-01-11', '10:00'), place: roomA })
    expect(meeting.invitees?.map((i) => [i.relationTo, typeof i.value === 'object' ? i.value.id : i.value])).toEqual([
      ['users', deputy.id],
      ['posts', post.id],
    ])
  })
})

describe('commissions and rooms are the office chief’s to keep', () => {
  it('refuses a standing member that is not a user, post or correspondent, and anyone but the office chief', async () => {
    const unit = (await payload.find({ collection: 'units', depth: 0, limit: 1 })).docs[0]!
    const bad = await rest('POST', '/api/commissions', { token: officeToken, body: { name: 'کمیسیون با عضو نادرست', kind: 'other', standingMembers: [{ relationTo: 'units', value: unit.id }] } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(persian)
    const byExpert = await rest('POST', '/api/commissions', { token: await tokenFor('expert.ethnic'), body: { name: 'کمیسیون کارشناس', kind: 'other' } })
    expect(byExpert.status).toBe(403)
    const expert = await demoUser(payload, 'expert.ethnic')
    const roomByExpert = await local(() => payload.create({ collection: 'places', data: { name: 'اتاق کارشناس' }, user: expert, overrideAccess: false }))
    expect(roomByExpert.status).toBe(403)
    expect((await payload.find({ collection: 'commissions', where: { name: { in: ['کمیسیون با عضو نادرست', 'کمیسیون کارشناس'] } } })).totalDocs).toBe(0)
  })
})

describe('the read rule: invitees are addressees', () => {
  it('an invitee below the meeting’s classification reads it; a non-invitee below it does not', async () => {
    const invited = await demoUser(payload, 'expert.ethnic')
    const notInvited = await demoUser(payload, 'expert.political')
    const headPost = (await payload.find({ collection: 'posts', where: { key: { equals: 'head-political' } }, depth: 0, limit: 1 })).docs[0]!
    const meeting = await createAs(office, {
      title: 'جلسهٔ سری با مدعوان',
      classification: 'secret',
      start: tehran('2027-01-12', '09:00'),
      end: tehran('2027-01-12', '10:00'),
      outsidePlace: 'سالن استانداری',
      invitees: [{ relationTo: 'users', value: invited.id }, { relationTo: 'posts', value: headPost.id }],
      agenda: [{ title: 'بند محرمانهٔ دستور جلسه' }],
    })
    const readBy = async (user: User) => (await payload.find({ collection: 'meetings', where: { id: { equals: meeting.id } }, user, overrideAccess: false, depth: 0 })).docs[0]
    const seen = await readBy(invited)
    expect(seen?.title).toBe('جلسهٔ سری با مدعوان')
    expect(seen?.agenda?.[0]?.title).toBe('بند محرمانهٔ دستور جلسه')
    // Invited through the post they hold.
    expect((await readBy(await demoUser(payload, 'head.political')))?.agenda?.[0]?.title).toBe('بند محرمانهٔ دستور جلسه')
    expect(await readBy(notInvited)).toBeUndefined()
    expect((await rest('GET', `/api/meetings/${meeting.id}?depth=0`, { token: await tokenFor('expert.ethnic') })).status).toBe(200)
    expect((await rest('GET', `/api/meetings/${meeting.id}?depth=0`, { token: await tokenFor('expert.political') })).status).toBe(404)
  })
})

describe('no double booking, held by the database', () => {
  it('of 50 concurrent bookings of one room at one time (half REST, half Local API) exactly one succeeds; the others are told which meeting holds it', { timeout: 300_000 }, async () => {
    const start = tehran('2027-01-13', '10:00')
    const end = tehran('2027-01-13', '11:00')
    const outcomes: Outcome[] = await race(50, (i) => {
      // Each overlaps the others by at least half an hour.
      const data = { title: `رقابت اتاق ${i}`, start: i % 3 === 0 ? tehran('2027-01-13', '10:30') : start, end, place: roomRace }
      return i % 2 === 0 ? rest('POST', '/api/meetings', { token: officeToken, body: data }).then(fromRest) : local(() => createAs(office, data))
    })
    expectOneWinner(outcomes)
    const booked = await payload.find({ collection: 'meetings', where: { place: { equals: roomRace } }, depth: 0, pagination: false })
    expect(booked.docs).toHaveLength(1)
    const winner = booked.docs[0]!
    for (const lost of outcomes.filter((o) => o.status !== 200)) {
      expect(lost.message).toContain(`«${winner.title}»`)
      expect(lost.message).toContain(shown(winner.start))
    }
  })

  it('refuses a person in two overlapping meetings in two rooms, invited once by name and once through their post', async () => {
    const person = await demoUser(payload, 'expert.gis')
    const post = (await payload.find({ collection: 'posts', where: { key: { equals: 'expert-gis' } }, depth: 0, limit: 1 })).docs[0]!
    const first = await createAs(office, { title: 'جلسهٔ اول کارشناس', start: tehran('2027-01-14', '10:00'), end: tehran('2027-01-14', '11:00'), place: roomA, invitees: [{ relationTo: 'users', value: person.id }] })
    const second = { title: 'جلسهٔ دوم هم‌زمان', start: tehran('2027-01-14', '10:30'), end: tehran('2027-01-14', '11:30'), place: roomB, invitees: [{ relationTo: 'posts', value: post.id }] }
    const refused = await local(() => createAs(office, second))
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(persian)
    expect(refused.message).toContain(`«${first.title}»`)
    expect(refused.message).toContain(shown(first.start))
    const viaRest = await rest('POST', '/api/meetings', { token: officeToken, body: second })
    expect(viaRest.status).toBe(409)
    expect(viaRest.body.errors[0].message).toContain(`«${first.title}»`)
    expect(await stored(second.title)).toHaveLength(0)
    // Back to back is no overlap.
    const after = await createAs(office, { ...second, start: tehran('2027-01-14', '11:00'), end: tehran('2027-01-14', '12:00') })
    expect(after.id).toBeGreaterThan(0)
  })

  it('a cancelled or postponed meeting frees its slot, only with a reason; a held meeting cannot be moved', async () => {
    const slot = { start: tehran('2027-01-15', '09:00'), end: tehran('2027-01-15', '10:00'), place: roomA }
    const meeting = await createAs(office, { title: 'جلسهٔ لغوشدنی', ...slot })
    expect((await local(() => createAs(office, { title: 'جلسهٔ جایگزین', ...slot }))).status).toBe(409)

    const noReason = await rest('PATCH', `/api/meetings/${meeting.id}`, { token: officeToken, body: { status: 'cancelled' } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toMatch(persian)
    const cancelled = await rest('PATCH', `/api/meetings/${meeting.id}`, { token: officeToken, body: { status: 'cancelled', statusReason: 'سفر مدیر کل' } })
    expect(cancelled.status).toBe(200)
    const replacement = await createAs(office, { title: 'جلسهٔ جایگزین', ...slot })
    // Cancelled is final.
    const revived = await local(() => payload.update({ collection: 'meetings', id: meeting.id, data: { status: 'planned' }, user: office, overrideAccess: false }))
    expect(revived.status).toBe(409)
    expect(revived.message).toMatch(persian)

    // Postponed, then planned again at a time the replacement does not hold.
    const postponed = await local(() => payload.update({ collection: 'meetings', id: replacement.id, data: { status: 'postponed', statusReason: 'نرسیدن گزارش‌ها' }, user: office, overrideAccess: false }))
    expect(postponed.status).toBe(200)
    const third = await createAs(office, { title: 'جلسهٔ سوم در همان ساعت', ...slot })
    const clash = await local(() => payload.update({ collection: 'meetings', id: replacement.id, data: { status: 'planned' }, user: office, overrideAccess: false }))
    expect(clash.status).toBe(409)
    expect(clash.message).toContain(`«${third.title}»`)

    const held = await payload.update({ collection: 'meetings', id: third.id, data: { status: 'held' }, user: office, overrideAccess: false })
    expect(held.status).toBe('held')
    const moved = await rest('PATCH', `/api/meetings/${third.id}`, { token: officeToken, body: { start: tehran('2027-01-15', '11:00'), end: tehran('2027-01-15', '12:00') } })
    expect(moved.status).toBe(409)
    expect(moved.body.errors[0].message).toMatch(persian)
    const again = await payload.findByID({ collection: 'meetings', id: third.id, depth: 0 })
    expect(again.start).toBe(slot.start)
  })
})

describe('bad input gets a Persian 400 and stores nothing', () => {
  const cases: [string, MeetingInput][] = [
    ['end before start', { start: tehran('2027-01-16', '11:00'), end: tehran('2027-01-16', '10:00') }],
    ['end equal to start', { start: tehran('2027-01-16', '11:00'), end: tehran('2027-01-16', '11:00') }],
    ['over twelve hours', { start: tehran('2027-01-16', '07:00'), end: tehran('2027-01-16', '19:30') }],
    ['an invitee that is a letter', { start: tehran('2027-01-16', '09:00'), end: tehran('2027-01-16', '10:00'), invitees: [{ relationTo: 'letters', value: 1 }] }],
    ['an invitee that does not exist', { start: tehran('2027-01-16', '09:00'), end: tehran('2027-01-16', '10:00'), invitees: [{ relationTo: 'users', value: 987654 }] }],
    ['a room and an outside place at once', { start: tehran('2027-01-16', '09:00'), end: tehran('2027-01-16', '10:00'), outsidePlace: 'فرمانداری' }],
  ]
  for (const [what, data] of cases) {
    it(`refuses ${what}, through REST and the Local API`, async () => {
      const title = `نادرست: ${what}`
      const body = { title, place: roomB, ...data }
      const viaRest = await rest('POST', '/api/meetings', { token: officeToken, body })
      expect(viaRest.status, JSON.stringify(viaRest.body)).toBe(400)
      expect(viaRest.body.errors[0].message).toMatch(persian)
      const viaLocal = await local(() => createAs(office, body))
      expect(viaLocal.status).toBe(400)
      expect(viaLocal.message).toMatch(persian)
      expect(await stored(title)).toHaveLength(0)
    })
  }
})
