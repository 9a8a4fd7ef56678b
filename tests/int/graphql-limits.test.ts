import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { graphql, rest, sendGraphql, type RestResult } from '../helpers/rest'
import { DEMO_PASSWORD } from '../helpers/seed'

const persian = /[\u0600-\u06FF]/
const message = (res: RestResult) => String(res.body?.errors?.[0]?.message ?? '')

/** ~1.3 KB: each fragment spreads the next twice, so the expanded query has 2^n copies of the last. */
function exponentialFragments(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Post { key ...F${i + 1} ...F${i + 1} }`)
  return `query { Posts(limit: 1) { docs { ...F0 } } } ${fragments.join(' ')} fragment F${n} on Post { title }`
}

/** Hundreds of aliased list queries, each asking for a large page. */
const manyAliases = (count: number, limit: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: Letters(limit: ${limit}) { docs { subject } }`).join(' ')} }`

describe('GraphQL: no request can stall the server', () => {
  let token: string
  let meToken: string

  beforeAll(async () => {
    const payload = await testPayload()
    for (const email of ['gql-limits@test.dabir.ir', 'gql-limits-me@test.dabir.ir']) {
      await payload.create({ collection: 'users', data: { email, password: DEMO_PASSWORD, fullName: 'آزمون محدودیت GraphQL', roles: ['expert'], clearance: 'normal' } as never })
    }
    token = (await rest('POST', '/api/users/login', { body: { email: 'gql-limits@test.dabir.ir', password: DEMO_PASSWORD } })).body.token
    meToken = (await rest('POST', '/api/users/login', { body: { email: 'gql-limits-me@test.dabir.ir', password: DEMO_PASSWORD } })).body.token
  })

  /**
   * Sends the attack and, at the same moment, `/api/users/me` for another user. Before the limits,
   * the attack held the event loop for minutes; the race's generous 30 s is only a bound.
   */
  async function withParallelMe(attack: () => Promise<RestResult>) {
    const attacked = attack()
    const me = rest('GET', '/api/users/me', { token: meToken })
    const answered = await Promise.race([me.then((r) => r), new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000))])
    const refused = await attacked
    return { refused, me: answered }
  }

  it('refuses exponential fragments from an anonymous caller with a Persian 401, before validating', async () => {
    const query = exponentialFragments(24)
    expect(query.length).toBeLessThan(1600)
    const { refused, me } = await withParallelMe(() => graphql(query))
    expect(refused.status).toBe(401)
    expect(message(refused)).toMatch(persian)
    expect(refused.body.data ?? null).toBeNull()
    expect(me?.status).toBe(200)
    expect(me?.body.user.email).toBe('gql-limits-me@test.dabir.ir')
  })

  it('refuses exponential fragments from a logged-in user with a Persian 400', async () => {
    const { refused, me } = await withParallelMe(() => graphql(exponentialFragments(24), token))
    expect(refused.status).toBe(400)
    expect(message(refused)).toMatch(/قطعه|fragment/)
    expect(me?.status).toBe(200)
  })

  it('refuses hundreds of aliased list queries with large limits', async () => {
    const { refused, me } = await withParallelMe(() => graphql(manyAliases(250, 100), token))
    expect(refused.status).toBe(400)
    expect(message(refused)).toMatch(persian)
    expect(me?.status).toBe(200)
    // Fewer aliases, within the token cap: refused for the aliases themselves.
    const fifty = await graphql(manyAliases(50, 100), token)
    expect(fifty.status).toBe(400)
    expect(message(fifty)).toMatch(/alias/)
  })

  it('counts limit in the cost: a few nested lists of 100 are refused though they have no aliases', async () => {
    const res = await graphql('{ Letters(limit: 100) { docs { repliedBy(limit: 100) { docs { subject followedBy(limit: 100) { docs { subject } } } } } } }', token)
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/پرهزینه/)
  })

  it('refuses a page above 250, limit 0 («all») and pagination: false', async () => {
    for (const query of ['{ Letters(limit: 100000) { docs { id } } }', '{ Letters(limit: 0) { docs { id } } }', '{ Letters(pagination: false) { docs { id } } }']) {
      const res = await graphql(query, token)
      expect(res.status, query).toBe(400)
      expect(message(res), query).toMatch(persian)
    }
    const viaVariable = await graphql('query ($n: Int) { Letters(limit: $n) { docs { id } } }', token, { n: 5000 })
    expect(viaVariable.status).toBe(400)
  })

  it('refuses a huge query text with a Persian 413, before parsing it', async () => {
    const huge = `{ Posts(limit: 1) { docs { ${'title '.repeat(50_000)} } } }`
    const { refused, me } = await withParallelMe(() => graphql(huge, token))
    expect(refused.status).toBe(413)
    expect(message(refused)).toMatch(persian)
    expect(me?.status).toBe(200)
  })

  it('refuses a batch and a document of many operations', async () => {
    const batch = await sendGraphql(JSON.stringify(Array.from({ length: 200 }, () => ({ query: exponentialFragments(10) }))), token)
    expect(batch.status).toBe(400)
    expect(message(batch)).toMatch(/batch/)
    const operations = Array.from({ length: 100 }, (_, i) => `query Q${i} { Posts(limit: 1) { totalDocs } }`).join(' ')
    const many = await sendGraphql(JSON.stringify({ query: operations, operationName: 'Q1' }), token)
    expect(many.status).toBe(400)
    expect(message(many)).toMatch(/عملیات/)
  })

  it('refuses a body beyond the JSON limit and one that is not JSON', async () => {
    const big = await sendGraphql(JSON.stringify({ query: '{ Posts { totalDocs } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }), token)
    expect(big.status).toBe(413)
    expect(message(big)).toMatch(persian)
    const broken = await sendGraphql('{"query": "{ Posts { totalDocs } }"', token)
    expect(broken.status).toBe(400)
    expect(message(broken)).toMatch(persian)
  })

  it('still answers an ordinary query, fragments included', async () => {
    const res = await graphql('query { Posts(limit: 5) { totalDocs docs { ...P } } } fragment P on Post { key title }', token)
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(Array.isArray(res.body.data.Posts.docs)).toBe(true)
  })

  it('answers a query that does not fit the schema with a Persian 400: unknown fields, wrong types, bad variables', async () => {
    const cases = [
      '{ Letters(limit: 1) { docs { noSuchField } } }',
      '{ Letters(limit: 1, noSuchArgument: 1) { docs { id } } }',
      'mutation { createLetter(data: { kind: incoming, subject: 5 }) { id } }',
      '{ Letters(limit: 1) }',
    ]
    for (const query of cases) {
      const res = await graphql(query, token)
      expect(res.status, query).toBe(400)
      expect(message(res), query).toMatch(persian)
      expect(message(res), query).not.toMatch(/Cannot query|cannot represent|Unknown argument|must have a selection/)
    }
    const badVariable = await graphql('query ($n: Int!) { Letters(limit: 1, page: $n) { docs { id } } }', token, { n: 'ده' })
    expect(badVariable.status).toBe(400)
    expect(message(badVariable)).toContain('«n»')
    // Well-formed queries are untouched.
    expect((await graphql('{ Letters(limit: 1) { totalDocs } }', token)).status).toBe(200)
  })

})
