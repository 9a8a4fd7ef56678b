import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { missingKindMessage, missingRequirements, requirementsFor, requirementsMessage } from '../../../lib/letters/requirements'
import { refuse } from '../../../server/refuse'
import { bookForLetter, registryBooksFor } from '../registryBooks'

/**
 * Registration (status → registered, by create in one step or by update) refuses a letter
 * that lacks what its registry book requires of its kind (src/lib/letters/requirements.ts):
 * 400, one Persian message naming every missing item; the transaction rolls back, so nothing
 * stored changes. A letter with no kind yet is refused first, asking for it. A book that cannot be found is assignRegistryNumber's to refuse. Writes
 * without a user (an import, the server's own work) are not a person registering a paper, as
 * in guardStatus; every door a person uses (REST, GraphQL, the admin, the Local API with a
 * user) is checked.
 */
export const checkRequirements: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const registering = data.status === 'registered' && originalDoc?.status !== 'registered'
  if (!registering || !req.user) return data
  const given = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined))
  const letter = { ...(operation === 'update' ? originalDoc : {}), ...given } as Record<string, unknown>
  const noKind = missingKindMessage(letter.kind)
  if (noKind) {
    await refuse(req, { message: noKind, status: 400, action: 'register', collection: 'letters', id: originalDoc?.id, classification: (letter.classification as string | undefined) ?? null })
  }
  const kind = String(letter.kind)
  const book = bookForLetter(await registryBooksFor(req), idOf(letter.registryBook), kind)
  if (!book) return data
  const missing = missingRequirements(letter, requirementsFor(book, kind))
  if (missing.length) {
    await refuse(req, {
      message: requirementsMessage(missing, kind),
      status: 400,
      action: 'register',
      collection: 'letters',
      id: originalDoc?.id,
      classification: (letter.classification as string | undefined) ?? null,
    })
  }
  return data
}
