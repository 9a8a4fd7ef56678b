import type { FieldHook } from 'payload'

import { formatJalaliDate } from '../../../lib/jalali'

/** afterRead of a virtual `…Jalali` field: the Jalali (Tehran) date of its ISO sibling. */
export const jalaliOf =
  (isoField: string): FieldHook =>
  ({ siblingData }) => {
    const iso = (siblingData as Record<string, unknown>)?.[isoField]
    return typeof iso === 'string' && iso ? formatJalaliDate(iso) : null
  }
