import type { PayloadRequest } from 'payload'

import type { DigestSectionResult } from '../../lib/digest'

export interface DigestContext {
  /** As the reader: every find passes `req` with the reader as its user and access on. */
  req: PayloadRequest
  from: Date
  to: Date
  now: Date
}

/**
 * A part of the director's daily digest, contributed by a record type through
 * `custom: { digest: DigestSectionSpec[] }` on its collection: meetings, appointments,
 * resolutions and directives add theirs without touching the digest code. Sections run as
 * the reader (access on), and are shown in `order`.
 */
export interface DigestSectionSpec {
  key: string
  order: number
  build: (ctx: DigestContext) => Promise<DigestSectionResult | null>
}

export const digestSpecsOf = (collection: { custom?: Record<string, unknown> } | undefined): DigestSectionSpec[] =>
  (collection?.custom?.digest as DigestSectionSpec[] | undefined) ?? []
