/**
 * Pure validation and ordering of country-divisions files (`data/fars-divisions.json` shape).
 * No Payload, no file system: the caller reads and parses the JSON.
 *
 * Rules (all hold for the bundled Fars file, 468 nodes):
 * - `nodes` is an array of objects; `id` unique; `type` one of `DIVISION_TYPES`;
 *   `name_fa` non-empty; `name_en` string or null;
 * - a province has `parentId: null`; every other node's parent exists and has the allowed type
 *   (county → province, district → county, rural_district / city / urban_district → district);
 * - `code` is digits of the SCI length for its type (2 / 4 / 6 / 10) and starts with the parent's code;
 * - `id` is `<type>:<code>` (the file's `meta.id_format`);
 * - `meta.counts`, when present, matches the number of nodes of each type.
 */
import { DIVISION_TYPES } from './types'
import type { DivisionNode, DivisionType, DivisionsFile, DivisionsValidationResult } from './types'

export type { DivisionNode, DivisionType, DivisionsFile, DivisionsValidationResult } from './types'
export { DIVISION_TYPES } from './types'

/** Allowed parent type per node type; `null` means the node must be a root. */
export const DIVISION_PARENT_TYPE: Record<DivisionType, DivisionType | null> = {
  province: null,
  county: 'province',
  district: 'county',
  rural_district: 'district',
  city: 'district',
  urban_district: 'district',
  village: 'rural_district',
}

/**
 * Length of the SCI code per type (province 2, +2 per county, +2 per district, +4 below).
 * Village codes are not fixed here (no village data to check against): digits and the parent prefix only.
 */
export const DIVISION_CODE_LENGTH: Partial<Record<DivisionType, number>> = {
  province: 2,
  county: 4,
  district: 6,
  rural_district: 10,
  city: 10,
  urban_district: 10,
}

const TYPE_RANK: Record<DivisionType, number> = {
  province: 0,
  county: 1,
  district: 2,
  rural_district: 3,
  city: 3,
  urban_district: 3,
  village: 4,
}

export const DIVISION_TYPE_FA: Record<DivisionType, string> = {
  province: 'استان',
  county: 'شهرستان',
  district: 'بخش',
  rural_district: 'دهستان',
  city: 'شهر',
  urban_district: 'ناحیه شهری',
  village: 'روستا',
}

export const divisionMessages = {
  notObject: 'محتوای فایل باید یک شیء JSON باشد',
  nodesNotArray: 'بخش «nodes» وجود ندارد یا آرایه نیست',
  nodesEmpty: 'بخش «nodes» خالی است',
  metaNotObject: 'بخش «meta» باید شیء باشد',
  entryNotObject: 'این مورد باید یک شیء باشد',
  fieldRequired: (field: string) => `فیلد «${field}» وجود ندارد یا خالی است`,
  nameEnBad: 'فیلد «name_en» باید متن یا null باشد',
  duplicateId: (id: string, firstIndex: number) => `شناسه «${id}» تکراری است (پیش‌تر در nodes[${firstIndex}] آمده)`,
  badType: (type: unknown) =>
    `نوع «${String(type)}» نامعتبر است؛ انواع مجاز: ${DIVISION_TYPES.join('، ')}`,
  badCode: (code: string, type: DivisionType) =>
    `کد «${code}» برای ${DIVISION_TYPE_FA[type]} نامعتبر است؛ باید ${DIVISION_CODE_LENGTH[type]} رقم لاتین باشد`,
  idMismatch: (expected: string) => `شناسه باید «${expected}» باشد (قالب <type>:<code>)`,
  provinceHasParent: (parentId: string) => `استان نباید واحد بالادست داشته باشد (parentId: «${parentId}»)`,
  parentRequired: (type: DivisionType) => `${DIVISION_TYPE_FA[type]} باید parentId داشته باشد`,
  parentNotString: 'فیلد «parentId» باید متن یا null باشد',
  unknownParent: (parentId: string) => `واحد بالادست «${parentId}» در فهرست نیست`,
  badParentType: (type: DivisionType, parentType: DivisionType, expected: DivisionType) =>
    `${DIVISION_TYPE_FA[type]} نمی‌تواند زیر ${DIVISION_TYPE_FA[parentType]} باشد؛ واحد بالادست باید ${DIVISION_TYPE_FA[expected]} (${expected}) باشد`,
  codeNotUnderParent: (code: string, parentCode: string) =>
    `کد «${code}» با کد واحد بالادست «${parentCode}» شروع نمی‌شود`,
  countMismatch: (type: string, expected: unknown, actual: number) =>
    `در meta.counts تعداد «${type}» برابر ${String(expected)} آمده ولی ${actual} مورد در nodes هست`,
  orderParentNotFirst: (id: string, parentId: string) =>
    `ترتیب‌دهی ممکن نیست: واحد بالادست «${parentId}» پیش از «${id}» قرار نمی‌گیرد`,
} as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function isDivisionType(value: unknown): value is DivisionType {
  return typeof value === 'string' && (DIVISION_TYPES as readonly string[]).includes(value)
}

function label(index: number, id: unknown): string {
  return isNonEmptyString(id) ? `nodes[${index}] (${id})` : `nodes[${index}]`
}

/** Validates a divisions file. Every error names `fileName` and the node (index and id). */
export function validateDivisions(data: unknown, fileName: string): DivisionsValidationResult {
  const m = divisionMessages
  const errors: string[] = []
  const fail = (entry: string, message: string) => errors.push(`${fileName}: ${entry}: ${message}`)

  if (!isRecord(data)) return { ok: false, errors: [`${fileName}: ${m.notObject}`] }
  if (data.meta !== undefined && !isRecord(data.meta)) fail('meta', m.metaNotObject)
  const nodes = data.nodes
  if (!Array.isArray(nodes)) {
    fail('nodes', m.nodesNotArray)
    return { ok: false, errors }
  }
  if (nodes.length === 0) fail('nodes', m.nodesEmpty)

  // pass 1: own fields, id uniqueness
  const indexOfId = new Map<string, number>()
  nodes.forEach((node: unknown, i: number) => {
    const at = label(i, isRecord(node) ? node.id : undefined)
    if (!isRecord(node)) return fail(at, m.entryNotObject)
    if (!isNonEmptyString(node.id)) fail(at, m.fieldRequired('id'))
    else if (indexOfId.has(node.id)) fail(at, m.duplicateId(node.id, indexOfId.get(node.id)!))
    else indexOfId.set(node.id, i)
    if (!isDivisionType(node.type)) fail(at, m.badType(node.type))
    if (!isNonEmptyString(node.name_fa)) fail(at, m.fieldRequired('name_fa'))
    if (node.name_en !== null && typeof node.name_en !== 'string') fail(at, m.nameEnBad)
    if (!isNonEmptyString(node.code)) fail(at, m.fieldRequired('code'))
    else if (isDivisionType(node.type)) {
      if (!/^\d+$/.test(node.code) || (DIVISION_CODE_LENGTH[node.type] !== undefined && node.code.length !== DIVISION_CODE_LENGTH[node.type])) {
        fail(at, m.badCode(node.code, node.type))
      }
      const expectedId = `${node.type}:${node.code}`
      if (typeof node.id === 'string' && node.id !== expectedId) fail(at, m.idMismatch(expectedId))
    }
  })

  // pass 2: parents
  const counts = new Map<string, number>()
  nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node)) return
    const at = label(i, node.id)
    if (isDivisionType(node.type)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
    if (node.parentId !== null && typeof node.parentId !== 'string') return fail(at, m.parentNotString)
    if (!isDivisionType(node.type)) return
    const expectedParentType = DIVISION_PARENT_TYPE[node.type]
    if (expectedParentType === null) {
      if (node.parentId !== null) fail(at, m.provinceHasParent(node.parentId))
      return
    }
    if (node.parentId === null) return fail(at, m.parentRequired(node.type))
    const parentIndex = indexOfId.get(node.parentId)
    if (parentIndex === undefined) return fail(at, m.unknownParent(node.parentId))
    const parent = nodes[parentIndex] as Record<string, unknown>
    if (!isDivisionType(parent.type)) return // reported on the parent itself
    if (parent.type !== expectedParentType) {
      fail(at, m.badParentType(node.type, parent.type, expectedParentType))
    }
    if (typeof node.code === 'string' && typeof parent.code === 'string' && !node.code.startsWith(parent.code)) {
      fail(at, m.codeNotUnderParent(node.code, parent.code))
    }
  })

  // meta.counts
  if (isRecord(data.meta) && isRecord(data.meta.counts)) {
    for (const [type, expected] of Object.entries(data.meta.counts)) {
      const actual = counts.get(type) ?? 0
      if (expected !== actual) fail(`meta.counts.${type}`, m.countMismatch(type, expected, actual))
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, divisions: data as unknown as DivisionsFile }
}

/**
 * Nodes with every parent before its children: by level (province, county, district, then the
 * three lowest types), file order within a level. Valid data guarantees the parent's level is
 * lower; throws if a parent is not placed before a child (validate first).
 */
export function orderDivisions(file: DivisionsFile): DivisionNode[] {
  const ordered = file.nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => TYPE_RANK[a.node.type] - TYPE_RANK[b.node.type] || a.index - b.index)
    .map(({ node }) => node)
  const placed = new Set<string>()
  for (const node of ordered) {
    if (node.parentId !== null && !placed.has(node.parentId)) {
      throw new Error(divisionMessages.orderParentNotFirst(node.id, node.parentId))
    }
    placed.add(node.id)
  }
  return ordered
}
