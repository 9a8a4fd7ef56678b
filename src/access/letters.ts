import type { Access, Where } from 'payload'

import { LETTER_READ } from '../collections/Letters/readSpec'
import { maySaveOthersPapers } from './policies'
import { levelsClearedBy } from '../lib/security/clearance'
import { canSee, contentWhere, declareQueriesOf, readerOf } from './readRule'

/** Letters a user sees: the clearance rule. */
export const readLetters: Access = canSee('letters', LETTER_READ)

// What a letter's filters and sorts may name, under the same rule.
declareQueriesOf('letters', LETTER_READ)

/**
 * Letters a user may save: those whose content they may read, and of those, their own drafts
 * unless they register, correct or cancel (the secretariat) or sign (director, deputies).
 * What may change in which state is the letters' hooks' business.
 */
export const updateLetters: Access = async ({ req }) => {
  const reader = await readerOf(req, 'letters')
  if (!reader) return false
  const content = contentWhere(reader, LETTER_READ)
  if (maySaveOthersPapers(req.user)) return content
  return { and: [content, { createdBy: { equals: reader.id } }] }
}

/** Deleting is judged by the beforeDelete hook (drafts, by their author); it must reach the content. */
export const deleteLetters: Access = async ({ req }) => {
  const reader = await readerOf(req, 'letters')
  return reader ? contentWhere(reader, LETTER_READ) : false
}

/**
 * A version is a copy of the letter: it is read by those who may read the letter's content as
 * it is *now* (a letter raised to secret takes its history with it) and who are cleared for
 * the version's own level (a declassified letter keeps its secret history secret). Both halves
 * are `where`s, so lists, counts, findVersionByID, GraphQL and the admin filter in the database.
 */
export const readLetterVersions: Access = async ({ req }) => {
  const reader = await readerOf(req, 'letters')
  if (!reader) return false
  return { and: [inParent(contentWhere(reader, LETTER_READ)), { 'version.classification': { in: levelsClearedBy(reader.clearance) } }] }
}

/** A `where` on a record, rewritten to judge its versions by the record as it is now (`parent.x`). */
export function inParent(where: Where): Where {
  return rewrite(where, (key) => (key === 'id' ? 'parent' : `parent.${key}`))
}

function rewrite(where: Where, path: (key: string) => string): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') out[key] = (value as Where[]).map((w) => rewrite(w, path))
    else out[path(key)] = value
  }
  return out
}
