import type { AfterErrorHook, PayloadRequest } from 'payload'

import type { AuditAction } from '../../lib/audit/vocabulary'
import { audit } from '../../server/audit'
import { auditContext } from './context'

const METHOD_ACTIONS: Record<string, AuditAction> = { GET: 'read', POST: 'create', PATCH: 'update', PUT: 'update', DELETE: 'delete' }

function statusOf(error: unknown): number {
  const e = error as { status?: number; originalError?: { status?: number } }
  return e?.originalError?.status ?? e?.status ?? 500
}

function graphqlAction(field: string): AuditAction {
  if (field === 'loginUser') return 'login-failed'
  const verb = /^(create|update|delete)/.exec(field)?.[1]
  return (verb as AuditAction | undefined) ?? 'read'
}

/**
 * Refused and failed requests through REST and GraphQL, whatever refused them (access,
 * validation, a hook, a failed registration whose transaction rolled back). Refusals our own
 * hooks already recorded are not repeated. A 404 for a record that does not exist is not an
 * attempt on anything.
 */
export const auditFailures: AfterErrorHook = async ({ error, req, collection }) => {
  try {
    const request = req as PayloadRequest | undefined
    if (!request?.payload || auditContext(request).refusalRecorded) return
    const status = statusOf(error)
    const path = (error as { path?: readonly (string | number)[] }).path
    const isGraphql = request.payloadAPI === 'GraphQL'
    const url = request.url ?? ''
    let action: AuditAction
    if (isGraphql) action = graphqlAction(String(path?.[0] ?? ''))
    else if (/\/login\/?(\?|$)/.test(url) && request.method === 'POST') action = 'login-failed'
    else action = METHOD_ACTIONS[request.method ?? 'GET'] ?? 'read'
    if (status === 404 && action === 'read') return
    const data = (request.data ?? {}) as Record<string, unknown>
    if (action === 'create' && data.status === 'registered') action = 'register'
    const attempted = action === 'login-failed' && typeof data.email === 'string' ? ` (${data.email.slice(0, 120)})` : ''
    auditContext(request).refusalRecorded = true
    await audit(request, {
      action,
      outcome: status === 401 || status === 403 || action === 'login-failed' ? 'denied' : 'failed',
      collection: collection?.slug ?? (request.routeParams?.collection as string | undefined) ?? (isGraphql ? 'graphql' : null),
      id: (request.routeParams?.id as string | undefined) ?? null,
      message: `${status}: ${String((error as Error)?.message ?? '').slice(0, 300)}${attempted}${isGraphql && path ? ` [${path.join('.')}]` : ''}`,
    })
  } catch (failure) {
    req?.payload?.logger.error({ err: failure, msg: 'could not record a failed request in the audit trail' })
  }
}
