import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { HOLIDAY_MESSAGES, HOLIDAY_SCOPE_LABELS } from '../../../lib/holidays'
import { refuse } from '../../../server/refuse'

/**
 * A national holiday has no division; a provincial or county closure names its province or
 * county (a division of that level), so the record says whose closure it is.
 */
export const checkHolidayScope: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const scope = (data.scope ?? originalDoc?.scope ?? 'national') as keyof typeof HOLIDAY_SCOPE_LABELS
  const division = idOf('division' in data ? data.division : originalDoc?.division)
  const target = { action: operation, collection: 'holidays', id: (originalDoc?.id as number | undefined) ?? null } as const
  if (scope === 'national') {
    if (division !== null) return refuse(req, { ...target, status: 400, message: HOLIDAY_MESSAGES.nationalNoDivision })
    return data
  }
  if (division === null) return refuse(req, { ...target, status: 400, message: HOLIDAY_MESSAGES.divisionRequired })
  const found = await req.payload.findByID({ collection: 'divisions', id: division as number, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!found || found.type !== scope) return refuse(req, { ...target, status: 400, message: HOLIDAY_MESSAGES.divisionKind(HOLIDAY_SCOPE_LABELS[scope]) })
  return data
}
