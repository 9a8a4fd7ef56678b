import type { Payload, PayloadRequest } from 'payload'

import type { OrgFile } from '../lib/org/types'
import { orderPosts, orderUnits, validateOrgFile } from '../lib/org/validate'
import { SeedError } from './SeedError'
import { changedFields, emptyTally, type SeedTally } from './tally'

export type OrganisationSeedReport = { units: SeedTally; posts: SeedTally }

/**
 * Loads one organisation file (units, then posts) idempotently: an entry that already
 * matches is left untouched, so seeding twice writes nothing. Runs on `req`, so the
 * caller's transaction makes it all-or-nothing. A system action: no user, full access.
 */
export async function seedOrganisation(
  payload: Payload,
  data: unknown,
  fileName: string,
  req: PayloadRequest,
): Promise<OrganisationSeedReport> {
  const result = validateOrgFile(data, fileName)
  if (!result.ok) throw new SeedError(result.errors)
  const org: OrgFile = result.org
  const orgCode = org.organisation.code
  const report: OrganisationSeedReport = { units: emptyTally(), posts: emptyTally() }

  const existingUnits = await payload.find({
    collection: 'units',
    where: { code: { in: org.units.map((u) => u.code) } },
    pagination: false,
    depth: 0,
    req,
  })
  const unitByCode = new Map(existingUnits.docs.map((u) => [u.code, u]))
  const clashes = existingUnits.docs
    .filter((u) => u.organisation && u.organisation !== orgCode)
    .map((u) => `${fileName}: units (${u.code}): این کد واحد پیش‌تر برای سازمان «${u.organisation}» ثبت شده است`)
  if (clashes.length) throw new SeedError(clashes)

  const unitIds = new Map<string, number>()
  for (const unit of orderUnits(org)) {
    const wanted = {
      name: unit.name,
      code: unit.code,
      kind: unit.kind as 'directorate',
      organisation: orgCode,
      parent: unit.parent ? (unitIds.get(unit.parent) ?? null) : null,
    }
    const existing = unitByCode.get(unit.code)
    if (!existing) {
      const created = await payload.create({ collection: 'units', data: wanted, req })
      unitIds.set(unit.code, created.id)
      report.units.created++
      continue
    }
    unitIds.set(unit.code, existing.id)
    const changes = changedFields(existing as unknown as Record<string, unknown>, wanted)
    if (Object.keys(changes).length === 0) {
      report.units.unchanged++
    } else {
      await payload.update({ collection: 'units', id: existing.id, data: changes, req })
      report.units.updated++
    }
  }

  const existingPosts = await payload.find({
    collection: 'posts',
    where: { organisation: { equals: orgCode } },
    pagination: false,
    depth: 0,
    req,
  })
  const postByKey = new Map(existingPosts.docs.map((p) => [p.key, p]))
  const postIds = new Map<string, number>()
  for (const post of orderPosts(org)) {
    const wanted = {
      organisation: orgCode,
      key: post.key,
      title: post.title,
      unit: unitIds.get(post.unit)!,
      reportsTo: post.reportsTo ? (postIds.get(post.reportsTo) ?? null) : null,
      isUnitHead: post.isUnitHead ?? false,
    }
    const duties = post.duties.map((text) => ({ text }))
    const existing = postByKey.get(post.key)
    if (!existing) {
      const created = await payload.create({ collection: 'posts', data: { ...wanted, duties }, req })
      postIds.set(post.key, created.id)
      report.posts.created++
      continue
    }
    postIds.set(post.key, existing.id)
    const changes: Record<string, unknown> = changedFields(existing as unknown as Record<string, unknown>, wanted)
    const currentDuties = (existing.duties ?? []).map((d) => d.text)
    if (JSON.stringify(currentDuties) !== JSON.stringify(post.duties)) changes.duties = duties
    if (Object.keys(changes).length === 0) {
      report.posts.unchanged++
    } else {
      await payload.update({ collection: 'posts', id: existing.id, data: changes, req })
      report.posts.updated++
    }
  }
  return report
}
