import type { CollectionBeforeChangeHook } from 'payload'

import { mayCorrect } from '../../../access/policies'
import { idOf } from '../../../lib/compare'
import { refuse } from '../../../server/refuse'
import { lockRow } from '../../../server/rowLock'
import { dossierText } from '../../Dossiers/messages'
import { FILING_RULES } from '../filingRules'

/**
 * Filing (بایگانی): a letter goes into one open dossier. Unfiled letters file themselves by
 * the filing rules (a reply where its original is); the secretariat may file or move any
 * registered letter, authors their drafts. The dossier is held (FOR SHARE) from the moment its
 * state is read until the letter is stored, so it cannot close in between.
 */
export const fileLetter: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = idOf(originalDoc?.dossier)
  // On create an empty dossier means none was given (Payload may pass the key as null).
  const given = data.dossier !== undefined && (operation === 'update' || data.dossier !== null)
  let target = given ? idOf(data.dossier) : before
  const deny = (message: string, status: number) =>
    refuse(req, { message, status, action: operation === 'create' ? 'create' : 'update', collection: 'letters', id: originalDoc?.id, classification: data.classification ?? originalDoc?.classification })

  if (target === null && !given) {
    const merged = { ...originalDoc, ...data }
    for (const rule of FILING_RULES) {
      const proposed = await rule(req, merged)
      if (proposed === null) continue
      await lockRow(req, 'dossiers', proposed, 'share')
      const dossier = await req.payload.findByID({ collection: 'dossiers', id: proposed, depth: 0, req, overrideAccess: true, disableErrors: true })
      // A closed dossier takes nothing new, not even by rule: the letter stays unfiled.
      if (dossier?.status === 'open') {
        data.dossier = proposed
        return data
      }
    }
    return data
  }

  if (!given || target === before || target === null) return data
  const registered = (originalDoc?.status ?? data.status) !== 'draft'
  if (registered && req.user && !mayCorrect(req.user)) return deny(dossierText.onlySecretariat, 403)
  await lockRow(req, 'dossiers', target, 'share')
  const dossier = await req.payload.findByID({ collection: 'dossiers', id: target, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!dossier) return deny(dossierText.missing, 400)
  if (dossier.status !== 'open') return deny(dossierText.closed(dossier.code), 409)
  target = dossier.id
  data.dossier = target
  return data
}
