import type { CollectionBeforeChangeHook } from 'payload'

import { letterMessages } from '../../../lib/letters/messages'
import { changedKeys } from '../../../lib/compare'
import { CORRECTABLE_FIELDS, NUMBERING_FIELDS } from '../../../lib/letters/rules'
import { mayCancel, mayCorrect, mayRegister } from '../../../access/policies'
import type { AuditAction } from '../../../lib/audit/vocabulary'
import { refuse as refuseAudited } from '../../../server/refuse'

/**
 * The registry's state machine and its permanence rule:
 * draft → registered → cancelled; a registered letter's frozen fields change only through
 * the office chief's written correction, kept in `corrections` (and as a version).
 */
export const guardStatus: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const action: AuditAction = operation === 'create' ? (data.status === 'registered' ? 'register' : 'create') : 'update'
  const refuse = (message: string, status = 403, as: AuditAction = action) =>
    refuseAudited(req, { message, status, action: as, collection: 'letters', id: originalDoc?.id, classification: data.classification ?? originalDoc?.classification })
  const user = req.user
  const system = !user
  const from = (operation === 'update' ? originalDoc?.status : undefined) as string | undefined
  const to = (data.status ?? from ?? 'draft') as string

  if (operation === 'create' && to === 'cancelled') await refuse(letterMessages.badTransition('draft', 'cancelled'), 400)
  if (from === 'cancelled' && to !== 'cancelled') await refuse(letterMessages.badTransition(from, to), 409)
  if (from === 'registered' && to === 'draft') await refuse(letterMessages.badTransition(from, to), 409)

  // Registering: incoming by the secretariat; outgoing and internal when signed.
  if (to === 'registered' && from !== 'registered' && !system) {
    if (!mayRegister(user, data.kind ?? originalDoc?.kind)) await refuse(letterMessages.registerNotAllowed)
  }

  if (to === 'cancelled' && from === 'registered') {
    if (!system && !mayCancel(user)) await refuse(letterMessages.cancelOnlySecretariat, 403, 'cancel')
    const reason = String(data.cancelReason ?? '').trim()
    if (!reason) await refuse(letterMessages.cancelNeedsReason, 400, 'cancel')
    data.cancelledAt = new Date().toISOString()
    data.cancelledBy = user?.id ?? null
  }

  if (from === 'registered' || from === 'cancelled') {
    const original = originalDoc as Record<string, unknown>
    const incoming = data as Record<string, unknown>
    if (changedKeys(original, incoming, NUMBERING_FIELDS).length) await refuse(letterMessages.numberingFrozen, 409)
    const corrected = changedKeys(original, incoming, CORRECTABLE_FIELDS)
    if (corrected.length) {
      const reason = String(incoming.correctionReason ?? '').trim()
      if (system || !mayCorrect(user) || from === 'cancelled') await refuse(letterMessages.frozen(corrected), 409, 'correct')
      if (!reason) await refuse(letterMessages.correctionNeedsReason, 400, 'correct')
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
