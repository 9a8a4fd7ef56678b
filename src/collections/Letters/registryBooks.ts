import type { PayloadRequest } from 'payload'

import type { RegistryBook } from '../../payload-types'

export type BookFormat = RegistryBook & { unitCode?: string }

/**
 * All registry books with their unit codes, read once per request (numbering and reference
 * detection both need them; books are few and change rarely).
 */
export function registryBooksFor(req: PayloadRequest): Promise<BookFormat[]> {
  const cached = req.context.registryBooks as Promise<BookFormat[]> | undefined
  if (cached) return cached
  const loading = (async () => {
    const books = await req.payload.find({ collection: 'registry-books', pagination: false, depth: 0, sort: 'id', req })
    const unitIds = [...new Set(books.docs.map((b) => b.unit).filter((u): u is number => typeof u === 'number'))]
    const units = unitIds.length
      ? await req.payload.find({ collection: 'units', where: { id: { in: unitIds } }, pagination: false, depth: 0, req })
      : { docs: [] }
    const codeOf = new Map(units.docs.map((u) => [u.id, u.code]))
    return books.docs.map((b) => ({ ...b, unitCode: typeof b.unit === 'number' ? codeOf.get(b.unit) : undefined }))
  })()
  req.context.registryBooks = loading
  return loading
}

/** The book a letter of `kind` is numbered in: the one asked for, or the first active book of its kind. */
export function bookForLetter(books: BookFormat[], requested: number | string | null, kind: string): BookFormat | undefined {
  return requested !== null ? books.find((b) => String(b.id) === String(requested)) : books.find((b) => b.active && b.kinds?.includes(kind as never))
}
