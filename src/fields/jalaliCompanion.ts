import type { Field, FieldHook } from 'payload'

import { formatJalaliDate } from '../lib/jalali'

/** afterRead of a virtual `…Jalali` field: the Jalali (Tehran) date of its ISO sibling. */
export const jalaliOf =
  (isoField: string): FieldHook =>
  ({ siblingData }) => {
    const iso = (siblingData as Record<string, unknown>)?.[isoField]
    return typeof iso === 'string' && iso ? formatJalaliDate(iso) : null
  }

/** The read-only, virtual `…Jalali` companion of an ISO date field. */
export const jalaliCompanion = (name: string, isoField: string, label: string): Field => ({
  name,
  type: 'text',
  label,
  virtual: true,
  admin: { readOnly: true },
  hooks: { afterRead: [jalaliOf(isoField)] },
})
