import type { PayloadRequest } from 'payload'

import type { Addressee } from '../../lib/security/readRule'

/** What a record puts in the search index (originals: the index normalises them itself). */
export interface SearchEntry {
  title: string
  registryNumber?: string | null
  /** A number that finds the record but is content (e.g. the sender's number). */
  contentNumber?: string | null
  /** Header text: seen by everyone who may see the record (subject, number, sender). */
  header: string
  /** Content text: only for readers of the content (body, summary, a response). */
  content: string
  date: Date | string
  classification: string
  kind?: string | null
  dossier?: number | null
  division?: number | null
  /** `correspondents:12`, `posts:3`. */
  senderRef?: string | null
  /** The record of `readAs` whose grants open this entry (default: the record itself). */
  grantId?: number
  authors: unknown[]
  addressees: Addressee[]
}

/**
 * A record type joins the lookup by declaring `custom: { search: SearchSpec }` on its
 * collection: the shared hooks then keep its index rows, and /api/search finds it.
 */
export interface SearchSpec {
  /** Label of the record type, for the lookup page. */
  label: string
  /** The collection whose read rule (clearance, grants) decides who finds it; default its own. */
  readAs?: string
  /** Values the `kind` filter accepts for this type, with their labels. */
  kinds?: readonly { value: string; label: string }[]
  /** The saved document (depth 0) as an index entry; null keeps it out of the index. */
  entry: (doc: Record<string, unknown>, req: PayloadRequest) => Promise<SearchEntry | null> | SearchEntry | null
}

export const searchSpecOf = (collection: { custom?: Record<string, unknown> } | undefined): SearchSpec | undefined =>
  collection?.custom?.search as SearchSpec | undefined
