import type { PayloadRequest } from 'payload'

/** Per-request bookkeeping for the audit hooks, kept in `req.context`. */
interface AuditContext {
  /**
   * The request's first (outermost) operation on each collection. Per collection, because
   * authenticating the request already reads `users`; population reads come after it.
   */
  operations?: Record<string, string>
  /** `collection:id` pairs whose read has been recorded in this request. */
  reads?: Set<string>
  /** Set when an entry already records this request's refusal, so afterError does not repeat it. */
  refusalRecorded?: boolean
  /** A bulk load (seeding): changes are tallied here and recorded as one entry once committed. */
  batch?: Record<string, number>
  /**
   * Changes a save made that the record's own values cannot show, by `collection:id`: a new
   * password is kept only as its hash, which is never recorded, so its change is noted here
   * (`{ password: 'تغییر کرد' }`) and added to the save's entry.
   */
  noted?: Record<string, Record<string, string>>
}

export function auditContext(req: PayloadRequest): AuditContext {
  return ((req.context as { dabirAudit?: AuditContext }).dabirAudit ??= {})
}

const WRITES = new Set(['create', 'update', 'delete'])

export const isWriteOperation = (operation: string | undefined) => WRITES.has(operation ?? '')
