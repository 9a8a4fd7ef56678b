/**
 * The letters list reads only its columns (admin.enableListViewSelectAPI, for speed: no body,
 * no corrections, no joins). A read that selects a few fields must still carry what the read
 * rule and the audit judge by (forceSelect: src/access/readRule.ts ruleSelect), and what the
 * Jalali companions are computed from.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog } from '../../src/payload-types'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number

async function reads(id: number): Promise<AuditLog[]> {
  const found = await payload.find({
    collection: 'audit-log',
    where: { targetCollection: { equals: 'letters' }, targetId: { equals: String(id) }, action: { equals: 'read' } },
    depth: 0,
    limit: 50,
  })
  return found.docs
}

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری فسا', kind: 'county-governorate' } })).id
  // Migrating a fresh database took over the project's 3 minutes on the shared 2-core machine.
}, 600_000)

describe('a read that selects only some fields of a letter', () => {
  it('of a confidential letter is still audited, over REST and the Local API', async () => {
    const letter = await registerIncoming(payload, sender, { classification: 'confidential', subject: 'گزینش ستون‌ها' }, 'office')
    const token = await tokenFor('director')
    const res = await rest('GET', `/api/letters?where[id][equals]=${letter.id}&select[subject]=true&depth=0`, { token })
    expect(res.status).toBe(200)
    expect(res.body.docs[0].subject).toBe('گزینش ستون‌ها')
    expect(res.body.docs[0].body).toBeUndefined()
    const director = await demoUser(payload, 'director')
    await payload.find({ collection: 'letters', where: { id: { equals: letter.id } }, select: { registryNumber: true }, user: director, overrideAccess: false, depth: 0 })
    expect((await reads(letter.id)).map((e) => e.interface).sort()).toEqual(['local', 'rest'])
  })

  it('still gets the Jalali companion of a date it did not select', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'تاریخ ثبت در فهرست' }, 'office')
    const office = await demoUser(payload, 'office')
    const found = await payload.find({ collection: 'letters', where: { id: { equals: letter.id } }, select: { registeredAtJalali: true }, user: office, overrideAccess: false, depth: 0 })
    expect(found.docs[0]?.registeredAtJalali).toMatch(/^1[34]\d\d\/\d\d\/\d\d/)
  })

  it('shows a content column only to whom the read rule gives the content', async () => {
    const letter = await registerIncoming(payload, sender, { classification: 'secret', subject: 'سری برای فهرست', summary: 'خلاصهٔ سری' }, 'office')
    const select = { summary: true } as const
    const deputy = await demoUser(payload, 'deputy.political')
    const seen = await payload.find({ collection: 'letters', where: { id: { equals: letter.id } }, select, user: deputy, overrideAccess: false, depth: 0 })
    expect(seen.docs[0]?.summary).toBe('خلاصهٔ سری')
    // An expert (confidential) does not see the letter at all, so not its summary either.
    const expert = await demoUser(payload, 'expert.political')
    const hidden = await payload.find({ collection: 'letters', where: { id: { equals: letter.id } }, select, user: expert, overrideAccess: false, depth: 0 })
    expect(hidden.docs.map((d) => d.summary)).toEqual([])
  })
})
