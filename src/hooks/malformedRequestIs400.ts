import type { AfterErrorHook } from 'payload'

import { messages } from '../messages'

// Errors the multipart parser (busboy) throws on a request it cannot read.
const MALFORMED = /Malformed part header|Unexpected end of form|Boundary not found|Malformed urlencoded form|Unexpected end of multipart data/i

/** A request the server cannot parse is the client's fault: 400 with a Persian message, not 500. */
export const malformedRequestIs400: AfterErrorHook = ({ error, result }) => {
  if (!MALFORMED.test(error?.message ?? '')) return
  return { status: 400, response: { ...result, errors: [{ message: messages.malformedRequest }] } }
}
