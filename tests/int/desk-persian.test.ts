import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedReferenceData } from '../../src/seed/seedReferenceData'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { repoRoot } from '../helpers/seed'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
})

describe('refusals name fields by their Persian labels', () => {
  it('a filter on the audit trail\'s changes is refused over REST, naming the field and the operator in Persian', async () => {
    const res = await rest('GET', '/api/audit-log?where[changes][equals]=x', { token: await tokenFor('auditor') })
    expect(res.status).toBe(400)
    const message: string = res.body.errors[0].message
    expect(message).toContain('«پیش و پس از تغییر»')
    expect(message).toContain('«برابر است با»')
    expect(message).not.toMatch(/[A-Za-z]/)
  })
})

describe('the admin offers only what the server accepts', () => {
  it('marks fields outside a record type\'s whitelist as not filterable in the list, and keeps listed ones', () => {
    const audit = payload.collections['audit-log'].config
    const field = (name: string) => audit.flattenedFields.find((f) => f.name === name) as { admin?: { disableListFilter?: boolean } }
    expect(field('changes').admin?.disableListFilter).toBe(true)
    expect(field('action').admin?.disableListFilter).not.toBe(true)
  })

  it('shows the API tab to the admin only', async () => {
    const tab = (payload.collections.letters.config.admin.components?.views?.edit as { api?: { tab?: { condition?: (a: { req: PayloadRequest }) => boolean } } }).api!.tab!
    const reqOf = async (local: string) => ({ user: { ...(await demoUser(payload, local)), collection: 'users' } }) as unknown as PayloadRequest
    expect(tab.condition!({ req: await reqOf('admin') })).toBe(true)
    for (const local of ['office', 'director', 'deputy.political']) expect(tab.condition!({ req: await reqOf(local) })).toBe(false)
  })
})

describe('divisions in pickers', () => {
  it('titles a county and a city of the same name by level and county', async () => {
    const found = await payload.find({ collection: 'divisions', where: { name: { equals: 'کازرون' } }, depth: 0, limit: 10 })
    if (found.docs.length < 2) await seedReferenceData(payload, repoRoot)
    const again = await payload.find({ collection: 'divisions', where: { name: { equals: 'کازرون' } }, depth: 0, limit: 10, user: await demoUser(payload, 'office'), overrideAccess: false })
    const titles = again.docs.map((d) => d.title).sort()
    expect(titles).toEqual(['کازرون (شهر، شهرستان کازرون)', 'کازرون (شهرستان)'])
  })
})
