import type { FieldHook } from 'payload'

import { letterSeen } from '../access/seenLetters'

/**
 * afterRead on a letter's links to other letters (عطف، پیرو، the numbers found in its text): a
 * linked letter the reader may not see is left out, on every door and at every depth, so a
 * visible letter does not tell that a hidden one exists, nor its id (Payload returns the bare id
 * at depth 0 whatever the reader may see). The system and reads with access overridden see all.
 */
export const hideUnseenLinks: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess !== false || !req.user || value === null || value === undefined) return value
  if (!Array.isArray(value)) return (await letterSeen(req, value)) ? value : null
  const kept: unknown[] = []
  for (const item of value) if (await letterSeen(req, item)) kept.push(item)
  return kept
}
