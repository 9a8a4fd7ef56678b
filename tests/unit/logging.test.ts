import { Writable } from 'stream'

import { APIError, Forbidden, logError, NotFound, ValidationError, type Payload } from 'payload'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { emailFromEnv, logEmailAdapter } from '../../src/server/email'
import { dabirLoggerOptions } from '../../src/server/logger'

type Entry = { level: number; msg?: string; err?: { stack?: string }; status?: number }

/** The app's logger options writing JSON lines into memory, as Payload builds its logger. */
function capturingLogger() {
  const entries: Entry[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) entries.push(JSON.parse(line))
      done()
    },
  })
  const logger = pino({ ...dabirLoggerOptions, level: 'info' }, destination)
  return { logger, entries }
}

/** Payload's own logError (what routeError calls for every error a route answers), with no name-based levels. */
function logThroughPayload(err: unknown) {
  const { logger, entries } = capturingLogger()
  const payload = { config: { loggingLevels: {} }, logger } as unknown as Payload
  logError({ err, payload })
  return entries
}

const INFO = 30
const ERROR = 50

describe('refusals are logged at info without a stack; faults at error with it', () => {
  it.each([
    ['a permission refusal (403)', () => new Forbidden()],
    ['a Persian 409 of the letter rules', () => new APIError('نامهٔ ثبت‌شده تغییر نمی‌کند.', 409, null, true)],
    ['a 404', () => new NotFound()],
    ['a validation error (400)', () => new ValidationError({ errors: [{ message: 'نامعتبر', path: 'subject' }] })],
    ['a 429 of the login limit', () => new APIError('تلاش بیش از حد', 429, null, true)],
  ])('%s: one info line, no stack', (_what, make) => {
    const err = make()
    // Minified in the production build: the name cannot be what decides.
    Object.defineProperty(err, 'name', { value: 'e' })
    const entries = logThroughPayload(err)
    expect(entries).toHaveLength(1)
    expect(entries[0].level).toBe(INFO)
    expect(entries[0].status).toBe(err.status)
    expect(entries[0].msg).toBe(err.message)
    expect(JSON.stringify(entries[0])).not.toContain('    at ')
  })

  it.each([
    ['an APIError 500', () => new APIError('boom', 500)],
    ['an error without a status', () => new Error('database went away')],
  ])('%s: at error, with its stack', (_what, make) => {
    const err = make()
    const entries = logThroughPayload(err)
    expect(entries).toHaveLength(1)
    expect(entries[0].level).toBe(ERROR)
    expect(entries[0].err?.stack).toContain(err.message)
    expect(entries[0].err?.stack).toMatch(/\n\s+at /)
  })

  it('an error logged directly (logger.error(err)) is judged the same way', () => {
    const { logger, entries } = capturingLogger()
    logger.error(new APIError('ممنوع', 403, null, true))
    logger.error(new APIError('خراب', 503))
    expect(entries.map((e) => e.level)).toEqual([INFO, ERROR])
    expect(entries[1].err?.stack).toMatch(/\n\s+at /)
  })
})

describe('mail without SMTP is written to the log whole', () => {
  it('without SMTP_HOST the log adapter is used, and it logs To, Subject and the text part', async () => {
    const saved = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    try {
      expect(emailFromEnv()).toBe(logEmailAdapter)
    } finally {
      if (saved !== undefined) process.env.SMTP_HOST = saved
    }
    const { logger, entries } = capturingLogger()
    const adapter = logEmailAdapter({ payload: { logger } as unknown as Payload })
    const text = 'سلام،\nنامهٔ ۱۲۳/و برای اقدام به شما ارجاع شد.\nمهلت: ۱۴۰۵/۰۹/۱۲\nhttp://localhost:3000/admin/collections/referrals/7'
    await adapter.sendEmail({ to: [{ name: 'کارشناس', address: 'expert.log@test.dabir.ir' }], subject: 'ارجاع تازه', text, html: '<p>سلام</p>' })
    expect(entries).toHaveLength(1)
    expect(entries[0].level).toBe(INFO)
    expect(entries[0].msg).toContain('To: expert.log@test.dabir.ir')
    expect(entries[0].msg).toContain('Subject: ارجاع تازه')
    expect(entries[0].msg).toContain(text)
  })
})
