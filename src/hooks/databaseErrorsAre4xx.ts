import type { AfterErrorHook } from 'payload'

import { limitMessages } from '../lib/limits/messages'

/** PostgreSQL error codes a client's request can cause (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const CLIENT_CAUSED: Record<string, { status: number; message: string }> = {
  // foreign_key_violation: a link to a record that does not exist (a missing sender, recipient…).
  '23503': { status: 400, message: limitMessages.missingLink },
  // invalid_text_representation, numeric_value_out_of_range, datetime_field_overflow: a value the column cannot hold.
  '22P02': { status: 400, message: limitMessages.malformedValue },
  '22003': { status: 400, message: limitMessages.malformedValue },
  '22008': { status: 400, message: limitMessages.malformedValue },
  // query_canceled: statement_timeout (payload.config.ts) stopped a statement that ran too long.
  '57014': { status: 503, message: limitMessages.statementTimeout },
}

function postgresCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
    e = (e.cause ?? e.originalError) as typeof e
  }
  return undefined
}

/**
 * Errors the database raises because of what was sent (a missing linked record, a value the
 * column cannot hold) are the client's: a Persian 400, and the transaction has rolled back so
 * nothing is stored. A statement stopped by the timeout is a Persian 503. A JSON text Payload
 * parses itself (a multipart upload's `_payload`) that is not JSON is a 400 too.
 */
export const databaseErrorsAre4xx: AfterErrorHook = ({ error, result, graphqlResult }) => {
  const code = postgresCode(error)
  const known = code ? CLIENT_CAUSED[code] : error instanceof SyntaxError && /JSON/.test(error.message) ? { status: 400, message: limitMessages.invalidJson } : undefined
  if (!known) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: known.message, extensions: { ...graphqlResult.extensions, statusCode: known.status } } }
  return { status: known.status, response: { ...result, errors: [{ message: known.message }] } }
}
