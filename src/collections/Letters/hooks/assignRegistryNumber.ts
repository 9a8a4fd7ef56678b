import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../lib/compare'
import { jalaliYearOf } from '../../../lib/jalali'
import { letterMessages } from '../../../lib/letters/messages'
import { LETTER_KIND_LABELS } from '../../../lib/letters/options'
import { missingKindMessage } from '../../../lib/letters/requirements'
import { formatRegistryNumber } from '../../../lib/registry'
import { toLatinDigits } from '../../../lib/persian'
import { takeNextSeq } from '../../../server/registryCounter'
import { registryBooksFor } from '../registryBooks'

/**
 * Gives a letter its number when it becomes registered: the book for its kind, the Jalali
 * year of now in Tehran (so 00:30 on Nowruz is already the new year), the next sequence
 * taken on this request's transaction. Runs last among the beforeChange hooks, so the
 * counter row is locked for as short a time as possible.
 */
export const assignRegistryNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const registering = data.status === 'registered' && originalDoc?.status !== 'registered'
  if (!registering) return data
  const kind = (data.kind ?? originalDoc?.kind) as keyof typeof LETTER_KIND_LABELS
  // checkRequirements asks a person for the kind; this holds for writes without a user too.
  const noKind = missingKindMessage(kind)
  if (noKind) throw new APIError(noKind, 400, null, true)

  const requested = idOf(data.registryBook ?? originalDoc?.registryBook)
  const books = await registryBooksFor(req)
  const book = requested ? books.find((b) => b.id === requested) : books.find((b) => b.active && b.kinds?.includes(kind))
  if (!book) throw new APIError(letterMessages.noBook(LETTER_KIND_LABELS[kind] ?? kind), 400, null, true)
  if (!book.kinds?.includes(kind)) throw new APIError(letterMessages.bookWrongKind, 400, null, true)

  // Outgoing and internal letters are registered when signed.
  if (kind !== 'incoming') {
    data.signedBy ??= originalDoc?.signedBy ?? req.user?.id ?? null
    data.signedAt ??= originalDoc?.signedAt ?? new Date().toISOString()
  }

  const now = new Date()
  const year = jalaliYearOf(now)
  const seq = await takeNextSeq(req, book.id, year)
  const number = formatRegistryNumber(book.format, { year, code: book.code, unit: book.unitCode, seq }, { persianDigits: Boolean(book.persianDigits) })
  Object.assign(data, {
    registryBook: book.id,
    registryYear: year,
    registrySeq: seq,
    registryNumber: number,
    registryNumberKey: toLatinDigits(number),
    registeredAt: now.toISOString(),
    registeredBy: req.user?.id ?? null,
  })
  return data
}
