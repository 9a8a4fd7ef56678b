import type { Access, Where } from 'payload'

import { LETTER_READ } from '../collections/Letters/readSpec'
import { maySaveOthersPapers } from './policies'
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

/** Versions hold old bodies and sender numbers: only for readers of the content. */
export const readLetterVersions: Access = async ({ req }) => {
  const reader = await readerOf(req, 'letters')
  return reader ? inVersion(contentWhere(reader, LETTER_READ)) : false
}

/** A `where` on a record, rewritten for its versions table (`version.x`, and `parent` for the id). */
export function inVersion(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') out[key] = (value as Where[]).map(inVersion)
    else out[key === 'id' ? 'parent' : `version.${key}`] = value
  }
  return out
}
