import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { letterMessages } from '../../../lib/letters/messages'
import { changedKeys } from '../../../lib/compare'
import { afterRegistrationRule, mayLowerClassification, mayRaiseClassification, SERVER_FIELDS } from '../../../lib/letters/rules'
import { clearanceRank, clears } from '../../../lib/security/clearance'
import { hasRole } from '../../../lib/security/roles'
import { refuse as refuseAudited } from '../../../server/refuse'

type Data = Record<string, unknown>

/** Written by the server's own hooks in this very save (numbering, corrections, keys, marks). */
const SERVER_WRITTEN = new Set<string>([...SERVER_FIELDS, 'createdAt', 'updatedAt', 'id'])

/**
 * A registered (or cancelled) letter is frozen: every stored field not on the whitelist
 * (AFTER_REGISTRATION, src/lib/letters/rules.ts) is refused with 409, whoever asks and
 * through whichever door, and listed fields only change by the roles and in the way listed.
 * Runs after guardStatus, which judges the state moves and records the office chief's
 * corrections of the `correction` fields; this hook judges the rest and records a change of
 * classification as a correction too (raised by the office chief or the director general,
 * lowered only by the director general, always with a reason).
 */
export const freezeRegistered: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const from = operation === 'update' ? (originalDoc?.status as string | undefined) : undefined
  if (from !== 'registered' && from !== 'cancelled') return data
  const original = originalDoc as Data
  const incoming = data as Data
  const refuse = (message: string, status: number, action: 'update' | 'correct' = 'update') =>
    refuseAudited(req, { message, status, action, collection: 'letters', id: original.id as number, classification: original.classification as string })

  const stored = collection.flattenedFields
    .filter((field) => 'name' in field && !('virtual' in field && field.virtual) && field.type !== 'join')
    .map((field) => field.name)
    .filter((name) => !SERVER_WRITTEN.has(name))
  const changed = changedKeys(original, incoming, stored)
  if (!changed.length) return data

  const unlisted = changed.filter((field) => !afterRegistrationRule(field))
  if (unlisted.length) await refuse(letterMessages.frozenForGood(unlisted), 409)

  const user = req.user
  const system = !user
  const cancelling = from === 'registered' && incoming.status === 'cancelled'
  for (const field of changed) {
    const rule = afterRegistrationRule(field)!
    // The state machine (guardStatus) and filing (fileLetter) judge their own fields; the
    // office chief's corrections of `correction` fields are guardStatus's to record.
    if (rule.change === 'filing' || rule.change === 'correction' || field === 'status') continue
    if (field === 'cancelReason') {
      if (!cancelling) await refuse(letterMessages.cancelReasonOnlyWithCancel, 409)
      continue
    }
    if (from === 'cancelled') await refuse(letterMessages.frozenForGood([field]), 409)
    if (rule.change === 'amendment') {
      if (!system && !rule.by.some((role) => hasRole(user, role))) await refuse(letterMessages.notYoursToChange([field]), 409)
    }
  }

  if (changed.includes('classification')) {
    const before = original.classification
    const after = incoming.classification
    const raising = clearanceRank(after) > clearanceRank(before)
    if (system) await refuse(letterMessages.classificationRule, 409, 'correct')
    if (raising && !mayRaiseClassification(user)) await refuse(letterMessages.classificationRule, 409, 'correct')
    if (!raising && !mayLowerClassification(user)) await refuse(letterMessages.declassifyOnlyDirector, 403, 'correct')
    const reason = String(incoming.correctionReason ?? '').trim()
    if (!reason) await refuse(letterMessages.classificationNeedsReason, 400, 'correct')
    const change = { field: 'classification', before: before ?? null, after: after ?? null }
    // guardStatus may have recorded a correction of other fields in this same save: one entry.
    const earlier = Array.isArray(original.corrections) ? original.corrections.length : 0
    const recordedNow = Array.isArray(incoming.corrections) && incoming.corrections.length > earlier
    const corrections = [...((recordedNow ? incoming.corrections : original.corrections) as Data[] | undefined ?? [])]
    if (recordedNow && corrections.length) {
      const last = corrections[corrections.length - 1]!
      corrections[corrections.length - 1] = { ...last, changes: [...((last.changes as unknown[]) ?? []), change] }
    } else {
      corrections.push({ at: new Date().toISOString(), by: user!.id, reason, changes: [change] })
    }
    incoming.corrections = corrections
  }
  stampCorrectionLevels(original, incoming)
  return data
}

/**
 * A correction keeps before and after values: a copy of the letter at the level it had then.
 * Each new entry records the higher of the letter's level before and after it, so that a
 * letter later declassified does not show the values it held while secret.
 */
function stampCorrectionLevels(original: Data, incoming: Data) {
  if (!Array.isArray(incoming.corrections)) return
  const earlier = Array.isArray(original.corrections) ? original.corrections.length : 0
  const before = original.classification
  const after = incoming.classification ?? before
  const level = clearanceRank(after) > clearanceRank(before) ? after : before
  incoming.corrections = (incoming.corrections as Data[]).map((entry, index) => (index >= earlier && !entry.level ? { ...entry, level } : entry))
}

/**
 * afterRead of `corrections`: entries above the reader's clearance are left out (entries from
 * before levels were kept count at the letter's level now). Only for a person's read; the
 * server's own reads (the original document a save extends) see them all.
 */
export const hideCorrectionsAboveClearance: FieldHook = ({ value, req, overrideAccess, siblingData }) => {
  if (overrideAccess || !req.user || !Array.isArray(value)) return value
  const now = (siblingData as Data | undefined)?.classification
  return (value as Data[]).filter((entry) => clears(req.user!.clearance, entry.level ?? now))
}
