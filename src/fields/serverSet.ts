import type { Field } from 'payload'

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0)

/**
 * The admin options of a field only the server writes (a registry number, who registered and
 * when, the author, cancellation, …): read-only, and shown only once it has a value, so a new
 * or draft record's form has no empty boxes the clerk cannot fill. The API is unchanged (a
 * condition hides the field in the form only). `extra` merges other admin options (position,
 * description, components).
 */
export function serverSet<A extends Record<string, unknown>>(name: string, extra?: A) {
  return {
    ...extra,
    readOnly: true,
    condition: (_data: unknown, siblingData: Record<string, unknown> | undefined) => hasValue(siblingData?.[name]),
  }
}

/** Applies `serverSet` to a built field (e.g. one made by jalaliDate()), keeping its admin options. */
export function asServerSet<F extends Field>(field: F): F {
  if (!('name' in field) || !field.name) return field
  return { ...field, admin: serverSet(field.name, (field.admin ?? {}) as Record<string, unknown>) } as F
}

/**
 * A field a person fills while `editable(data)` holds (a draft letter's signer), and afterwards
 * shown only once it has a value: a registered letter shows no empty box that nobody may fill
 * from the form. Keeps the field's other admin options; the API is unchanged.
 */
export function filledOrWhile<F extends Field>(field: F, editable: (data: Record<string, unknown>) => boolean): F {
  if (!('name' in field) || !field.name) return field
  const name = field.name
  return {
    ...field,
    admin: {
      ...((field.admin ?? {}) as Record<string, unknown>),
      condition: (data: Record<string, unknown> | undefined, siblingData: Record<string, unknown> | undefined) =>
        hasValue(siblingData?.[name]) || editable(data ?? {}),
    },
  } as F
}

/**
 * The admin options of a stored or computed field that stays in the API (and may stay a list
 * column) but not in the form, e.g. the `…Jalali` text of a date the form already shows in
 * Jalali (src/components/JalaliDate), or the parts of a number the form shows whole. A
 * condition, not `hidden`: a hidden field also leaves the list's columns.
 */
export const apiOnly = <A extends Record<string, unknown>>(extra?: A) => ({ ...extra, condition: () => false })
