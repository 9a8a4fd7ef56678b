import type { FieldAccess, Where } from 'payload'

import { clears, levelsClearedBy } from '../lib/security/clearance'
import { declareQueries } from './readRule'

/**
 * The audit trail's content: the before/after values of an entry (`changes`) are read only by
 * readers cleared for the entry's classification (an entry without one is `normal`). The same
 * rule as a field access (per entry) and as a `where` (for filters and sorts on `changes`).
 */
export const canReadAuditChanges: FieldAccess = ({ req, doc }) =>
  Boolean(req.user && req.user.active !== false && (!doc || clears(req.user.clearance, doc.classification ?? 'normal')))

const auditContentWhere = (clearance: unknown): Where => ({
  or: [{ classification: { in: levelsClearedBy(clearance) } }, { classification: { exists: false } }],
})

// What the trail's filters and sorts may name: its header; `changes` only under its rule.
declareQueries('audit-log', {
  header: ['id', 'at', 'actorId', 'actorEmail', 'action', 'targetCollection', 'targetId', 'classification', 'interface', 'outcome', 'message', 'prevHash', 'hash'],
  content: ['changes'],
  contentWhere: async (req) => auditContentWhere(req.user?.clearance),
})
