import fs from 'fs'
import os from 'os'
import path from 'path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SeedError } from '../../src/seed/SeedError'
import { seedReferenceData } from '../../src/seed/seedReferenceData'
import { testPayload } from '../helpers/payload'
import { repoRoot } from '../helpers/seed'

const orgFile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/org/political-directorate.json'), 'utf8'))
const divisionsFile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/fars-divisions.json'), 'utf8'))
const commissionsFile = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/commissions.json'), 'utf8'))
const seed000 = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/seeds/000_d88c5ec46e2e4dc6.txt'), 'utf8').split('\n')

async function counts(payload: Payload) {
  const [units, posts, divisions] = await Promise.all(
    (['units', 'posts', 'divisions'] as const).map((collection) => payload.count({ collection })),
  )
  return { units: units.totalDocs, posts: posts.totalDocs, divisions: divisions.totalDocs }
}

function writeTemp(name: string, data: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-seed-'))
  const file = path.join(dir, name)
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

describe('npm run seed: the organisation and the country divisions as data', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    await seedReferenceData(payload, repoRoot)
  })

  it('loads the eleven posts of seed 000 with their duties and units', async () => {
    const posts = await payload.find({
      collection: 'posts',
      where: { organisation: { equals: 'political-directorate' } },
      pagination: false,
      depth: 1,
    })
    expect(posts.docs).toHaveLength(11)
    for (const post of posts.docs) {
      expect(post.title.length).toBeGreaterThan(3)
      expect(post.duties?.length, post.key).toBeGreaterThan(0)
      expect(typeof post.unit === 'object' && post.unit?.code).toBeTruthy()
    }
    const director = posts.docs.find((p) => p.key === 'director')!
    const expectedDirectorDuties = orgFile.posts.find((p: { key: string }) => p.key === 'director').duties
    expect(director.duties!.map((d) => d.text)).toEqual(expectedDirectorDuties)
  })

  it('links every post to the post it reports to, up to the director general', async () => {
    const posts = await payload.find({ collection: 'posts', where: { organisation: { equals: 'political-directorate' } }, pagination: false, depth: 0 })
    const byId = new Map(posts.docs.map((p) => [p.id, p]))
    const keyOf = (id: unknown) => (id ? byId.get(id as number)?.key : null)
    const reportsTo = Object.fromEntries(posts.docs.map((p) => [p.key, keyOf(p.reportsTo)]))
    expect(reportsTo).toEqual({
      director: null,
      'office-chief': 'director',
      'deputy-political': 'director',
      'deputy-elections': 'director',
      'head-political': 'deputy-political',
      'head-elections': 'deputy-elections',
      'expert-ethnic': 'head-political',
      'expert-political': 'head-political',
      'expert-elections': 'head-elections',
      'expert-divisions': 'head-elections',
      'expert-gis': 'head-elections',
    })
  })

  it('builds the unit tree directorate → deputy offices → groups', async () => {
    const units = await payload.find({ collection: 'units', where: { organisation: { equals: 'political-directorate' } }, pagination: false, depth: 1 })
    const parentOf = Object.fromEntries(
      units.docs.map((u) => [u.code, typeof u.parent === 'object' && u.parent ? u.parent.code : null]),
    )
    expect(parentOf).toEqual({
      dg: null,
      'dep-political': 'dg',
      'dep-elections': 'dg',
      'grp-political': 'dep-political',
      'grp-elections': 'dep-elections',
    })
  })

  it('loads the 36 counties of Fars, each with its districts', async () => {
    const province = await payload.find({ collection: 'divisions', where: { type: { equals: 'province' } } })
    expect(province.docs.map((d) => d.name)).toEqual(['فارس'])
    const counties = await payload.find({ collection: 'divisions', where: { type: { equals: 'county' } }, pagination: false, depth: 0 })
    expect(counties.docs).toHaveLength(36)
    expect(counties.docs.every((c) => c.parent === province.docs[0].id)).toBe(true)
    const districts = await payload.find({ collection: 'divisions', where: { type: { equals: 'district' } }, pagination: false, depth: 0 })
    expect(districts.docs).toHaveLength(divisionsFile.meta.counts.district)
    const countyIds = new Set(counties.docs.map((c) => c.id))
    expect(districts.docs.every((d) => countyIds.has(d.parent as number))).toBe(true)
    for (const county of counties.docs) {
      expect(districts.docs.some((d) => d.parent === county.id), county.name).toBe(true)
    }
    const shiraz = counties.docs.find((c) => c.nameEn === 'Shiraz')!
    expect(shiraz.name).toBe('شیراز')
    const total = await payload.count({ collection: 'divisions' })
    expect(total.totalDocs).toBe(divisionsFile.nodes.length)
  })

  it('loads the commissions seed 000 names, each with the seed line it comes from and no invented member', async () => {
    const commissions = await payload.find({ collection: 'commissions', where: { seedKey: { exists: true } }, pagination: false, depth: 1, sort: 'id' })
    const byKey = new Map(commissions.docs.map((c) => [c.seedKey, c]))
    expect([...byKey.keys()].sort()).toEqual(['country-divisions', 'election-headquarters', 'ethnic-religious', 'labour', 'naming-working-group', 'student-cultural'])
    for (const entry of commissionsFile.commissions as { key: string; name: string; source: { lines: number[]; quote: string } }[]) {
      const stored = byKey.get(entry.key)!
      expect(stored.name).toBe(entry.name)
      expect(stored.source).toContain('000_d88c5ec46e2e4dc6.txt')
      expect(stored.standingMembers ?? []).toEqual([])
      expect(stored.chair ?? null).toBeNull()
      // The seed says it, on the lines given (spaces collapsed as data/README.md describes).
      const said = entry.source.lines.map((n) => seed000[n - 1]!.replace(/\s+/g, ' ')).join(' ')
      expect(said).toContain(entry.source.quote)
    }
    // Line 39: the political deputy is secretary of the council's three commissions.
    for (const key of ['ethnic-religious', 'student-cultural', 'labour']) {
      const commission = byKey.get(key)!
      expect(commission.parentCouncil).toBe('شورای تأمین استان')
      expect(typeof commission.secretaryPost === 'object' && commission.secretaryPost?.key).toBe('deputy-political')
    }
    expect(byKey.get('naming-working-group')!.secretaryPost ?? null).toBeNull()
  })

  it('changes nothing when run a second time', async () => {
    const before = await payload.find({ collection: 'posts', pagination: false, depth: 0, sort: 'id' })
    const countsBefore = await counts(payload)
    const report = await seedReferenceData(payload, repoRoot)
    const org = report.organisations['political-directorate.json']
    expect(org.units).toEqual({ created: 0, updated: 0, unchanged: 5 })
    expect(org.posts).toEqual({ created: 0, updated: 0, unchanged: 11 })
    expect(report.divisions).toEqual({ created: 0, updated: 0, unchanged: divisionsFile.nodes.length })
    expect(report.commissions).toEqual({ created: 0, updated: 0, unchanged: commissionsFile.commissions.length })
    expect(await counts(payload)).toEqual(countsBefore)
    const after = await payload.find({ collection: 'posts', pagination: false, depth: 0, sort: 'id' })
    expect(after.docs.map((p) => p.updatedAt)).toEqual(before.docs.map((p) => p.updatedAt))
  })

  it('loads the office structure of seed 004 from its own file, the same way', async () => {
    const report = await seedReferenceData(payload, repoRoot, {
      orgFiles: ['data/org/provinces-coordination-office.json'],
      divisionsFile: null,
    })
    const org = report.organisations['provinces-coordination-office.json']
    expect(org.posts.created + org.posts.unchanged).toBeGreaterThanOrEqual(3)
    const posts = await payload.find({
      collection: 'posts',
      where: { organisation: { equals: 'provinces-coordination-office' } },
      pagination: false,
      depth: 0,
    })
    expect(posts.docs.length).toBe(org.posts.created + org.posts.unchanged)
    const byKey = new Map(posts.docs.map((p) => [p.key, p]))
    // The office's own posts carry their duties from the bylaw; the planning deputy they answer to is outside it.
    for (const key of ['manager', 'head-provinces', 'head-welfare']) {
      expect(byKey.get(key)?.duties?.length, key).toBeGreaterThan(0)
    }
    const manager = byKey.get('manager')!
    expect(byKey.get('head-provinces')!.reportsTo).toBe(manager.id)
    expect(byKey.get('head-welfare')!.reportsTo).toBe(manager.id)
    expect(manager.reportsTo).toBe(byKey.get('planning-deputy')!.id)
    // The directorate is untouched by loading another organisation.
    const directorate = await payload.count({ collection: 'posts', where: { organisation: { equals: 'political-directorate' } } })
    expect(directorate.totalDocs).toBe(11)
  })

  it('refuses a malformed org file, naming the file and the bad entry, and writes nothing', async () => {
    const bad = structuredClone(orgFile)
    bad.organisation.code = 'broken-org'
    bad.units = bad.units.map((u: { code: string; parent: string | null }) => ({
      ...u,
      code: `x-${u.code}`,
      parent: u.parent ? `x-${u.parent}` : null,
    }))
    bad.posts = bad.posts.map((p: { unit: string }) => ({ ...p, unit: `x-${p.unit}` }))
    bad.posts[4].reportsTo = 'no-such-post'
    const file = writeTemp('broken-org.json', bad)
    const before = await counts(payload)
    const error = await seedReferenceData(payload, repoRoot, { orgFiles: [file], divisionsFile: null }).catch((e) => e)
    expect(error).toBeInstanceOf(SeedError)
    expect(error.message).toContain('broken-org.json')
    expect(error.message).toContain(bad.posts[4].key)
    expect(error.message).toContain('no-such-post')
    expect(await counts(payload)).toEqual(before)
  })

  it('writes nothing from a valid file when a later file of the same run is malformed', async () => {
    const good = structuredClone(orgFile)
    good.organisation.code = 'good-org'
    good.units = good.units.map((u: { code: string; parent: string | null }) => ({ ...u, code: `g-${u.code}`, parent: u.parent ? `g-${u.parent}` : null }))
    good.posts = good.posts.map((p: { unit: string }) => ({ ...p, unit: `g-${p.unit}` }))
    const goodFile = writeTemp('good-org.json', good)
    const brokenJson = writeTemp('truncated.json', '{"organisation": {"code": "t"')
    const before = await counts(payload)
    const error = await seedReferenceData(payload, repoRoot, { orgFiles: [goodFile, brokenJson], divisionsFile: null }).catch((e) => e)
    expect(error).toBeInstanceOf(SeedError)
    expect(error.message).toContain('truncated.json')
    expect(await counts(payload)).toEqual(before)

    const brokenShape = writeTemp('no-posts.json', { organisation: { code: 'np', name: 'x' }, units: [] })
    const error2 = await seedReferenceData(payload, repoRoot, { orgFiles: [goodFile, brokenShape], divisionsFile: null }).catch((e) => e)
    expect(error2).toBeInstanceOf(SeedError)
    expect(error2.message).toContain('no-posts.json')
    expect(await counts(payload)).toEqual(before)
    const leaked = await payload.count({ collection: 'units', where: { organisation: { equals: 'good-org' } } })
    expect(leaked.totalDocs).toBe(0)
  })

  it('refuses a divisions file whose node points at a missing parent', async () => {
    const bad = structuredClone(divisionsFile)
    const victim = bad.nodes.find((n: { type: string }) => n.type === 'district')
    victim.parentId = 'county:9999'
    const file = writeTemp('bad-divisions.json', bad)
    const before = await counts(payload)
    const error = await seedReferenceData(payload, repoRoot, { orgFiles: ['data/org/political-directorate.json'], divisionsFile: file }).catch((e) => e)
    expect(error).toBeInstanceOf(SeedError)
    expect(error.message).toContain('bad-divisions.json')
    expect(error.message).toContain(victim.id)
    expect(await counts(payload)).toEqual(before)
  })
})
