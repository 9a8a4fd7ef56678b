// The director's daily digest as plain data: record types contribute sections (see
// src/server/digest), this module turns them into a mail and a PDF document model.
import type { ClearanceLevel } from '../security/clearance'

/** One paper in a digest. `title` null: the reader may not see it (number and level only). */
export interface DigestItem {
  number: string | null
  title: string | null
  classification: ClearanceLevel
  /** Only when the reader may read the paper's content. */
  summary?: string | null
  /** Facts shown under the title: sender, recipient, deadline … */
  lines?: string[]
  link?: string
}

export interface DigestGroup {
  heading?: string
  items: DigestItem[]
}

export interface DigestSectionResult {
  key: string
  title: string
  /** A sentence or two above the groups (e.g. the briefing's overview). */
  intro?: string
  groups: DigestGroup[]
}

export interface Digest {
  /** The Jalali day of the digest, e.g. 1405/09/02. */
  dateJalali: string
  /** What «new» covers: since the previous working day's digest. */
  from: string
  to: string
  sections: DigestSectionResult[]
}

export const itemCount = (s: DigestSectionResult) => s.groups.reduce((n, g) => n + g.items.length, 0)
