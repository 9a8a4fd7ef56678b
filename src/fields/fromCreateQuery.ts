import type { PayloadRequest, SelectField } from 'payload'

/** `admin.custom` flag on a field a new record takes from the create page's address. */
export const FROM_QUERY_FLAG = 'fromCreateQuery'

const optionValues = (options: SelectField['options']): string[] => options.map((option) => (typeof option === 'string' ? option : option.value))

/**
 * The value the admin's create page of `collection` gives field `name` from its address
 * (`/admin/collections/letters/create?kind=incoming`): one of `allowed`, or undefined for any
 * other value, any other page, and every API request (REST, GraphQL, Local API).
 */
export function queryValueOnCreatePage(req: Pick<PayloadRequest, 'url' | 'query'> | undefined, collection: string, name: string, allowed: readonly string[]): string | undefined {
  if (!req?.url) return undefined
  let pathname: string
  try {
    pathname = new URL(req.url, 'http://localhost').pathname
  } catch {
    return undefined
  }
  const adminCreate = pathname.endsWith(`/collections/${collection}/create`) && !pathname.startsWith('/api/')
  if (!adminCreate) return undefined
  const value = (req.query as Record<string, unknown> | undefined)?.[name]
  return typeof value === 'string' && allowed.includes(value) ? value : undefined
}

/**
 * A select field a new record may take from the create page's address (an admin shortcut opens
 * `…/create?kind=incoming`). The value is the field's server-side default, so it is in the
 * form state Payload builds on the server for the create view: Payload replaces the form's
 * state with that initial state after the first render, which wiped a value set in the
 * browser. Only a field wrapped here, and only one of its own options, is ever taken; the
 * field's own default applies otherwise. Flagged in `admin.custom` so the page knows it was
 * opened this way (src/components/DocumentActions/DocumentActions.tsx puts the cursor on the paper).
 */
export function fromCreateQuery(collection: string, field: SelectField): SelectField {
  const allowed = optionValues(field.options)
  const fallback = field.defaultValue
  return {
    ...field,
    defaultValue: async (args) => {
      const fromQuery = queryValueOnCreatePage(args.req, collection, field.name, allowed)
      if (fromQuery !== undefined) return fromQuery
      return typeof fallback === 'function' ? fallback(args) : fallback
    },
    admin: { ...field.admin, custom: { ...field.admin?.custom, [FROM_QUERY_FLAG]: true } },
  }
}
