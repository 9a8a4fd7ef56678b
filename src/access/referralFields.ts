import type { FieldAccess } from 'payload'

import { sameValue } from '../lib/compare'
import { mayChangeReferralField, type ReferralEditableField } from '../lib/referrals/fields'

/**
 * Field-level update access of a referral's field: read-only in the admin for whoever may not
 * change it (src/lib/referrals/fields.ts). A value someone does try to change is let through to
 * the referral's hooks, which refuse it with their own Persian 4xx (Payload would otherwise drop
 * a denied field silently and answer 200); an unchanged or absent value keeps the stored one.
 */
export const referralFieldUpdate =
  (field: ReferralEditableField): FieldAccess =>
  ({ doc, req, siblingData }) => {
    if (!doc) return true
    const incoming = siblingData as Record<string, unknown> | undefined
    if (incoming && field in incoming && !sameValue(incoming[field], (doc as Record<string, unknown>)[field])) return true
    return mayChangeReferralField(field, req.user as never, doc as never)
  }
