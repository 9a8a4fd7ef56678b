import { clears } from './clearance'

/**
 * The read rule, as pure predicates over plain facts. The same rule is written as a database
 * `where` in src/access/readRule.ts; tests hold the two to each other.
 *
 * - A user *sees* a record (its header: number, subject, sender, dates) when its classification
 *   is at or below their clearance, or it was sent or copied to their post (or a unit they head),
 *   or referred to them, or they created or registered it.
 * - Its *content* (body, summary, the sender's number, attachments) needs more: clearance, a
 *   referral, or authorship. Being on the address list of a paper above your clearance shows
 *   that it exists and what it is about, not what it says.
 * - `top-secret`: only holders of that clearance (the director general) and people it is
 *   explicitly referred to; authorship and addressing grant nothing there.
 */
export interface Reader {
  id: number | string
  clearance: unknown
  /** Posts the user holds and units they head, as polymorphic addressees. */
  addressees: Addressee[]
  /** Ids of records referred to the user, per collection. */
  grants: ReadonlySet<number | string>
}

export interface Addressee {
  relationTo: string
  value: number | string
}

export interface RecordFacts {
  id?: number | string
  classification: unknown
  authors: unknown[]
  addressees: Addressee[]
}

export const TOP_SECRET = 'top-secret'

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

function granted(reader: Reader, record: RecordFacts): boolean {
  return record.id !== undefined && [...reader.grants].some((id) => same(id, record.id))
}

export function canReadContent(reader: Reader | null, record: RecordFacts): boolean {
  if (!reader) return false
  if (clears(reader.clearance, record.classification) || granted(reader, record)) return true
  if (record.classification === TOP_SECRET) return false
  return record.authors.some((author) => same(author, reader.id))
}

export function canSeeRecord(reader: Reader | null, record: RecordFacts): boolean {
  if (!reader) return false
  if (canReadContent(reader, record)) return true
  if (record.classification === TOP_SECRET) return false
  return record.addressees.some((to) => reader.addressees.some((mine) => mine.relationTo === to.relationTo && same(mine.value, to.value)))
}
