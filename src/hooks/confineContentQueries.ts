import { APIError, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type SanitizedCollectionConfig, type Where } from 'payload'

import { querySpecOf, type QuerySpec } from '../access/readRule'
import { messages } from '../messages'

/**
 * Every `where`, `sort`, distinct `field` and join query a reader sends is judged against the
 * record type's whitelist (`QueryFields` beside its read rule, src/access/readRule.ts), never by
 * looking for known bad shapes:
 *
 * - `and`/`or` in any case (`OR`, `Or`: Payload reads them case-insensitively), at any depth;
 * - a header field: as sent, if the operator suits the field's type and the value its column;
 * - a content field: the condition holds only on records whose content the reader may read
 *   (`{ and: [condition, contentWhere] }`), so a hidden paper answers «no» whatever it says;
 *   a sort on one looks only at such records;
 * - a dotted path through a relationship (`inReplyTo.senderNumber`, `dossier.title`) is asked of
 *   the related record type as the reader — its access, its whitelist, its content rule — and
 *   becomes `inReplyTo in [the ids found]`: it reveals nothing the reader could not list there;
 * - joins (`joins[repliedBy][where]`, a dossier's letters) are judged by the joined type's rule;
 * - anything else — unknown field, operator or value, a path not listed — is a Persian 400.
 *
 * A record type that declares nothing has no content: its own fields may be filtered as their
 * types allow, and dotted paths out of it are still judged by the related type's rule.
 */

const Q = messages.query
const refuse = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

const MAX_CONDITIONS = 200
const MAX_NESTING = 8
const MAX_HOPS = 2
const INT4 = 2147483647

export type Kind = 'text' | 'textMany' | 'number' | 'id' | 'date' | 'select' | 'checkbox' | 'relation' | 'polymorphic' | 'json'

const COMPARE = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const OPERATORS: Record<Kind, readonly string[]> = {
  text: ['equals', 'not_equals', 'in', 'not_in', 'like', 'not_like', 'contains', 'exists'],
  textMany: ['equals', 'in', 'not_in', 'exists'],
  number: ['equals', 'not_equals', 'in', 'not_in', ...COMPARE, 'exists'],
  id: ['equals', 'not_equals', 'in', 'not_in', ...COMPARE, 'exists'],
  date: ['equals', 'not_equals', ...COMPARE, 'exists'],
  select: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  checkbox: ['equals', 'not_equals', 'exists'],
  relation: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  polymorphic: ['equals', 'not_equals', 'exists'],
  json: ['exists'],
}
const SORTABLE = new Set<Kind>(['text', 'number', 'id', 'date', 'select', 'checkbox'])

/** Fields of a versions table that are not the record's own. */
const VERSION_META: Record<string, Kind> = { parent: 'id', latest: 'checkbox', autosave: 'checkbox', createdAt: 'date', updatedAt: 'date' }

export type AnyField = FlattenedField & { hasMany?: boolean; virtual?: unknown; options?: unknown[]; relationTo?: unknown; collection?: unknown }

export function kindOf(field: AnyField): Kind | null {
  if (field.virtual === true) return null
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return field.hasMany ? 'textMany' : 'text'
    case 'number':
      return field.hasMany ? null : 'number'
    case 'date':
      return 'date'
    case 'select':
    case 'radio':
      return field.hasMany ? null : 'select'
    case 'checkbox':
      return 'checkbox'
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo) ? 'polymorphic' : 'relation'
    case 'json':
      return 'json'
    default:
      // rich text, arrays, groups, blocks, joins, points: not filterable here
      return null
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isBool = (v: unknown) => v === true || v === false || v === 'true' || v === 'false'
const isInt = (v: unknown) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,10}$/.test(v.trim()) ? Number(v) : NaN
  return Number.isInteger(n) && Math.abs(n) <= INT4
}
const isNumber = (v: unknown) => (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
const isDate = (v: unknown) => {
  // GraphQL's DateTime scalar hands over a Date.
  if (typeof v !== 'string' && typeof v !== 'number' && !(v instanceof Date)) return false
  const d = new Date(v as string)
  const year = d.getUTCFullYear()
  return !Number.isNaN(d.getTime()) && year >= 1 && year <= 9999
}
const optionValues = (field: AnyField) => (field.options ?? []).map((o) => (isPlainObject(o) ? String(o.value) : String(o)))

function scalarOk(kind: Kind, field: AnyField | null, v: unknown): boolean {
  switch (kind) {
    case 'text':
    case 'textMany':
      return (typeof v === 'string' && v.length <= 1000) || (typeof v === 'number' && Number.isFinite(v))
    case 'number':
      return isNumber(v)
    case 'id':
    case 'relation':
      return isInt(v)
    case 'date':
      return isDate(v)
    case 'select':
      return typeof v === 'string' && optionValues(field!).includes(v)
    case 'checkbox':
      return isBool(v)
    case 'polymorphic': {
      if (!isPlainObject(v)) return false
      const targets = (field?.relationTo as string[]) ?? []
      return Object.keys(v).every((k) => k === 'relationTo' || k === 'value') && targets.includes(String(v.relationTo)) && isInt(v.value)
    }
    default:
      return false
  }
}

/** Checks a path's operators and values against its field's type. */
function checkOperators(path: string, kind: Kind, field: AnyField | null, ops: Record<string, unknown>): void {
  for (const [operator, value] of Object.entries(ops)) {
    if (!OPERATORS[kind].includes(operator)) refuse(Q.operatorNotAllowed(path, operator))
    if (operator === 'exists') {
      if (!isBool(value)) refuse(Q.badValue(path, operator))
      continue
    }
    if (operator === 'in' || operator === 'not_in') {
      const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null
      if (!items || !items.length || items.length > 1000 || !items.every((v) => scalarOk(kind, field, v))) refuse(Q.badValue(path, operator))
      continue
    }
    if (!scalarOk(kind, field, value)) refuse(Q.badValue(path, operator))
  }
}

interface Judge {
  req: PayloadRequest
  config: SanitizedCollectionConfig
  spec: QuerySpec
  /** The content rule as a `where`, asked once per judgement and only when needed. */
  content?: Promise<Where | true>
  conditions: number
  hops: number
  sortTouchesContent: boolean
}

/** The whitelist of a collection: its declaration, or (no content) its own filterable fields. */
function specOf(config: SanitizedCollectionConfig): QuerySpec {
  const declared = querySpecOf(config.slug)
  if (declared) return declared
  const header = ['id', ...(config.flattenedFields as AnyField[]).filter((f) => kindOf(f) !== null).map((f) => f.name)]
  return { header, content: [], contentWhere: async () => true }
}

const judgeFor = (req: PayloadRequest, slug: string, hops: number): Judge => {
  const collection = req.payload.collections[slug as 'letters']
  if (!collection) return refuse(Q.malformed)
  return { req, config: collection.config, spec: specOf(collection.config), conditions: 0, hops, sortTouchesContent: false }
}

const fieldNamed = (config: SanitizedCollectionConfig, name: string) => (config.flattenedFields as AnyField[]).find((f) => f.name === name) ?? null
const hasVersions = (config: SanitizedCollectionConfig) => Boolean(config.versions)

/** A field path as the whitelist sees it: the listed field, and whether it is content. */
function listedField(j: Judge, name: string, path: string): { field: AnyField | null; kind: Kind; content: boolean } {
  if (name === 'id') return { field: null, kind: 'id', content: false }
  const header = j.spec.header.includes(name)
  const content = !header && j.spec.content.includes(name)
  if (!header && !content) refuse(j.spec.refusals?.[name] ?? Q.fieldNotQueryable(path))
  const field = fieldNamed(j.config, name)
  const kind = field ? kindOf(field) : name === 'createdAt' || name === 'updatedAt' ? 'date' : null
  if (!kind) refuse(Q.fieldNotQueryable(path))
  return { field, kind: kind!, content }
}

async function confine(j: Judge, condition: Where): Promise<Where> {
  j.content ??= j.spec.contentWhere(j.req)
  const rule = await j.content
  return rule === true ? condition : { and: [condition, rule] }
}

/** Ids of `collection` the reader finds with `where` (judged there, by that type's rule). */
async function idsFound(j: Judge, collection: string, where: Where): Promise<number[]> {
  if (j.hops >= MAX_HOPS) refuse(Q.tooLarge)
  const req = j.req
  const previous = req.context.dabirQueryHops
  req.context.dabirQueryHops = j.hops + 1
  try {
    const found = await req.payload.find({ collection: collection as 'letters', where, req, overrideAccess: false, depth: 0, pagination: false, select: { id: true } as never })
    return (found.docs as { id: unknown }[]).map((d) => Number(d.id))
  } finally {
    req.context.dabirQueryHops = previous
  }
}

async function judgePath(j: Judge, path: string, ops: unknown): Promise<Where> {
  if (!isPlainObject(ops)) return refuse(Q.badShape)
  let segments = path.split('.')
  let prefix = ''
  let versionField = false
  if (hasVersions(j.config) && segments.length === 1 && VERSION_META[path] && !fieldNamed(j.config, path) && path !== 'createdAt' && path !== 'updatedAt') {
    checkOperators(path, VERSION_META[path]!, null, ops)
    return { [path]: ops } as Where
  }
  if (hasVersions(j.config) && segments[0] === 'version' && segments.length > 1 && !fieldNamed(j.config, 'version')) {
    // A versions query: its access already limits it to records whose content the reader may read.
    prefix = 'version.'
    segments = segments.slice(1)
    versionField = true
  }
  if (segments.some((s) => s === '')) refuse(Q.fieldNotQueryable(path))
  const [name, ...rest] = segments as [string, ...string[]]
  const { field, kind, content } = listedField(j, name, path)
  const keep = async (w: Where) => (content && !versionField ? confine(j, w) : w)
  if (!rest.length) {
    checkOperators(path, kind, field, ops)
    return keep({ [prefix + name]: ops } as Where)
  }
  if (kind === 'polymorphic' && rest.length === 1 && (rest[0] === 'value' || rest[0] === 'relationTo')) {
    const relationTo = { type: 'select', name: 'relationTo', options: field!.relationTo } as unknown as AnyField
    checkOperators(path, rest[0] === 'value' ? 'relation' : 'select', rest[0] === 'value' ? null : relationTo, ops)
    return keep({ [prefix + path.slice(prefix.length)]: ops } as Where)
  }
  if (kind === 'relation' && rest.length === 1 && rest[0] === 'id') {
    checkOperators(path, 'relation', field, ops)
    return keep({ [prefix + name]: ops } as Where)
  }
  if (kind !== 'relation') return refuse(Q.fieldNotQueryable(path))
  const ids = await idsFound(j, field!.relationTo as string, { [rest.join('.')]: ops } as Where)
  // 0 is no record's id: an empty answer matches nothing.
  return keep({ [prefix + name]: { in: ids.length ? ids : [0] } } as Where)
}

async function judgeWhere(j: Judge, where: unknown, nesting: number): Promise<Where> {
  if (!isPlainObject(where)) return refuse(Q.badShape)
  if (nesting > MAX_NESTING) refuse(Q.tooLarge)
  const all: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if (++j.conditions > MAX_CONDITIONS) refuse(Q.tooLarge)
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      // qs turns long lists (`or[25]`) into objects keyed by index.
      const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : refuse(Q.badShape)
      const judged: Where[] = []
      for (const item of items as unknown[]) judged.push(await judgeWhere(j, item, nesting + 1))
      all.push({ [lower]: judged })
    } else {
      all.push(await judgePath(j, key, value))
    }
  }
  return all.length === 1 ? all[0]! : { and: all }
}

/** A sort (`-subject,registeredAt`, or a list) names only listed scalar fields; content ones confine. */
function judgeSort(j: Judge, sort: unknown): void {
  if (sort === undefined || sort === null || sort === '') return
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : refuse(Q.badSort(String(sort)))
  if (list.length > 10) refuse(Q.tooLarge)
  for (const item of list as unknown[]) {
    if (typeof item !== 'string') refuse(Q.badSort(String(item)))
    const path = (item as string).trim().replace(/^-/, '')
    if (!path) refuse(Q.badSort(String(item)))
    if (hasVersions(j.config) && VERSION_META[path] && !fieldNamed(j.config, path) && !['createdAt', 'updatedAt'].includes(path)) continue
    const versionField = hasVersions(j.config) && path.startsWith('version.')
    const name = versionField ? path.slice('version.'.length) : path
    if (name.includes('.')) refuse(Q.badSort(path))
    let listed: ReturnType<typeof listedField>
    try {
      listed = listedField(j, name, path)
    } catch {
      return refuse(Q.badSort(path))
    }
    if (!SORTABLE.has(listed.kind)) refuse(Q.badSort(path))
    if (listed.content && !versionField) j.sortTouchesContent = true
  }
}

const isCount = (v: unknown) => v === undefined || v === null || (isInt(v) && Number(v) >= 0)

/** A join's query (REST `joins[name][where]…`) judged by the joined record type's rule. */
async function judgeJoins(j: Judge, joins: unknown): Promise<unknown> {
  if (joins === undefined || joins === false || joins === null) return joins
  if (!isPlainObject(joins)) return refuse(Q.badShape)
  const out: Record<string, unknown> = {}
  for (const [name, query] of Object.entries(joins)) {
    const field = fieldNamed(j.config, name)
    if (!field || field.type !== 'join' || typeof field.collection !== 'string') return refuse(Q.badJoin(name))
    if (query === false || query === undefined || query === null) {
      out[name] = query
      continue
    }
    if (!isPlainObject(query)) return refuse(Q.badShape)
    const q = query as { where?: unknown; sort?: unknown; limit?: unknown; page?: unknown }
    if (!isCount(q.limit) || !isCount(q.page)) refuse(Q.badShape)
    const inner = judgeFor(j.req, field.collection, j.hops)
    let where = q.where === undefined ? undefined : await judgeWhere(inner, q.where, 0)
    judgeSort(inner, q.sort)
    if (inner.sortTouchesContent) where = await confine(inner, where ?? {})
    out[name] = { ...q, ...(where ? { where } : {}) }
  }
  return out
}

/** Whether `req` renders the admin's list page of `slug` (its address, as Payload's page request sets it). */
function isAdminListPage(req: PayloadRequest, slug: string): boolean {
  if (!req.url || req.url.includes('/api/')) return false
  try {
    const path = new URL(req.url).pathname.replace(/\/+$/, '')
    const list = `${req.payload.config.routes.admin}/collections/${slug}`
    return path === list || path === `${list}/trash`
  } catch {
    return false
  }
}

/** beforeOperation of every collection (src/collections/index.ts). */
export const confineQueries: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  // System reads (overrideAccess) are the server's own and name their paths in code.
  if (overrideAccess) return args
  if (!['read', 'count', 'readDistinct', 'update', 'delete'].includes(operation)) return args
  const a = args as { where?: unknown; sort?: unknown; joins?: unknown; field?: unknown }
  const hops = Number(req.context.dabirQueryHops ?? 0)
  const j = judgeFor(req, collection.slug, hops)
  try {
    if (a.where !== undefined && a.where !== null) a.where = await judgeWhere(j, a.where, 0)
    judgeSort(j, a.sort)
  } catch (error) {
    // The admin's own list page, built from a filter or sort in its address: a refused one would
    // leave the page blank (Payload throws past its QueryError catch). The list is shown without
    // the filter and sort, and the page says why (src/components/Persian/ListRefusal.tsx asks
    // the same question and shows this refusal). Dropping a condition only shows more of what
    // the reader may list anyway; access still applies.
    if (operation !== 'read' || !isAdminListPage(req, collection.slug) || (error as { status?: number }).status !== 400) throw error
    a.where = undefined
    a.sort = undefined
    j.sortTouchesContent = false
  }
  // findDistinct lists a field's values: judged like a sort.
  if (operation === 'readDistinct' && a.field !== undefined) judgeSort(j, a.field)
  if (j.sortTouchesContent) a.where = await confine(j, (a.where as Where | undefined) ?? {})
  if (a.joins !== undefined) a.joins = await judgeJoins(j, a.joins)
  return args
}
