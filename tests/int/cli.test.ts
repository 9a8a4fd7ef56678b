import fs from 'fs'
import os from 'os'
import path from 'path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { runScript } from '../helpers/scripts'
import { repoRoot } from '../helpers/seed'

describe('command-line entry points refuse bad input clearly', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it.each([['start'], ['seed']])('%s with an unreachable DATABASE_URI exits non-zero with one line naming the host', (script) => {
    const result = runScript(script, [], { DATABASE_URI: 'postgres://dabir:secret@127.0.0.1:9/dabir' })
    expect(result.status).not.toBe(0)
    expect(result.stderr.split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('127.0.0.1:9')
    expect(result.stderr).not.toContain('secret')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('npm run seed with a malformed org file names the file and the entry and writes nothing', async () => {
    const org = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/org/political-directorate.json'), 'utf8'))
    org.organisation.code = 'cli-broken'
    org.units = org.units.map((u: { code: string; parent: string | null }) => ({ ...u, code: `c-${u.code}`, parent: u.parent ? `c-${u.parent}` : null }))
    org.posts = org.posts.map((p: { unit: string }) => ({ ...p, unit: `c-${p.unit}` }))
    org.posts[2].title = ''
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-cli-')), 'cli-broken.json')
    fs.writeFileSync(file, JSON.stringify(org))
    const before = await payload.count({ collection: 'units' })

    const result = runScript('seed', ['--org', file, '--no-divisions'], { DATABASE_URI: inject('databaseUri') })
    expect(result.status, result.stdout + result.stderr).toBe(1)
    expect(result.stderr).toContain('cli-broken.json')
    expect(result.stderr).toContain(`posts[2] (${org.posts[2].key})`)
    expect(result.stderr).toContain('title')
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before.totalDocs)
    expect((await payload.count({ collection: 'units', where: { organisation: { equals: 'cli-broken' } } })).totalDocs).toBe(0)
  })

  it('npm run seed:demo refuses to run without DABIR_DEMO_PASSWORD and creates no account', async () => {
    const before = await payload.count({ collection: 'users' })
    const result = runScript('seed-demo', [], { DATABASE_URI: inject('databaseUri'), DABIR_DEMO_PASSWORD: '' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DABIR_DEMO_PASSWORD')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })
})
