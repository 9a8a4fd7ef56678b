import type { AfterErrorHook } from 'payload'

import { messages } from '../messages'

// Errors the multipart parser (busboy) throws on a request it cannot read.
const MALFORMED = /Malformed part header|Unexpected end of form|Boundary not found|Malformed urlencoded form|Unexpected end of multipart data/i
// Payload's own refusal of a `where` or `sort` path (QueryError; its class name is minified in production).
const BAD_QUERY = /^The following paths? cannot be queried:|^Invalid sort/i

/**
 * A request the server cannot parse is the client's fault: 400 with a Persian message, not 500.
 * Queries are judged before they run (src/hooks/confineContentQueries.ts); a path Payload itself
 * refuses after that still answers in Persian.
 */
export const malformedRequestIs400: AfterErrorHook = ({ error, result }) => {
  const message = error?.message ?? ''
  if (MALFORMED.test(message)) return { status: 400, response: { ...result, errors: [{ message: messages.malformedRequest }] } }
  if (BAD_QUERY.test(message)) return { status: 400, response: { ...result, errors: [{ message: messages.query.malformed }] } }
}
