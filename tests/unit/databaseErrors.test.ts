import { describe, expect, it } from 'vitest'

import { databaseErrorsAre4xx } from '../../src/hooks/databaseErrorsAre4xx'

const run = (error: unknown, graphqlResult?: Record<string, unknown>) =>
  databaseErrorsAre4xx({ error, result: { errors: [{ message: 'Something went wrong.' }] }, graphqlResult } as never) as
    | { status?: number; response?: { errors: { message: string }[] }; graphqlResult?: { message: string; extensions: { statusCode: number } } }
    | undefined

describe('database errors a request caused', () => {
  it('answers a missing linked record with a Persian 400, wherever drizzle wrapped the code', () => {
    const res = run(Object.assign(new Error('Failed query: insert into "letters_rels"'), { cause: { code: '23503' } }))
    expect(res?.status).toBe(400)
    expect(res?.response?.errors[0]?.message).toMatch(/وجود ندارد/)
  })

  it('answers a statement stopped by statement_timeout with a Persian 503, on REST and GraphQL', () => {
    const error = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })
    expect(run(error)?.status).toBe(503)
    const gql = run({ originalError: error }, { message: 'Something went wrong.', extensions: { statusCode: 500 } })
    expect(gql?.graphqlResult?.extensions.statusCode).toBe(503)
    expect(gql?.graphqlResult?.message).toMatch(/طول کشید/)
  })

  it('leaves other errors to the other hooks', () => {
    expect(run(new Error('boom'))).toBeUndefined()
    expect(run(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBeUndefined()
  })
})
