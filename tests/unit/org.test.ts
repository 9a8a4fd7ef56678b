import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { OrgFile, OrgPost } from '../../src/lib/org/types'
import { orderPosts, orderUnits, validateOrgFile } from '../../src/lib/org/validate'

const DIRECTORATE = 'political-directorate.json'
const COORDINATION = 'provinces-coordination-office.json'

function readOrg(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/org/${name}`, import.meta.url), 'utf8'))
}

function validOrg(name: string): OrgFile {
  const result = validateOrgFile(readOrg(name), name)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.org
}

/** A deep copy of the directorate file to break. */
function directorateCopy(): OrgFile {
  return structuredClone(validOrg(DIRECTORATE))
}

function errorsOf(data: unknown, name = DIRECTORATE): string[] {
  const result = validateOrgFile(data, name)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

function postIndex(org: OrgFile, key: string): number {
  const i = org.posts.findIndex((p) => p.key === key)
  expect(i).toBeGreaterThanOrEqual(0)
  return i
}

/** Duty counts per post, as numbered in shared/seeds/000_d88c5ec46e2e4dc6.txt. */
const SEED_000_DUTY_COUNTS: Record<string, number> = {
  director: 15,
  'office-chief': 13, // الف 3 + ب 5 + ج 5
  'deputy-political': 23,
  'head-political': 23,
  'expert-ethnic': 14,
  'expert-political': 22,
  'deputy-elections': 25,
  'head-elections': 12,
  'expert-elections': 19,
  'expert-divisions': 16,
  'expert-gis': 11,
}

describe('real org files', () => {
  it.each([DIRECTORATE, COORDINATION])('%s validates', (name) => {
    const result = validateOrgFile(readOrg(name), name)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result.ok).toBe(true)
  })

  describe(DIRECTORATE, () => {
    const org = validOrg(DIRECTORATE)
    const byKey = new Map(org.posts.map((p) => [p.key, p]))

    it('has the eleven posts of the org chart', () => {
      expect(org.posts).toHaveLength(11)
      expect(org.posts.map((p) => p.key).sort()).toEqual(Object.keys(SEED_000_DUTY_COUNTS).sort())
    })

    it('has the unit tree directorate → deputy offices → groups', () => {
      const parentOf = Object.fromEntries(org.units.map((u) => [u.code, u.parent]))
      expect(parentOf).toEqual({
        dg: null,
        'dep-political': 'dg',
        'dep-elections': 'dg',
        'grp-political': 'dep-political',
        'grp-elections': 'dep-elections',
      })
      expect(org.units.find((u) => u.code === 'grp-political')?.name).toBe('گروه امور سیاسی، اقوام و مذاهب')
      expect(org.units.find((u) => u.code === 'grp-elections')?.name).toBe('گروه امور انتخابات و تقسیمات کشوری')
    })

    it('has the director as the only root post', () => {
      expect(org.posts.filter((p) => p.reportsTo === null).map((p) => p.key)).toEqual(['director'])
      expect(byKey.get('director')?.title).toBe('مدیر کل سیاسی، انتخابات و تقسیمات کشوری')
    })

    it('every reportsTo chain reaches the director', () => {
      for (const post of org.posts) {
        let current: OrgPost | undefined = post
        const seen = new Set<string>()
        while (current && current.reportsTo !== null) {
          expect(seen.has(current.key)).toBe(false)
          seen.add(current.key)
          current = byKey.get(current.reportsTo)
        }
        expect(current?.key, `chain of ${post.key}`).toBe('director')
      }
    })

    it('wires deputies, heads and experts as in the chart', () => {
      const superiorOf = Object.fromEntries(org.posts.map((p) => [p.key, p.reportsTo]))
      expect(superiorOf).toEqual({
        director: null,
        'office-chief': 'director',
        'deputy-political': 'director',
        'head-political': 'deputy-political',
        'expert-ethnic': 'head-political',
        'expert-political': 'head-political',
        'deputy-elections': 'director',
        'head-elections': 'deputy-elections',
        'expert-elections': 'head-elections',
        'expert-divisions': 'head-elections',
        'expert-gis': 'head-elections',
      })
      const heads = org.posts.filter((p) => p.isUnitHead === true).map((p) => p.key)
      expect(heads.sort()).toEqual(
        ['director', 'deputy-political', 'deputy-elections', 'head-political', 'head-elections'].sort(),
      )
    })

    it('every post has at least one duty, with the counts of the seed', () => {
      for (const post of org.posts) {
        expect(post.duties.length, post.key).toBeGreaterThanOrEqual(1)
        expect(post.duties.length, post.key).toBe(SEED_000_DUTY_COUNTS[post.key])
      }
      expect(byKey.get('director')?.duties).toHaveLength(15)
    })

    it('keeps duty text as in the seed, joined and trimmed', () => {
      const director = byKey.get('director')!
      // duty 2 is broken over two lines in the seed, with a doubled space
      expect(director.duties[1]).toBe(
        'نظارت و مراقبت مستمر نحوه فعالیت احزاب، جمعیتها، انجمنهای اسلامی و تشکلهای سیاسی استان.',
      )
      for (const post of org.posts) {
        for (const duty of post.duties) {
          expect(duty).toBe(duty.trim())
          expect(duty).not.toMatch(/\s{2}|\u00a0|^\d+\s*\./)
        }
      }
    })

    it('orders units and posts parents first', () => {
      const units = orderUnits(org)
      expect(units).toHaveLength(org.units.length)
      const unitPos = new Map(units.map((u, i) => [u.code, i]))
      for (const u of units) if (u.parent !== null) expect(unitPos.get(u.parent)!).toBeLessThan(unitPos.get(u.code)!)

      const posts = orderPosts(org)
      expect(posts).toHaveLength(11)
      expect(posts[0].key).toBe('director')
      const postPos = new Map(posts.map((p, i) => [p.key, i]))
      for (const p of posts) if (p.reportsTo !== null) expect(postPos.get(p.reportsTo)!).toBeLessThan(postPos.get(p.key)!)
    })
  })

  describe(COORDINATION, () => {
    const org = validOrg(COORDINATION)

    it('records the regulation and its revision', () => {
      expect(org.organisation.regulation).toEqual({
        title: 'نظام‌نامه امور هماهنگی سازمان استانها',
        approvedAt: '1383/11/01',
        revisedAt: ['1390/05/13'],
      })
    })

    it('has the manager over the two section heads', () => {
      const superiorOf = Object.fromEntries(org.posts.map((p) => [p.key, p.reportsTo]))
      // the manager works under the organisation's planning deputy (seed 004, §2-1), outside the office
      expect(superiorOf['planning-deputy']).toBeNull()
      expect(superiorOf.manager).toBe('planning-deputy')
      expect(org.units.find((u) => u.code === 'dep-planning')?.kind).toBe('external')
      expect(superiorOf['head-provinces']).toBe('manager')
      expect(superiorOf['head-welfare']).toBe('manager')
      const dutyCounts = Object.fromEntries(org.posts.map((p) => [p.key, p.duties.length]))
      expect(dutyCounts).toMatchObject({ manager: 8, 'head-provinces': 14, 'head-welfare': 9 })
    })
  })
})

describe('malformed org files', () => {
  it('rejects a non-object', () => {
    for (const bad of [null, 42, 'text', [1, 2]]) {
      const errors = errorsOf(bad)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/^political-directorate\.json: /)
      expect(errors[0]).toContain('شیء')
    }
  })

  it('rejects a missing section', () => {
    const org = directorateCopy() as unknown as Record<string, unknown>
    delete org.posts
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: posts: بخش «posts» وجود ندارد یا آرایه نیست`])
  })

  it('rejects a duplicate post key', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'expert-political')
    org.posts[i].key = 'expert-ethnic'
    const errors = errorsOf(org)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBe(
      `${DIRECTORATE}: posts[${i}] (expert-ethnic): کلید سمت «expert-ethnic» تکراری است (پیش‌تر در posts[${postIndex(org, 'expert-ethnic')}] آمده)`,
    )
  })

  it('rejects an unknown unit', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'head-political')
    org.posts[i].unit = 'grp-x'
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: posts[${i}] (head-political): واحد «grp-x» در فهرست واحدها نیست`])
  })

  it('rejects an unknown superior', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'expert-gis')
    org.posts[i].reportsTo = 'nobody'
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: posts[${i}] (expert-gis): سمت مافوق «nobody» در فهرست سمت‌ها نیست`])
  })

  it('rejects a reportsTo cycle', () => {
    const org = directorateCopy()
    // director → expert-gis → head-elections → deputy-elections → director
    org.posts[postIndex(org, 'director')].reportsTo = 'expert-gis'
    const errors = errorsOf(org)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^political-directorate\.json: posts\[\d+\] \([a-z-]+\): چرخه در زنجیره گزارش‌دهی: /)
    for (const key of ['director', 'expert-gis', 'head-elections', 'deputy-elections']) expect(errors[0]).toContain(key)
    expect(() => orderPosts(org)).toThrow(/چرخه/)
  })

  it('rejects a post reporting to itself', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'office-chief')
    org.posts[i].reportsTo = 'office-chief'
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: posts[${i}] (office-chief): سمت نمی‌تواند مافوق خودش باشد`])
  })

  it('rejects a missing or empty title', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'expert-ethnic')
    delete (org.posts[i] as Partial<OrgPost>).title
    const j = postIndex(org, 'expert-elections')
    org.posts[j].title = '   '
    expect(errorsOf(org)).toEqual([
      `${DIRECTORATE}: posts[${i}] (expert-ethnic): فیلد «title» وجود ندارد یا خالی است`,
      `${DIRECTORATE}: posts[${j}] (expert-elections): فیلد «title» وجود ندارد یا خالی است`,
    ])
  })

  it('rejects bad duties and a non-boolean isUnitHead', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'expert-divisions')
    org.posts[i].duties = ['ok', '', 3 as unknown as string]
    const j = postIndex(org, 'expert-elections')
    ;(org.posts[j] as unknown as Record<string, unknown>).duties = 'not a list'
    ;(org.posts[j] as unknown as Record<string, unknown>).isUnitHead = 'yes'
    expect(errorsOf(org)).toEqual([
      `${DIRECTORATE}: posts[${j}] (expert-elections): فیلد «duties» باید آرایه‌ای از متن‌ها باشد`,
      `${DIRECTORATE}: posts[${j}] (expert-elections): فیلد «isUnitHead» باید true یا false باشد`,
      `${DIRECTORATE}: posts[${i}] (expert-divisions): وظیفه شماره 2 (duties[1]) خالی است یا متن نیست`,
      `${DIRECTORATE}: posts[${i}] (expert-divisions): وظیفه شماره 3 (duties[2]) خالی است یا متن نیست`,
    ])
  })

  it('rejects a second head of a unit', () => {
    const org = directorateCopy()
    const i = postIndex(org, 'office-chief')
    org.posts[i].isUnitHead = true
    expect(errorsOf(org)).toEqual([
      `${DIRECTORATE}: posts[${i}] (office-chief): واحد «dg» بیش از یک رییس دارد؛ «director» پیش‌تر رییس این واحد تعیین شده`,
    ])
  })

  it('rejects a post entry that is not an object', () => {
    const org = directorateCopy() as unknown as { posts: unknown[] }
    org.posts.push('expert-new')
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: posts[11]: این مورد باید یک شیء باشد`])
  })

  it('rejects bad unit codes, duplicate codes and unknown parents', () => {
    const org = directorateCopy()
    org.units.push(
      { code: 'Grp_New', name: 'گروه تازه', kind: 'group', parent: 'dg' },
      { code: 'dg', name: 'تکراری', kind: 'directorate', parent: 'dep-political' },
      { code: 'grp-x', name: 'گروه', kind: 'group', parent: 'dep-x' },
      { code: '', name: 'بی‌کد', kind: 'group', parent: 'dg' },
    )
    expect(errorsOf(org)).toEqual([
      `${DIRECTORATE}: units[5] (Grp_New): مقدار «Grp_New» برای فیلد «code» نامعتبر است؛ فقط حروف کوچک لاتین، رقم و خط تیره (a-z، 0-9، -) مجاز است`,
      `${DIRECTORATE}: units[6] (dg): کد واحد «dg» تکراری است (پیش‌تر در units[0] آمده)`,
      `${DIRECTORATE}: units[8]: فیلد «code» وجود ندارد یا خالی است`,
      `${DIRECTORATE}: units[7] (grp-x): واحد بالادست «dep-x» در فهرست واحدها نیست`,
    ])
  })

  it('rejects a cycle in the unit tree', () => {
    const org = directorateCopy()
    org.units.push(
      { code: 'a', name: 'الف', kind: 'group', parent: 'b' },
      { code: 'b', name: 'ب', kind: 'group', parent: 'a' },
    )
    expect(errorsOf(org)).toEqual([`${DIRECTORATE}: units[5] (a): چرخه در درخت واحدها: a → b → a`])
    expect(() => orderUnits(org)).toThrow(/چرخه/)
  })

  it('requires exactly one root unit', () => {
    const two = directorateCopy()
    two.units.push({ code: 'other', name: 'دیگر', kind: 'directorate', parent: null })
    expect(errorsOf(two)).toEqual([
      `${DIRECTORATE}: units[5] (other): واحد ریشه دوم؛ فقط یک واحد می‌تواند parent برابر null داشته باشد (ریشه: «dg»)`,
    ])

    const none = directorateCopy()
    none.units[0].parent = 'grp-elections'
    const errors = errorsOf(none)
    expect(errors).toContain(
      `${DIRECTORATE}: units: هیچ واحد ریشه‌ای (با parent برابر null) وجود ندارد؛ دقیقاً یک واحد ریشه لازم است`,
    )
    expect(errors.some((e) => e.startsWith(`${DIRECTORATE}: units[0] (dg): چرخه در درخت واحدها`))).toBe(true)
  })

  it('rejects a bad regulation date', () => {
    const org = structuredClone(validOrg(COORDINATION))
    org.organisation.regulation!.revisedAt = ['1390/5/13', '1380/01/01']
    expect(errorsOf(org, COORDINATION)).toEqual([
      `${COORDINATION}: organisation.regulation: تاریخ «1390/5/13» در فیلد «revisedAt[0]» نامعتبر است؛ قالب درست: ۱۴۰۳/۰۱/۰۱ با رقم لاتین (YYYY/MM/DD)`,
      `${COORDINATION}: organisation.regulation: تاریخ بازنگری «1380/01/01» باید پس از «1383/11/01» باشد`,
    ])
  })
})

describe('ordering', () => {
  it('puts parents and superiors first even when the file lists them later', () => {
    const org = directorateCopy()
    org.units.reverse()
    org.posts.reverse()
    expect(validateOrgFile(org, DIRECTORATE).ok).toBe(true)
    const units = orderUnits(org).map((u) => u.code)
    expect(units[0]).toBe('dg')
    expect(units.indexOf('dep-elections')).toBeLessThan(units.indexOf('grp-elections'))
    const posts = orderPosts(org).map((p) => p.key)
    expect(posts[0]).toBe('director')
    expect(posts.indexOf('head-elections')).toBeLessThan(posts.indexOf('expert-gis'))
    expect(posts.indexOf('deputy-political')).toBeLessThan(posts.indexOf('head-political'))
  })
})
