/**
 * Pure validation and ordering of organisation-chart files (`data/org/*.json`).
 * No Payload, no file system: the caller reads and parses the JSON.
 */
import { entryLabel, formatError, orgMessages as m } from './messages'
import { UNIT_KINDS, type OrgFile, type OrgPost, type OrgUnit, type OrgValidationResult } from './types'

export type { OrgFile, OrgPost, OrgUnit, OrgValidationResult } from './types'

const CODE_RE = /^[a-z0-9-]+$/
const JALALI_DATE_RE = /^(\d{4})\/(\d{2})\/(\d{2})$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** `YYYY/MM/DD`, Latin digits, month 1–12, day 1–31 (1–30 from Mehr on). */
export function isJalaliDateString(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = JALALI_DATE_RE.exec(value)
  if (!match) return false
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= (month <= 6 ? 31 : 30)
}

/**
 * Cycles in a "points to one other item" graph (parent, reportsTo).
 * `next` returns the id pointed to, or null when the chain ends (root or unknown id).
 * Each cycle is returned once, as a closed path starting at the first id (in `ids` order)
 * through which it was entered: `[a, b, a]`.
 */
function findCycles(ids: readonly string[], next: (id: string) => string | null): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[][] = []
  for (const start of ids) {
    const path: string[] = []
    let current: string | null = start
    while (current !== null && !state.has(current)) {
      state.set(current, 'open')
      path.push(current)
      current = next(current)
    }
    if (current !== null && state.get(current) === 'open') {
      cycles.push([...path.slice(path.indexOf(current)), current])
    }
    for (const id of path) state.set(id, 'done')
  }
  return cycles
}

/** Validates an org-chart file. Every error names `fileName` and the offending entry. */
export function validateOrgFile(data: unknown, fileName: string): OrgValidationResult {
  const errors: string[] = []
  const fail = (entry: string, message: string) => errors.push(formatError(fileName, entry, message))

  if (!isRecord(data)) {
    return { ok: false, errors: [`${fileName}: ${m.notObject}`] }
  }

  // ---- organisation -------------------------------------------------------------------
  const organisation = data.organisation
  if (!isRecord(organisation)) {
    fail('organisation', m.organisationMissing)
  } else {
    if (!isNonEmptyString(organisation.code)) fail('organisation', m.fieldRequired('code'))
    else if (!CODE_RE.test(organisation.code)) fail('organisation', m.fieldBadCode('code', organisation.code))
    if (!isNonEmptyString(organisation.name)) fail('organisation', m.fieldRequired('name'))
    if (organisation.source !== undefined && typeof organisation.source !== 'string') {
      fail('organisation', m.fieldNotString('source'))
    }
    if (organisation.regulation !== undefined) {
      const regulation = organisation.regulation
      const entry = 'organisation.regulation'
      if (!isRecord(regulation)) {
        fail('organisation', m.regulationNotObject)
      } else {
        if (!isNonEmptyString(regulation.title)) fail(entry, m.fieldRequired('title'))
        const approvedOk = isJalaliDateString(regulation.approvedAt)
        if (!approvedOk) fail(entry, m.badJalaliDate('approvedAt', regulation.approvedAt))
        if (regulation.revisedAt !== undefined) {
          if (!Array.isArray(regulation.revisedAt)) {
            fail(entry, m.revisedAtNotArray)
          } else {
            let previous = approvedOk ? (regulation.approvedAt as string) : null
            regulation.revisedAt.forEach((date: unknown, i: number) => {
              if (!isJalaliDateString(date)) {
                fail(entry, m.badJalaliDate(`revisedAt[${i}]`, date))
                return
              }
              // Zero-padded YYYY/MM/DD strings compare chronologically.
              if (previous !== null && date <= previous) fail(entry, m.revisionNotAfter(date, previous))
              previous = date
            })
          }
        }
      }
    }
  }

  // ---- units --------------------------------------------------------------------------
  const unitIndex = new Map<string, number>() // code -> first index
  const unitParent = new Map<string, string | null>() // code -> parent code (only for known parents)
  const units = data.units
  if (!Array.isArray(units)) {
    fail('units', m.sectionNotArray('units'))
  } else if (units.length === 0) {
    fail('units', m.sectionEmpty('units'))
  } else {
    // pass 1: own fields and code uniqueness
    units.forEach((unit: unknown, i: number) => {
      const label = entryLabel('units', i, isRecord(unit) ? unit.code : undefined)
      if (!isRecord(unit)) return fail(label, m.entryNotObject)
      if (!isNonEmptyString(unit.code)) fail(label, m.fieldRequired('code'))
      else if (!CODE_RE.test(unit.code)) fail(label, m.fieldBadCode('code', unit.code))
      else if (unitIndex.has(unit.code)) fail(label, m.duplicateUnitCode(unit.code, unitIndex.get(unit.code)!))
      else unitIndex.set(unit.code, i)
      if (!isNonEmptyString(unit.name)) fail(label, m.fieldRequired('name'))
      if (!isNonEmptyString(unit.kind)) fail(label, m.fieldRequired('kind'))
      else if (!(UNIT_KINDS as string[]).includes(unit.kind)) fail(label, m.unknownUnitKind(unit.kind))
      if (unit.parent !== null && typeof unit.parent !== 'string') fail(label, m.fieldNullOrString('parent'))
    })
    // pass 2: parents, roots
    let firstRoot: string | null = null
    units.forEach((unit: unknown, i: number) => {
      if (!isRecord(unit)) return
      const label = entryLabel('units', i, unit.code)
      const code = typeof unit.code === 'string' && unitIndex.get(unit.code) === i ? unit.code : null
      if (unit.parent === null) {
        const name = typeof unit.code === 'string' ? unit.code : `units[${i}]`
        if (firstRoot === null) firstRoot = name
        else fail(label, m.extraRootUnit(firstRoot))
        if (code !== null) unitParent.set(code, null)
      } else if (typeof unit.parent === 'string') {
        if (unit.parent === unit.code) fail(label, m.unitOwnParent)
        else if (!unitIndex.has(unit.parent)) fail(label, m.unknownParentUnit(unit.parent))
        else if (code !== null) unitParent.set(code, unit.parent)
      }
    })
    if (firstRoot === null) fail('units', m.noRootUnit)
    // pass 3: cycles
    for (const cycle of findCycles([...unitIndex.keys()], (c) => unitParent.get(c) ?? null)) {
      const at = cycle[0]
      fail(entryLabel('units', unitIndex.get(at)!, at), m.unitCycle(cycle))
    }
  }

  // ---- posts --------------------------------------------------------------------------
  const posts = data.posts
  if (!Array.isArray(posts)) {
    fail('posts', m.sectionNotArray('posts'))
  } else {
    const postIndex = new Map<string, number>()
    posts.forEach((post: unknown, i: number) => {
      const label = entryLabel('posts', i, isRecord(post) ? post.key : undefined)
      if (!isRecord(post)) return fail(label, m.entryNotObject)
      if (!isNonEmptyString(post.key)) fail(label, m.fieldRequired('key'))
      else if (!CODE_RE.test(post.key)) fail(label, m.fieldBadCode('key', post.key))
      else if (postIndex.has(post.key)) fail(label, m.duplicatePostKey(post.key, postIndex.get(post.key)!))
      else postIndex.set(post.key, i)
    })

    const superior = new Map<string, string | null>()
    const headOfUnit = new Map<string, string>()
    posts.forEach((post: unknown, i: number) => {
      if (!isRecord(post)) return
      const label = entryLabel('posts', i, post.key)
      const key = typeof post.key === 'string' && postIndex.get(post.key) === i ? post.key : null

      if (!isNonEmptyString(post.title)) fail(label, m.fieldRequired('title'))

      if (!isNonEmptyString(post.unit)) fail(label, m.fieldRequired('unit'))
      else if (Array.isArray(units) && !unitIndex.has(post.unit)) fail(label, m.unknownUnit(post.unit))

      if (post.reportsTo === null) {
        if (key !== null) superior.set(key, null)
      } else if (typeof post.reportsTo !== 'string') {
        fail(label, m.fieldNullOrString('reportsTo'))
      } else if (post.reportsTo === post.key) {
        fail(label, m.postReportsToSelf)
      } else if (!postIndex.has(post.reportsTo)) {
        fail(label, m.unknownSuperior(post.reportsTo))
      } else if (key !== null) {
        superior.set(key, post.reportsTo)
      }

      if (!Array.isArray(post.duties)) {
        fail(label, m.dutiesNotArray)
      } else {
        post.duties.forEach((duty: unknown, d: number) => {
          if (!isNonEmptyString(duty)) fail(label, m.dutyEmpty(d))
        })
      }

      if (post.isUnitHead !== undefined && typeof post.isUnitHead !== 'boolean') {
        fail(label, m.fieldNotBoolean('isUnitHead'))
      } else if (post.isUnitHead === true && typeof post.unit === 'string') {
        const firstHead = headOfUnit.get(post.unit)
        const name = typeof post.key === 'string' ? post.key : `posts[${i}]`
        if (firstHead !== undefined) fail(label, m.secondUnitHead(post.unit, firstHead))
        else headOfUnit.set(post.unit, name)
      }
    })

    for (const cycle of findCycles([...postIndex.keys()], (k) => superior.get(k) ?? null)) {
      const at = cycle[0]
      fail(entryLabel('posts', postIndex.get(at)!, at), m.reportingCycle(cycle))
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, org: data as unknown as OrgFile }
}

/**
 * Items ordered so that every item comes after the item it points to; otherwise file order is
 * kept. Pointers to unknown ids are treated as roots. Throws on a cycle (validate first).
 */
function orderByPointer<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  pointerOf: (item: T) => string | null,
  what: string,
): T[] {
  const byId = new Map<string, T>()
  for (const item of items) if (!byId.has(idOf(item))) byId.set(idOf(item), item)
  const state = new Map<string, 'open' | 'done'>()
  const out: T[] = []
  for (const start of items) {
    // Walk up to the first already-placed ancestor, then place the chain top-down.
    const chain: T[] = []
    let current: T | undefined = start
    while (current !== undefined && state.get(idOf(current)) !== 'done') {
      const id = idOf(current)
      if (state.get(id) === 'open') throw new Error(m.orderCycle(what, id))
      state.set(id, 'open')
      chain.push(current)
      const pointer = pointerOf(current)
      current = pointer === null ? undefined : byId.get(pointer)
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      state.set(idOf(chain[i]), 'done')
      out.push(chain[i])
    }
  }
  return out
}

/** Units with every parent before its children (file order otherwise). */
export function orderUnits(org: OrgFile): OrgUnit[] {
  return orderByPointer(org.units, (u) => u.code, (u) => u.parent, 'درخت واحدها')
}

/** Posts with every superior before its subordinates (file order otherwise). */
export function orderPosts(org: OrgFile): OrgPost[] {
  return orderByPointer(org.posts, (p) => p.key, (p) => p.reportsTo, 'زنجیره گزارش‌دهی')
}
