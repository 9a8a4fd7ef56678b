import { APIError, type PayloadRequest } from 'payload'

import type { AuditAction } from '../lib/audit/vocabulary'
import { auditContext } from '../hooks/audit/context'
import { audit } from './audit'

export interface Refusal {
  message: string
  status: number
  action: AuditAction
  collection: string
  id?: number | string | null
  classification?: string | null
}

/**
 * Refuses a request with a Persian message and records the refusal in the audit trail first
 * (on its own connection, so the entry outlives the transaction the refusal rolls back).
 * Works the same through every interface, the Local API included.
 */
export async function refuse(req: PayloadRequest, refusal: Refusal): Promise<never> {
  const { message, status, ...target } = refusal
  await audit(req, { ...target, outcome: status === 400 ? 'failed' : 'denied', message })
  auditContext(req).refusalRecorded = true
  throw new APIError(message, status, null, true)
}
