import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, addWorkingDays, formatJalaliDate, isWorkingDay, jalaliDateOf, jalaliToUtc, jalaliWeekday, parseJalaliDate, type JalaliDate } from '../../src/lib/jalali'
import { dailyReferralMailTask } from '../../src/jobs/dailyReferralMail'
import { buildDigest } from '../../src/server/digest/build'
import { previousWorkingDay } from '../../src/lib/digest'
import { defaultDeadline } from '../../src/lib/referrals'
import type { User } from '../../src/payload-types'
import { seedReferenceData } from '../../src/seed/seedReferenceData'
import { holidayTable } from '../../src/server/holidays'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { repoRoot } from '../helpers/seed'
import { withDemoUsers } from '../helpers/users'
import { incomingRequirements } from '../helpers/letters'

let payload: Payload
let office: User
let expert: User
let officeToken: string
let expertToken: string
const password = 'holidays-test-password-1405'
const stamp = Date.now().toString(36)
const created: number[] = []

const day = (text: string): JalaliDate => {
  const parsed = parseJalaliDate(text)
  if (!parsed.ok) throw new Error(text)
  return parsed.value
}
const day_ = (text: string) => day(text)
const isoOf = (d: JalaliDate) => jalaliToUtc(d, { hour: 0, minute: 0 }).toISOString()
const login = async (email: string) => (await rest('POST', '/api/users/login', { body: { email, password } })).body.token as string

async function makeUser(local: string, roles: string[], clearance: string): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `${local}.${stamp}@holidays.test`, password, fullName: `آزمون تعطیلات ${local}`, roles, clearance, active: true } as never,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  office = await makeUser('office', ['secretariat'], 'secret')
  expert = await makeUser('expert', ['expert'], 'confidential')
  officeToken = await login(office.email)
  expertToken = await login(expert.email)
})

afterAll(async () => {
  // Later files count deadlines with the seeded calendar: this file's closures leave with it.
  for (const id of created) await payload.delete({ collection: 'holidays', id, overrideAccess: true })
})

describe('the seeded calendar', () => {
  it('holds the lunar holidays, and one working day from 1404/04/12 lands after Tasua and Ashura', async () => {
    const tasua = await payload.find({ collection: 'holidays', where: { date: { equals: isoOf(day('1404/04/14')) } }, depth: 0 })
    expect(tasua.docs.map((h) => h.name)).toEqual(['تاسوعا'])
    expect(tasua.docs[0]).toMatchObject({ scope: 'national', dateJalali: '1404/04/14', seedKey: 'iran-holidays:1404/04/14' })
    expect(tasua.docs[0]!.source).toContain('iran-holidays.json')
    const table = await holidayTable(await createLocalReq({}, payload))
    expect(addWorkingDays(day('1404/04/12'), 1, table)).toEqual(day('1404/04/16'))
  })

  it('a second seed changes nothing, and 30 Esfand is closed only in 1403', async () => {
    const before = await payload.count({ collection: 'holidays' })
    const report = await seedReferenceData(payload, repoRoot)
    expect(report.holidays!.created).toBe(0)
    expect((await payload.count({ collection: 'holidays' })).totalDocs).toBe(before.totalDocs)
    const esfand30 = await payload.find({ collection: 'holidays', where: { seedKey: { like: '/12/30' } }, depth: 0 })
    expect(esfand30.docs.map((h) => h.dateJalali)).toEqual(['1403/12/30'])
  })
})

describe('the office chief keeps the holidays', () => {
  let sender: number
  let letter: number
  beforeAll(async () => {
    sender = (await payload.create({ collection: 'correspondents', data: { name: `فرمانداری آزمون تعطیلات ${stamp}`, kind: 'county-governorate' } as never })).id
    letter = (
      await payload.create({
        collection: 'letters',
        data: { kind: 'incoming', status: 'registered', urgency: 'very-urgent', classification: 'normal', subject: `آزمون تعطیلات ${stamp}`, sender: { relationTo: 'correspondents', value: sender }, ...incomingRequirements() } as never,
        user: office,
        overrideAccess: false,
      })
    ).id
  })

  it('a closure on the due day moves the open referral counted by default, not one with a deadline a person set; both changes are in the audit trail', async () => {
    const counted = await payload.create({ collection: 'referrals', data: { record: { relationTo: 'letters', value: letter }, to: [expert.id], purpose: 'action' } as never, user: office, overrideAccess: false })
    const chosen = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const set = await payload.create({ collection: 'referrals', data: { record: { relationTo: 'letters', value: letter }, to: [expert.id], purpose: 'action', deadline: chosen } as never, user: office, overrideAccess: false })
    expect(counted.deadlineByDefault).toBe(true)
    expect(set.deadlineByDefault).toBe(false)
    const due = jalaliDateOf(counted.deadline!)

    const res = await rest('POST', '/api/holidays', {
      token: officeToken,
      body: { date: isoOf(due), name: 'تعطیلی آزمایشی (آلودگی هوا)', scope: 'national', source: 'بخشنامهٔ آزمایشی استانداری', reason: 'آزمون' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    created.push(res.body.doc.id)

    const moved = await payload.findByID({ collection: 'referrals', id: counted.id, depth: 0 })
    const table = await holidayTable(await createLocalReq({}, payload))
    expect(moved.deadline).toBe(defaultDeadline('very-urgent', counted.history![0]!.at!, { holidays: table }))
    expect(formatJalaliDate(moved.deadline!)).not.toBe(formatJalaliDate(counted.deadline!))
    expect(jalaliDateOf(moved.deadline!)).toEqual(addWorkingDays(due, 1, table))
    expect((await payload.findByID({ collection: 'referrals', id: set.id, depth: 0 })).deadline).toBe(set.deadline)

    const trail = async (collection: string, id: number) =>
      (await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: collection }, targetId: { equals: String(id) } }, sort: '-id', depth: 0 })).docs
    const holidayEntries = await trail('holidays', res.body.doc.id)
    expect(holidayEntries.map((e) => [e.action, e.actorId])).toContainEqual(['create', office.id])
    const referralEntries = await trail('referrals', counted.id)
    expect(referralEntries[0]).toMatchObject({ action: 'update', actorId: office.id })
    expect(JSON.stringify(referralEntries[0]!.changes)).toContain(moved.deadline!)

    // Moving the closure away counts the deadline again.
    const away = await rest('PATCH', `/api/holidays/${res.body.doc.id}`, { token: officeToken, body: { date: isoOf(day('1404/01/05')) } })
    expect(away.status).toBe(200)
    expect((await payload.findByID({ collection: 'referrals', id: counted.id, depth: 0 })).deadline).toBe(counted.deadline)
  })

  it('two closures saved at the same time both count: the deadline skips both days', async () => {
    const referral = await payload.create({ collection: 'referrals', data: { record: { relationTo: 'letters', value: letter }, to: [expert.id], purpose: 'action' } as never, user: office, overrideAccess: false })
    const table = await holidayTable(await createLocalReq({}, payload))
    const due = jalaliDateOf(referral.deadline!)
    const next = addWorkingDays(due, 1, table)
    const closure = (d: JalaliDate, name: string) =>
      rest('POST', '/api/holidays', { token: officeToken, body: { date: isoOf(d), name, scope: 'national', source: 'آزمون همزمانی' } })
    const results = await Promise.all([closure(due, 'تعطیلی همزمان یک'), closure(next, 'تعطیلی همزمان دو')])
    for (const res of results) {
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      created.push(res.body.doc.id)
    }
    const moved = await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })
    expect(jalaliDateOf(moved.deadline!)).toEqual(addWorkingDays(next, 1, table))
    // Both closures leave again (the other tests count from the seeded calendar).
    for (const res of results) {
      await payload.delete({ collection: 'holidays', id: res.body.doc.id, overrideAccess: true })
      created.splice(created.indexOf(res.body.doc.id), 1)
    }
    expect((await payload.findByID({ collection: 'referrals', id: referral.id, depth: 0 })).deadline).toBe(referral.deadline)
  })

  it('a provincial closure names its province; without it the save is refused in Persian and nothing is stored', async () => {
    const before = await payload.count({ collection: 'holidays' })
    const res = await rest('POST', '/api/holidays', { token: officeToken, body: { date: isoOf(day('1405/10/20')), name: 'تعطیلی استانی', scope: 'province', source: 'آزمون' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/[\u0600-\u06FF]/)
    expect((await payload.count({ collection: 'holidays' })).totalDocs).toBe(before.totalDocs)
    const fars = (await payload.find({ collection: 'divisions', where: { type: { equals: 'province' } }, limit: 1, depth: 0 })).docs[0]!
    const ok = await rest('POST', '/api/holidays', { token: officeToken, body: { date: isoOf(day('1405/10/20')), name: 'تعطیلی استانی', scope: 'province', division: fars.id, source: 'آزمون' } })
    expect(ok.status).toBe(201)
    created.push(ok.body.doc.id)
  })
})

describe('the morning jobs and the digest window read the same holidays', () => {
  it('a closure the office chief adds closes the 07:00 mail of that day and moves the digest window back over it', async () => {
    const table = await holidayTable(await createLocalReq({}, payload))
    // A Sunday to Wednesday in 1405 whose previous day is a working day too.
    let day = day_('1405/10/20')
    while (!(jalaliWeekday(day) >= 1 && jalaliWeekday(day) <= 4 && isWorkingDay(day, table) && isWorkingDay(addDays(day, -1), table))) day = addDays(day, 1)
    const before = addDays(day, -1)
    const at7 = (d: JalaliDate) => jalaliToUtc(d, { hour: 7, minute: 0 }).toISOString()
    const later = new Date(jalaliToUtc(addDays(day, 5), { hour: 9, minute: 0 }))
    const req = await createLocalReq({ user: office as never }, payload)
    expect((await buildDigest(req, day, later)).from).toBe(at7(before))

    for (const [d, name] of [[before, 'تعطیلی محلی دیروز'], [day, 'تعطیلی محلی امروز']] as const) {
      const res = await rest('POST', '/api/holidays', { token: officeToken, body: { date: isoOf(d), name, scope: 'national', source: 'آزمون صبحگاهی' } })
      expect(res.status).toBe(201)
      created.push(res.body.doc.id)
    }
    const after = await holidayTable(await createLocalReq({}, payload))
    expect((await buildDigest(await createLocalReq({ user: office as never }, payload), addWorkingDays(day, 0, after), later)).from).toBe(at7(previousWorkingDay(before, after)))
    const handler = dailyReferralMailTask.handler as unknown as (args: { input: { at: string }; req: unknown }) => Promise<{ output: { queued: number } }>
    const at = new Date(jalaliToUtc(day, { hour: 8, minute: 0 })).toISOString()
    expect(await handler({ input: { at }, req: await createLocalReq({}, payload) })).toEqual({ output: { queued: 0 } })
  })
})

describe('an expert cannot edit holidays, by any door', () => {
  let holiday: number
  beforeAll(async () => {
    holiday = (await payload.find({ collection: 'holidays', where: { seedKey: { equals: 'iran-holidays:1405/04/03' } }, depth: 0 })).docs[0]!.id
  })

  it('REST: create, update and delete are 403; reading is allowed', async () => {
    expect((await rest('GET', `/api/holidays/${holiday}`, { token: expertToken })).status).toBe(200)
    expect((await rest('POST', '/api/holidays', { token: expertToken, body: { date: isoOf(day('1405/10/21')), name: 'x', source: 'x' } })).status).toBe(403)
    expect((await rest('PATCH', `/api/holidays/${holiday}`, { token: expertToken, body: { date: isoOf(day('1405/04/05')) } })).status).toBe(403)
    expect((await rest('DELETE', `/api/holidays/${holiday}`, { token: expertToken })).status).toBe(403)
  })

  it('GraphQL: the mutations are refused', async () => {
    const create = await graphql(`mutation { createHoliday(data: { date: "${isoOf(day('1405/10/21'))}", name: "x", source: "x" }) { id } }`, expertToken)
    const update = await graphql(`mutation { updateHoliday(id: ${holiday}, data: { name: "x" }) { id } }`, expertToken)
    const remove = await graphql(`mutation { deleteHoliday(id: ${holiday}) { id } }`, expertToken)
    for (const res of [create, update, remove]) expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0)
  })

  it('Local API with the expert: refused; the holiday is unchanged', async () => {
    await expect(payload.create({ collection: 'holidays', data: { date: isoOf(day('1405/10/21')), name: 'x', source: 'x' } as never, user: expert, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'holidays', id: holiday, data: { name: 'x' }, user: expert, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'holidays', id: holiday, user: expert, overrideAccess: false })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'holidays', id: holiday, depth: 0 })).name).toBe('تاسوعا')
  })
})
