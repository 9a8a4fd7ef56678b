import type { CollectionConfig, Field, GlobalConfig, PayloadRequest } from 'payload'

import { querySpecOf } from '../access/readRule'
import { kindOf, type AnyField } from '../hooks/confineContentQueries'
import { hasRole } from '../lib/security/roles'
import { adminMessages } from './messages'

/**
 * Text fields whose value is not read as a number by people, so their digits stay as stored:
 * hashes, reference-data keys, Latin names, addresses.
 */
const LATIN_DIGIT_FIELDS = new Set(['sha256', 'sourceId', 'nameEn', 'email', 'toEmail', 'filename', 'mimeType', 'url'])

const DIGITS_CELL = '/src/components/Persian/DigitsCell#DigitsCell'
const LIST_REFUSAL = '/src/components/Persian/ListRefusal#ListRefusal'

const isAdminUser = (req: PayloadRequest) => Boolean(req.user && req.user.active !== false && hasRole(req.user, 'admin'))

/**
 * The «API» tab of a document (its raw JSON and REST address) is for the system admin; other
 * people see the document's own tabs only. Payload offers a per-request `condition` on the tab.
 */
function apiTabForAdmins<T extends CollectionConfig | GlobalConfig>(config: T): T['admin'] {
  const admin = config.admin ?? {}
  const views = admin.components?.views ?? {}
  const edit = (views as { edit?: Record<string, unknown> }).edit ?? {}
  const api = (edit.api ?? {}) as { tab?: Record<string, unknown> }
  return {
    ...admin,
    components: {
      ...admin.components,
      views: {
        ...views,
        edit: {
          ...edit,
          api: { ...api, tab: { ...api.tab, label: adminMessages.apiTab, condition: ({ req }: { req: PayloadRequest }) => isAdminUser(req) } },
        },
      },
    },
  } as T['admin']
}

type Judge = { filterable: (field: AnyField) => boolean }

/** What the list's filter may offer: the record type's whitelist (src/access/readRule.ts), nothing else. */
function judgeOf(slug: string): Judge {
  const spec = querySpecOf(slug)
  const listed = spec ? new Set([...spec.header, ...spec.content]) : null
  return {
    filterable: (field) => {
      const kind = kindOf(field)
      // JSON answers only «exists», which the filter's operators do not offer.
      if (!kind || kind === 'json') return false
      return listed ? listed.has(field.name) : true
    },
  }
}

/**
 * Fields walked for the list: a field the server would refuse to filter on gets
 * `admin.disableListFilter` (so the filter never offers it), and a text or number field gets
 * the Persian-digits cell unless it has a cell of its own. A field inside a named group, array
 * or tab is a dotted path, which no whitelist lists: never filterable.
 */
function forList(fields: Field[], judge: Judge, nested: boolean): Field[] {
  return fields.map((field) => {
    type Loose = { type: string; name?: string; fields?: Field[]; tabs?: { name?: string; fields: Field[] }[]; admin?: Record<string, unknown>; hasMany?: boolean }
    const f = field as unknown as Loose
    const named = 'name' in f && typeof f.name === 'string'
    let out: Loose = f
    if (f.type === 'tabs' && f.tabs) {
      out = { ...f, tabs: f.tabs.map((tab) => ({ ...tab, fields: forList(tab.fields, judge, nested || Boolean(tab.name)) })) }
    } else if (Array.isArray(f.fields)) {
      out = { ...f, fields: forList(f.fields, judge, nested || named) }
    }
    if (!named || f.type === 'ui') return out as unknown as Field
    const admin = { ...(out.admin ?? {}) }
    if (nested || !judge.filterable(f as unknown as AnyField)) admin.disableListFilter = true
    // A required select has no «×»: clearing it only earns a refusal (Payload offers one by default).
    if (f.type === 'select' && (f as { required?: boolean }).required && admin.isClearable === undefined) admin.isClearable = false
    const components = (admin.components ?? {}) as Record<string, unknown>
    if ((f.type === 'text' || f.type === 'number') && !components.Cell && !LATIN_DIGIT_FIELDS.has(f.name!) && !f.hasMany) {
      admin.components = { ...components, Cell: DIGITS_CELL }
    }
    return { ...out, admin } as unknown as Field
  })
}

/**
 * The admin of every record type in Persian, added where the shared hooks are
 * (src/collections/index.ts): the API tab for admins only, list filters limited to the
 * whitelist, a Persian notice instead of a blank page when an address carries a refused filter,
 * Persian digits in text and number columns, no clear-× on required selects.
 */
export function withPersianAdmin(collection: CollectionConfig): CollectionConfig {
  const admin = apiTabForAdmins(collection)!
  const before = admin.components?.beforeListTable ?? []
  return {
    ...collection,
    admin: { ...admin, components: { ...admin.components, beforeListTable: [LIST_REFUSAL, ...before] } },
    fields: forList(collection.fields, judgeOf(collection.slug), false),
  }
}

/** A global's admin in Persian: its API tab for admins only. */
export function withPersianGlobalAdmin(global: GlobalConfig): GlobalConfig {
  return { ...global, admin: apiTabForAdmins(global) }
}
