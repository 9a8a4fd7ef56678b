import { describe, expect, it } from 'vitest'

import { keepPublicMessages } from '../../src/hooks/keepPublicMessages'

const run = (error: Record<string, unknown>, message = 'An unknown error occurred.') =>
  keepPublicMessages({ error: error as never, result: { errors: [{ message }] } as never, req: {} as never, context: {} } as never)

describe('public error messages survive the production build', () => {
  it('a public client error (our Persian refusal, its class name minified away) keeps its message and status', () => {
    expect(run({ isPublic: true, status: 400, message: 'تاریخ نامعتبر است', name: '' })).toEqual({ status: 400, response: { errors: [{ message: 'تاریخ نامعتبر است' }] } })
  })

  it('leaves server errors, private errors and already-formatted messages alone', () => {
    expect(run({ isPublic: true, status: 500, message: 'boom' })).toBeUndefined()
    expect(run({ isPublic: false, status: 400, message: 'secret detail' })).toBeUndefined()
    expect(run({ isPublic: true, status: 403, message: 'x' }, 'پیام خود Payload')).toBeUndefined()
  })
})
