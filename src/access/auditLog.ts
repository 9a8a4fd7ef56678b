import type { Where } from 'payload'

import { levelsClearedBy } from '../lib/security/clearance'
import { declareQueries } from './readRule'

/**
 * What the audit trail's filters and sorts may name. Its content, the before/after values
 * (`changes`), is read per entry by src/access/auditChanges.ts; here the same level rule as a
 * `where`, so a filter on `changes` only looks at entries the reader is cleared for.
 */
const auditContentWhere = (clearance: unknown): Where => ({
  or: [{ classification: { in: levelsClearedBy(clearance) } }, { classification: { exists: false } }],
})

// What the trail's filters and sorts may name: its header; `changes` only under its rule.
declareQueries('audit-log', {
  header: ['id', 'at', 'actorId', 'actorEmail', 'action', 'targetCollection', 'targetId', 'classification', 'interface', 'outcome', 'message', 'prevHash', 'hash'],
  content: ['changes'],
  contentWhere: async (req) => auditContentWhere(req.user?.clearance),
})
