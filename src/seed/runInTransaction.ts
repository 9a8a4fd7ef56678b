import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { auditContext } from '../hooks/audit/context'
import { appendAudit, factsFor } from '../server/audit'

/**
 * Runs `work` on one request-scoped transaction: all of it lands, or none of it. The audit
 * trail gets one entry for the whole load once it has landed (`label` says what it was),
 * not thousands of per-record entries.
 */
export async function runInTransaction<T>(payload: Payload, label: string, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const batch: Record<string, number> = {}
  auditContext(req).batch = batch
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    if (Object.keys(batch).length) {
      await appendAudit(payload, [factsFor(req, { action: 'create', message: label, changes: { before: null, after: batch } })])
    }
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
