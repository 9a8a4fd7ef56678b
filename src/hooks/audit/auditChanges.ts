import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { diffRecords } from '../../lib/audit/diff'
import type { AuditAction } from '../../lib/audit/vocabulary'
import { appendAudit, factsFor } from '../../server/audit'
import { auditContext } from './context'

type Doc = Record<string, unknown>
export type ActionsOf = (doc: Doc, previous: Doc | null, operation: 'create' | 'update') => AuditAction[]

const plain: ActionsOf = (_doc, _previous, operation) => [operation]

/** One entry per create or update (several when one save is, e.g., a role and a clearance change). */
export const auditChanges =
  (actionsOf: ActionsOf = plain): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const previous = operation === 'update' ? ((previousDoc ?? null) as Doc | null) : null
    const changes = diffRecords(previous, doc as Doc)
    const noted = auditContext(req).noted?.[`${collection.slug}:${doc.id}`]
    if (noted) Object.assign(changes.after, noted)
    const actions = actionsOf(doc as Doc, previous, operation)
    const batch = auditContext(req).batch
    if (batch) {
      for (const action of actions) batch[`${collection.slug}:${action}`] = (batch[`${collection.slug}:${action}`] ?? 0) + 1
      return doc
    }
    await appendAudit(
      req.payload,
      actions.map((action) =>
        factsFor(req, { action, collection: collection.slug, id: doc.id, classification: (doc.classification as string) ?? null, changes }),
      ),
    )
    return doc
  }

export const auditDeletes: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await appendAudit(req.payload, [
    factsFor(req, { action: 'delete', collection: collection.slug, id: doc.id, classification: doc.classification ?? null, changes: diffRecords(doc, {}) }),
  ])
  return doc
}

/** The registry's own vocabulary for a letter's save. */
export const letterActions: ActionsOf = (doc, previous, operation) => {
  if (operation === 'create') return [doc.status === 'registered' ? 'register' : 'create']
  if (previous?.status === 'draft' && doc.status === 'registered') return ['register']
  if (previous?.status === 'registered' && doc.status === 'cancelled') return ['cancel']
  const corrections = (value: unknown) => (Array.isArray(value) ? value.length : 0)
  if (corrections(doc.corrections) > corrections(previous?.corrections)) return ['correct']
  return ['update']
}

/** Role and clearance changes are entries of their own. */
export const userActions: ActionsOf = (doc, previous, operation) => {
  if (operation === 'create') return ['create']
  const diff = diffRecords(previous, doc)
  const actions: AuditAction[] = []
  if ('roles' in diff.after) actions.push('role-change')
  if ('clearance' in diff.after) actions.push('clearance-change')
  const other = Object.keys(diff.after).filter((key) => key !== 'roles' && key !== 'clearance')
  if (other.length || !actions.length) actions.push('update')
  return actions
}
