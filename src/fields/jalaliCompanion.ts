import type { Field, FieldHook } from 'payload'

import { formatJalaliDate } from '../lib/jalali'
import { apiOnly } from './serverSet'

/** afterRead of a virtual `…Jalali` field: the Jalali (Tehran) date of its ISO sibling. */
export const jalaliOf =
  (isoField: string): FieldHook =>
  ({ siblingData }) => {
    const iso = (siblingData as Record<string, unknown>)?.[isoField]
    return typeof iso === 'string' && iso ? formatJalaliDate(iso) : null
  }

/**
 * The read-only, virtual `…Jalali` companion of an ISO date field: in the API and the list's
 * columns, not in the form, where the date field itself shows Jalali (one display per date).
 */
export const jalaliCompanion = (name: string, isoField: string, label: string): Field => ({
  name,
  type: 'text',
  label,
  virtual: true,
  admin: apiOnly({ readOnly: true }),
  hooks: { afterRead: [jalaliOf(isoField)] },
})
