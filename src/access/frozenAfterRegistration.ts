import type { FieldAccess } from 'payload'

import { letterMessages } from '../lib/letters/messages'
import { sameValue } from '../lib/compare'
import { mayCorrect } from './policies'
import { refuse } from '../server/refuse'

/**
 * Field-level update access for what registration freezes. The admin renders such a field
 * read-only once the letter is registered (the office chief still sees it editable, to
 * correct with a reason; numbering fields are not correctable at all). A changed value from anyone else is refused with 409 rather than
 * silently dropped — Payload would otherwise just strip a field its access denies.
 */
export const frozenAfterRegistration =
  (field: string, opts: { correctable?: boolean } = {}): FieldAccess =>
  async ({ doc, req, siblingData }) => {
    if (!doc || !doc.status || doc.status === 'draft') return true
    const correctable = opts.correctable ?? true
    if (correctable && doc.status === 'registered' && mayCorrect(req.user)) return true
    const incoming = siblingData as Record<string, unknown> | undefined
    if (incoming && field in incoming && !sameValue(incoming[field], (doc as Record<string, unknown>)[field])) {
      await refuse(req, { message: letterMessages.frozen([field]), status: 409, action: 'update', collection: 'letters', id: doc.id, classification: doc.classification })
    }
    return false
  }
