import type { FieldHook } from 'payload'

import { letterSeen } from '../../../access/seenLetters'
import { idOf } from '../../../lib/compare'

/**
 * beforeValidate on a letter's links (عطف، پیرو). A writer never sees a link to a letter hidden
 * from them (hideUnseenLinks), so the admin's form sends the field back without it: the stored
 * hidden links are kept, so a save neither drops them nor, on a registered letter, counts as
 * changing a frozen field. Runs before the field's access (Payload's order), which compares.
 */
export const keepHiddenLinks: FieldHook = async ({ value, originalDoc, req, operation, field }) => {
  const name = 'name' in field ? field.name : undefined
  const stored = name && originalDoc ? (originalDoc as Record<string, unknown>)[name] : undefined
  if (operation !== 'update' || !req.user || stored === null || stored === undefined) return value
  if (Array.isArray(stored)) {
    if (!Array.isArray(value)) return value
    const sent = new Set(value.map(idOf))
    const kept = [...value]
    for (const link of stored) if (!sent.has(idOf(link)) && !(await letterSeen(req, link))) kept.push(link)
    return kept
  }
  return idOf(value) === null && !(await letterSeen(req, stored)) ? stored : value
}
