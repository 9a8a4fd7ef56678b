import { Writable } from 'stream'

import type { Payload } from 'payload'
import { pino, type LoggerOptions } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

type Entry = { level: number; msg?: string; err?: { stack?: string }; status?: number }

/**
 * The app's logger as the config builds it (payload.config.ts `logger.options`), writing JSON
 * lines into memory for the length of this file, in place of the pretty terminal stream.
 */
describe('the server logs a refused request at info, without a stack (REST, as the app answers it)', () => {
  let payload: Payload
  let original: Payload['logger']
  const entries: Entry[] = []

  beforeAll(async () => {
    payload = await testPayload()
    original = payload.logger
    const options = (payload.config.logger as { options: LoggerOptions }).options
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) entries.push(JSON.parse(line))
        done()
      },
    })
    payload.logger = pino({ ...options, level: 'info' }, destination)
  })
  afterAll(() => {
    payload.logger = original
  })

  it.each([
    ['a malformed record id (400)', () => rest('GET', '/api/correspondents/abc'), 400],
  ])('%s', async (_what, send, status) => {
    entries.length = 0
    const res = await send()
    expect(res.status).toBe(status)
    // One line at info, with its status. (A refusal whose class Payload's own `loggingLevels`
    // names — Forbidden, NotFound, ValidationError — is info by name too, but only while names
    // are not minified, as they are in the production build: the unit test covers those.)
    expect(entries, JSON.stringify(entries)).toHaveLength(1)
    expect(entries[0].level).toBe(30)
    expect(entries[0].status).toBe(status)
    expect(entries[0].msg).toBe(res.body.errors[0].message)
    expect(entries.filter((e) => e.level >= 50), JSON.stringify(entries)).toEqual([])
    expect(JSON.stringify(entries)).not.toMatch(/\\n\s+at /)
  })
})
