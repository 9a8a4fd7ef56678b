import type { Payload, PayloadRequest } from 'payload'

import { REQUIREMENT_ITEMS } from '../lib/letters/requirements'
import { validateTemplate } from '../lib/registry'
import { SeedError } from './SeedError'
import { emptyTally, type SeedTally } from './tally'

type BookEntry = { code: string; name: string; kinds: string[]; format: string; persianDigits?: boolean; requirements?: { kind: string; items: string[] }[] }

const KINDS = ['incoming', 'outgoing', 'internal']

/** The default registry books, keyed by code; an existing book that matches is left alone. */
export async function seedRegistryBooks(payload: Payload, data: unknown, fileName: string, req: PayloadRequest): Promise<SeedTally> {
  const books = (data as { books?: BookEntry[] })?.books
  if (!Array.isArray(books)) throw new SeedError([`${fileName}: فهرست «books» وجود ندارد`])
  const errors: string[] = []
  books.forEach((b, i) => {
    const where = `${fileName}: books[${i}] (${b?.code ?? '؟'})`
    if (!b?.code || !b.name) errors.push(`${where}: «code» و «name» لازم است`)
    if (!Array.isArray(b?.kinds) || !b.kinds.length || !b.kinds.every((k) => KINDS.includes(k))) errors.push(`${where}: «kinds» نامعتبر است`)
    const template = validateTemplate(b?.format ?? '')
    if (!template.ok) errors.push(`${where}: ${template.error}`)
    const requirements = b?.requirements ?? []
    const valid =
      Array.isArray(requirements) &&
      requirements.every((r) => KINDS.includes(r?.kind) && Array.isArray(r.items) && r.items.every((item) => (REQUIREMENT_ITEMS as string[]).includes(item)))
    if (!valid) errors.push(`${where}: «requirements» نامعتبر است`)
  })
  if (errors.length) throw new SeedError(errors)

  const tally = emptyTally()
  for (const book of books) {
    const wanted = { code: book.code, name: book.name, kinds: book.kinds as 'incoming'[], format: book.format, persianDigits: book.persianDigits ?? false, requirements: (book.requirements ?? []) as never }
    const found = await payload.find({ collection: 'registry-books', where: { code: { equals: book.code } }, depth: 0, limit: 1, req })
    const existing = found.docs[0]
    if (!existing) {
      await payload.create({ collection: 'registry-books', data: { ...wanted, active: true }, req })
      tally.created++
    } else {
      // An existing book is the office's own (its format may have been changed in the admin):
      // a seed never rewrites it.
      tally.unchanged++
    }
  }
  return tally
}
