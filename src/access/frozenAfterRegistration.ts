import type { FieldAccess } from 'payload'

import { letterMessages } from '../lib/letters/messages'
import { sameValue } from '../lib/compare'
import { afterRegistrationRule, mayChangeAfterRegistration } from '../lib/letters/rules'
import { refuse } from '../server/refuse'

/**
 * Field-level update access for a letter's fields once it is registered, read off the one
 * whitelist (AFTER_REGISTRATION in src/lib/letters/rules.ts): the admin renders a field
 * read-only for whoever may not change it, and a changed value from them is refused with 409
 * rather than silently dropped (Payload would otherwise just strip a field its access denies).
 * Fields not on the list (and the numbering fields) are frozen for everyone; the letters'
 * `freezeRegistered` hook holds the same rule for the fields that carry no field access.
 */
export const frozenAfterRegistration =
  (field: string): FieldAccess =>
  async ({ doc, req, siblingData }) => {
    if (!doc || !doc.status || doc.status === 'draft') return true
    if (mayChangeAfterRegistration(field, req.user, doc.status)) return true
    const incoming = siblingData as Record<string, unknown> | undefined
    if (incoming && field in incoming && !sameValue(incoming[field], (doc as Record<string, unknown>)[field])) {
      const rule = afterRegistrationRule(field)
      const message = !rule
        ? letterMessages.frozenForGood([field])
        : rule.change === 'correction'
          ? letterMessages.frozen([field])
          : rule.change === 'classification'
            ? letterMessages.classificationRule
            : letterMessages.notYoursToChange([field])
      await refuse(req, { message, status: 409, action: 'update', collection: 'letters', id: doc.id, classification: doc.classification })
    }
    return false
  }
