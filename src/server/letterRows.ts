import { sql } from '@payloadcms/db-postgres'

import type { RecordFacts } from '../lib/security/readRule'

/**
 * For endpoints that read letters by SQL (kartabl, registry book): the columns the read rule
 * needs, and those columns as the pure rule's facts, so every such endpoint judges a row alike.
 * Select `l.id, l.classification, l.created_by_id, l.registered_by_id` and `${ADDRESSED} AS addressed`.
 */
export const ADDRESSED = sql`ARRAY(SELECT json_build_object('posts', lr.posts_id, 'units', lr.units_id)
                                   FROM letters_rels lr WHERE lr.parent_id = l.id AND lr.path IN ('recipients', 'copies'))`

export function letterRowFacts(row: Record<string, unknown>): RecordFacts {
  const addressed = (row.addressed as { posts: number | null; units: number | null }[] | null) ?? []
  return {
    id: row.id as number,
    classification: row.classification,
    // LETTER_READ.authorFields: the author and the registrar.
    authors: [row.created_by_id, row.registered_by_id],
    addressees: addressed.flatMap((a) =>
      a.posts !== null ? [{ relationTo: 'posts', value: a.posts }] : a.units !== null ? [{ relationTo: 'units', value: a.units }] : [],
    ),
  }
}
