import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DivisionsFile, DivisionType } from '../../src/lib/divisions/types'
import { orderDivisions, validateDivisions } from '../../src/lib/divisions/validate'

const FILE = 'fars-divisions.json'

function readDivisions(): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${FILE}`, import.meta.url), 'utf8'))
}

function valid(): DivisionsFile {
  const result = validateDivisions(readDivisions(), FILE)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.divisions
}

function errorsOf(data: unknown): string[] {
  const result = validateDivisions(data, FILE)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

function countByType(file: DivisionsFile): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const node of file.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1
  return counts
}

describe(FILE, () => {
  it('validates', () => {
    const result = validateDivisions(readDivisions(), FILE)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('has 1 province, 36 counties and the counts of its meta', () => {
    const file = valid()
    const counts = countByType(file)
    expect(counts.province).toBe(1)
    expect(counts.county).toBe(36)
    expect(counts).toEqual(file.meta?.counts)
    expect(counts).toEqual({
      province: 1,
      county: 36,
      district: 93,
      rural_district: 215,
      city: 113,
      urban_district: 10,
    })
    expect(file.nodes).toHaveLength(468)
  })

  it('orders parents first', () => {
    const file = valid()
    const ordered = orderDivisions(file)
    expect(ordered).toHaveLength(file.nodes.length)
    expect(ordered[0].id).toBe('province:07')
    const pos = new Map(ordered.map((n, i) => [n.id, i]))
    for (const node of ordered) {
      if (node.parentId !== null) expect(pos.get(node.parentId)!).toBeLessThan(pos.get(node.id)!)
    }
  })
})

describe('broken divisions', () => {
  function copy(): DivisionsFile {
    return structuredClone(valid())
  }
  function indexOf(file: DivisionsFile, id: string): number {
    const i = file.nodes.findIndex((n) => n.id === id)
    expect(i).toBeGreaterThanOrEqual(0)
    return i
  }

  it('rejects a non-object and a missing node list', () => {
    expect(errorsOf([])).toEqual([`${FILE}: محتوای فایل باید یک شیء JSON باشد`])
    expect(errorsOf({ meta: {} })).toEqual([`${FILE}: nodes: بخش «nodes» وجود ندارد یا آرایه نیست`])
  })

  it('rejects an unknown parent, naming the node id', () => {
    const file = copy()
    const i = indexOf(file, 'county:0705')
    file.nodes[i].parentId = 'province:99'
    expect(errorsOf(file)).toEqual([`${FILE}: nodes[${i}] (county:0705): واحد بالادست «province:99» در فهرست نیست`])
  })

  it('rejects a duplicate id', () => {
    const file = copy()
    const original = file.nodes[indexOf(file, 'county:0701')]
    file.nodes.push({ ...original })
    expect(errorsOf(file)).toEqual([
      `${FILE}: nodes[468] (county:0701): شناسه «county:0701» تکراری است (پیش‌تر در nodes[1] آمده)`,
      `${FILE}: meta.counts.county: در meta.counts تعداد «county» برابر 36 آمده ولی 37 مورد در nodes هست`,
    ])
  })

  it('rejects a wrong parent type and a code outside its parent', () => {
    const file = copy()
    const city = file.nodes.find((n) => n.type === 'city')!
    const county = file.nodes.find((n) => n.type === 'county' && !city.code.startsWith(n.code))!
    const i = indexOf(file, city.id)
    file.nodes[i].parentId = county.id
    const errors = errorsOf(file)
    expect(errors).toEqual([
      `${FILE}: nodes[${i}] (${city.id}): شهر نمی‌تواند زیر شهرستان باشد؛ واحد بالادست باید بخش (district) باشد`,
      `${FILE}: nodes[${i}] (${city.id}): کد «${city.code}» با کد واحد بالادست «${county.code}» شروع نمی‌شود`,
    ])
  })

  it('rejects an unknown type, a bad code and an id that does not match', () => {
    const file = copy()
    const i = indexOf(file, 'county:0702')
    ;(file.nodes[i] as { type: string }).type = 'hamlet'
    const j = indexOf(file, 'county:0703')
    file.nodes[j].code = '07031'
    const errors = errorsOf(file)
    expect(errors).toContain(
      `${FILE}: nodes[${i}] (county:0702): نوع «hamlet» نامعتبر است؛ انواع مجاز: province، county، district، rural_district، city، urban_district، village`,
    )
    expect(errors).toContain(`${FILE}: nodes[${j}] (county:0703): کد «07031» برای شهرستان نامعتبر است؛ باید 4 رقم لاتین باشد`)
    expect(errors).toContain(`${FILE}: nodes[${j}] (county:0703): شناسه باید «county:07031» باشد (قالب <type>:<code>)`)
    expect(errors.every((e) => e.startsWith(`${FILE}: `))).toBe(true)
  })

  it('rejects a province with a parent and a county without one', () => {
    const file = copy()
    file.nodes[0].parentId = 'county:0701'
    const i = indexOf(file, 'county:0704')
    file.nodes[i].parentId = null
    expect(errorsOf(file)).toEqual([
      `${FILE}: nodes[0] (province:07): استان نباید واحد بالادست داشته باشد (parentId: «county:0701»)`,
      `${FILE}: nodes[${i}] (county:0704): شهرستان باید parentId داشته باشد`,
    ])
  })

  it('rejects a missing name', () => {
    const file = copy()
    const i = indexOf(file, 'district:070104')
    file.nodes[i].name_fa = ''
    expect(errorsOf(file)).toEqual([`${FILE}: nodes[${i}] (district:070104): فیلد «name_fa» وجود ندارد یا خالی است`])
  })

  it('orders a shuffled file parents first', () => {
    const file = copy()
    file.nodes.reverse()
    expect(validateDivisions(file, FILE).ok).toBe(true)
    const ordered = orderDivisions(file)
    const types: DivisionType[] = ordered.map((n) => n.type)
    expect(types[0]).toBe('province')
    expect(types.lastIndexOf('county')).toBeLessThan(types.indexOf('district'))
  })
})
