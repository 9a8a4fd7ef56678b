import { parse, specifiedRules, validate, buildSchema } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from '../../src/lib/graphql/depthLimit'

const schema = buildSchema(`
  type Letter { id: Int, subject: String, inReplyTo: Letter }
  type Query { Letter(id: Int): Letter }
`)

const nested = (levels: number) => `{ Letter(id: 1) ${'{ inReplyTo '.repeat(levels)}{ id }${' }'.repeat(levels)} }`
const check = (query: string, max = 5) =>
  validate(schema, parse(query), [...specifiedRules, depthLimit(max, (d) => `عمق ${d}`)]).map((e) => e.message)

describe('GraphQL depth limit', () => {
  it('lets a query at the limit through and refuses one level more', () => {
    // Depth counts nested selection sets: Letter { inReplyTo ×4 { id } } is 5.
    expect(check(nested(4))).toEqual([])
    expect(check(nested(5))).toEqual(['عمق 6'])
  })

  it('counts through fragments and inline fragments, and survives fragment cycles', () => {
    const viaFragment = `query { Letter(id: 1) { ...A } } fragment A on Letter { inReplyTo { ... on Letter { inReplyTo { inReplyTo { inReplyTo { inReplyTo { id } } } } } } }`
    expect(check(viaFragment)).toHaveLength(1)
    // A cycle is already an error of the spec rules; the depth rule must not loop on it.
    const cyclic = `query { Letter(id: 1) { ...A } } fragment A on Letter { inReplyTo { ...A } }`
    expect(check(cyclic).length).toBeGreaterThan(0)
  })

  it('refuses a 50-level query', () => {
    expect(check(nested(50), 12)[0]).toMatch(/^عمق/)
  })
})
