import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { letterMessages } from '../../../lib/letters/messages'
import { changedKeys } from '../../../lib/compare'
import { CORRECTABLE_FIELDS, NUMBERING_FIELDS } from '../../../lib/letters/rules'
import { hasRole } from '../../../lib/security/roles'

const refuse = (message: string, status = 403): never => {
  throw new APIError(message, status, null, true)
}

/**
 * The registry's state machine and its permanence rule:
 * draft → registered → cancelled; a registered letter's frozen fields change only through
 * the office chief's written correction, kept in `corrections` (and as a version).
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = req.user
  const system = !user
  const from = (operation === 'update' ? originalDoc?.status : undefined) as string | undefined
  const to = (data.status ?? from ?? 'draft') as string

  if (operation === 'create' && to === 'cancelled') refuse(letterMessages.badTransition('draft', 'cancelled'), 400)
  if (from === 'cancelled' && to !== 'cancelled') refuse(letterMessages.badTransition(from, to), 409)
  if (from === 'registered' && to === 'draft') refuse(letterMessages.badTransition(from, to), 409)

  // Registering: incoming by the secretariat; outgoing and internal when signed.
  if (to === 'registered' && from !== 'registered' && !system) {
    const kind = (data.kind ?? originalDoc?.kind) as string
    const allowed =
      hasRole(user, 'secretariat') || (kind !== 'incoming' && (hasRole(user, 'director') || hasRole(user, 'deputy')))
    if (!allowed) refuse(letterMessages.registerNotAllowed)
  }

  if (to === 'cancelled' && from === 'registered') {
    if (!system && !hasRole(user, 'secretariat')) refuse(letterMessages.cancelOnlySecretariat)
    const reason = String(data.cancelReason ?? '').trim()
    if (!reason) refuse(letterMessages.cancelNeedsReason, 400)
    data.cancelledAt = new Date().toISOString()
    data.cancelledBy = user?.id ?? null
  }

  if (from === 'registered' || from === 'cancelled') {
    const original = originalDoc as Record<string, unknown>
    const incoming = data as Record<string, unknown>
    if (changedKeys(original, incoming, NUMBERING_FIELDS).length) refuse(letterMessages.numberingFrozen, 409)
    const corrected = changedKeys(original, incoming, CORRECTABLE_FIELDS)
    if (corrected.length) {
      const reason = String(incoming.correctionReason ?? '').trim()
      if (system || !hasRole(user, 'secretariat') || from === 'cancelled') refuse(letterMessages.frozen(corrected), 409)
      if (!reason) refuse(letterMessages.correctionNeedsReason, 400)
      const corrections = Array.isArray(original.corrections) ? [...(original.corrections as unknown[])] : []
      corrections.push({
        at: new Date().toISOString(),
        by: user!.id,
        reason,
        changes: corrected.map((field) => ({ field, before: original[field] ?? null, after: incoming[field] ?? null })),
      })
      data.corrections = corrections
    }
  }
  return data
}
