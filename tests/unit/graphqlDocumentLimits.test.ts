import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from '../../src/lib/graphql/depthLimit'
import { checkDocument, type DocumentLimits } from '../../src/lib/graphql/documentLimits'

const schema = buildSchema(`
  type Letter { id: Int, subject: String, inReplyTo: Letter, repliedBy(limit: Int = 10): Letters }
  type Letters { totalDocs: Int, docs: [Letter] }
  type Query { Letter(id: Int): Letter, Letters(limit: Int, pagination: Boolean): Letters }
`)

const limits: DocumentLimits = { maxOperations: 1, maxFields: 1000, maxAliases: 20, maxRootFields: 10, maxDepth: 12, maxCost: 5000, maxLimit: 100, defaultLimit: 10 }
const check = (query: string, variables?: Record<string, unknown>) => checkDocument(parse(query), limits, schema, variables)

/** Each fragment spreads the next twice: 2^n copies of the last one once expanded. */
const doubling = (n: number) =>
  `{ Letters(limit: 1) { docs { ...F0 } } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Letter { id ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Letter { subject }`

describe('GraphQL document limits, counted before validation', () => {
  it('lets an ordinary query through', () => {
    expect(check('{ Letters(limit: 20) { totalDocs docs { id subject inReplyTo { subject } } } }')).toBeNull()
    expect(check('query { Letter(id: 1) { ...L } } fragment L on Letter { subject }')).toBeNull()
  })

  it('counts 2^60 expanded fields of nested fragments without expanding them', () => {
    const refusal = check(doubling(60))
    expect(refusal).toMatchObject({ kind: 'fields', max: 1000 })
    expect((refusal as { found: number }).found).toBeGreaterThan(2 ** 60)
  })

  it('refuses aliases, root fields and operations beyond their caps', () => {
    expect(check(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: Letter(id: ${i}) { id }`).join(' ')} }`)).toMatchObject({ kind: 'aliases' })
    expect(check(`{ ${'Letter(id: 1) { id } '.repeat(11)} }`)).toMatchObject({ kind: 'rootFields', found: 11 })
    expect(check('query A { Letter(id: 1) { id } } query B { Letter(id: 2) { id } }')).toMatchObject({ kind: 'operations', found: 2 })
  })

  it('weighs a list by its limit, the default limit included, and refuses pages outside 1..100', () => {
    // Letters: 1 + 100 × (docs: 1 + (repliedBy: 1 + 100 × (docs: 1 + id 1))) = 20,201
    expect(check('{ Letters(limit: 100) { docs { repliedBy(limit: 100) { docs { id } } } } }')).toMatchObject({ kind: 'cost', found: 20201 })
    // The join's default page of 10: 1 + 100 × (1 + (1 + 10 × 2)) = 2,201, within the cap.
    expect(check('{ Letters(limit: 100) { docs { repliedBy { docs { id } } } } }')).toBeNull()
    expect(check('{ Letters(limit: 100) { docs { id subject } } }')).toBeNull()
    expect(check('{ Letters(limit: 0) { docs { id } } }')).toMatchObject({ kind: 'limit', found: 0 })
    expect(check('{ Letters(limit: 101) { docs { id } } }')).toMatchObject({ kind: 'limit', field: 'Letters' })
    expect(check('query ($n: Int) { x: Letters(limit: $n) { docs { id } } }', { n: 5000 })).toMatchObject({ kind: 'limit', field: 'x' })
    expect(check('{ Letters(pagination: false) { docs { id } } }')).toMatchObject({ kind: 'pagination' })
  })

  it('counts depth through fragments and ends on a fragment cycle', () => {
    const deep = `{ Letter(id: 1) ${'{ inReplyTo '.repeat(12)}{ id }${' }'.repeat(12)} }`
    expect(check(deep)).toMatchObject({ kind: 'depth', found: 13 })
    expect(check('{ Letter(id: 1) { ...A } } fragment A on Letter { inReplyTo { ...A } }')).toMatchObject({ kind: 'fragmentCycle', fragment: 'A' })
  })

  it('the depth rule itself follows each fragment once (26 doubling fragments validate at once)', () => {
    const errors = validate(schema, parse(doubling(26)), [...specifiedRules.filter((r) => r.name !== 'OverlappingFieldsCanBeMergedRule'), depthLimit(12, (d) => `عمق ${d}`)])
    expect(errors.map((e) => e.message)).toEqual([])
  })
})
