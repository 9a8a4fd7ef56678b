import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { tokenFor, withDemoUsers } from '../helpers/users'

describe('GraphQL on the same access rules', () => {
  let token: string

  beforeAll(async () => {
    const payload = await testPayload()
    await withDemoUsers(payload)
    token = await tokenFor('head.elections')
  })

  it('answers a logged-in user with the organisation', async () => {
    const res = await graphql('{ Posts(limit: 50, where: { organisation: { equals: "political-directorate" } }) { totalDocs docs { key title reportsTo { key } } } }', token)
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Posts.totalDocs).toBe(11)
    const head = res.body.data.Posts.docs.find((p: { key: string }) => p.key === 'head-elections')
    expect(head.reportsTo.key).toBe('deputy-elections')
  })

  it('shows nothing of the organisation to an anonymous caller', async () => {
    const res = await graphql('{ Posts { totalDocs docs { title } } Users { totalDocs } }')
    expect(res.body.data?.Posts ?? null).toBeNull()
    expect(res.body.data?.Users ?? null).toBeNull()
    expect(res.body.errors?.length).toBeGreaterThan(0)
  })

  it('does not let a user raise their own clearance through a mutation', async () => {
    const me = await rest('GET', '/api/users/me', { token })
    const res = await graphql(
      'mutation ($id: Int!) { updateUser(id: $id, data: { clearance: top_secret, roles: admin }) { clearance roles } }',
      token,
      { id: me.body.user.id },
    )
    const after = await rest('GET', '/api/users/me', { token })
    expect(after.body.user.clearance).toBe('highly-confidential')
    expect(after.body.user.roles).toEqual(['group-head'])
    if (!res.body.errors) expect(res.body.data.updateUser.clearance).toBe('highly_confidential')
  })

  it('refuses a query beyond the complexity limit', async () => {
    // A hundred aliased copies of a nested list: cheap to send, costly to answer.
    const heavy = `{ ${Array.from({ length: 100 }, (_, i) => `p${i}: Posts(limit: 100) { docs { reportsTo { reportsTo { title } } } }`).join(' ')} }`
    const res = await graphql(heavy, token)
    expect(res.body.data ?? null).toBeNull()
    // Refused before it is validated (src/server/graphql/guardedGraphql.ts), in Persian.
    expect(res.body.errors?.[0]?.message ?? '').toMatch(/[\u0600-\u06FF]/)
  })
})
