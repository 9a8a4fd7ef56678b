import type { Option, PayloadRequest, SelectField, SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'

import { levelsClearedBy } from '../lib/security/clearance'

export interface OfferContext {
  /** The whole form's (or document's) data. */
  data: Record<string, unknown>
  siblingData: Record<string, unknown>
  req: PayloadRequest
}

const valueOf = (option: Option) => (typeof option === 'string' ? option : option.value)

/**
 * A select that offers each user only the options they may choose (`allowed`, e.g. the
 * status moves the state machine accepts, or levels within their clearance), while the server
 * still refuses the rest in its hooks, with their own Persian message and status (403, 409).
 *
 * Payload runs a select's `filterOptions` in the admin's form state *and* in its server-side
 * validation, where it would refuse with a generic «invalid selection» (400) before the hook
 * that explains the refusal; so validation here checks against all options. The value the
 * field holds is always offered, so the select can show it.
 *
 * Usage: `{ name: 'status', type: 'select', options, ...offerOnly('status', allowedStatuses) }`.
 */
export function offerOnly(
  name: string,
  allowed: (ctx: OfferContext) => readonly string[],
): Pick<SelectField, 'filterOptions'> & { validate: SelectFieldSingleValidation; admin: NonNullable<SelectField['admin']> } {
  return {
    // Read-only when nothing but the held value is offered (src/components/Persian/OfferedSelect.tsx).
    admin: { components: { Field: '/src/components/Persian/OfferedSelect#OfferedSelect' } },
    filterOptions: ({ data, options, req, siblingData }) => {
      const ok = new Set(allowed({ data: (data ?? {}) as Record<string, unknown>, siblingData: (siblingData ?? {}) as Record<string, unknown>, req }))
      const current = (siblingData as Record<string, unknown> | undefined)?.[name]
      const held = new Set(Array.isArray(current) ? current.map(String) : current == null ? [] : [String(current)])
      return options.filter((option) => ok.has(valueOf(option)) || held.has(valueOf(option)))
    },
    validate: (value, args) => select(value, { ...args, filterOptions: undefined }),
  }
}

/** A `classification` select offering only the levels the user is cleared for (refuseAboveClearance refuses the rest). */
export const offerClearedLevels = (name = 'classification') => offerOnly(name, ({ req }) => levelsClearedBy(req.user?.clearance))
