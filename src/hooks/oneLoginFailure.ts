import type { AfterErrorHook } from 'payload'

import { accountMessages } from '../lib/accounts/messages'
import { loginAttemptOf } from './throttleLogin'

/**
 * A refused login says the same whatever refused it — an unknown address, a wrong password, a
 * locked account (Payload's lockout), a deactivated one (refuseInactiveLogin) — so the answer
 * never tells which accounts exist or which password was right: 401 and one Persian message,
 * on REST and GraphQL. The audit trail keeps the real reason. Rate-limit refusals (429) and
 * malformed requests (400) keep their own answers.
 */
export const oneLoginFailure: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  if (!req || !loginAttemptOf(req)) return
  const e = ((error as { originalError?: unknown })?.originalError ?? error) as { status?: number }
  const status = e?.status ?? 500
  if (status !== 401 && status !== 403 && status !== 423) return
  const message = accountMessages.loginFailed
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...(graphqlResult.extensions ?? {}), name: 'AuthenticationError', statusCode: 401, data: undefined },
      },
    }
  }
  return { status: 401, response: { ...(result ?? {}), errors: [{ message }] } }
}
