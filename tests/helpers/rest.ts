import { handleEndpoints } from 'payload'

import { guardedGraphqlPost } from '../../src/server/graphql/guardedGraphql'
import { checkRestRequest } from '../../src/server/http/requestLimits'
import { testPayload } from './payload'

export type RestResult = { status: number; body: any; headers: Headers }

/** Status, headers and body (parsed when it is JSON) of a handler's response. */
export async function readResponse(response: Response): Promise<RestResult> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** Sends a request through the request limits and Payload's own fetch handler (as Next's route does), in-process. */
export async function send(request: Request): Promise<RestResult> {
  const payload = await testPayload()
  const checked = await checkRestRequest(request)
  if (checked instanceof Response) return readResponse(checked)
  return readResponse(await handleEndpoints({ config: payload.config, request: checked }))
}

const authHeaders = (token?: string, extra: Record<string, string> = {}) => {
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  return headers
}

/** Calls the REST API in-process. */
export function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<RestResult> {
  const headers = authHeaders(opts.token, { 'Content-Type': 'application/json', ...opts.headers })
  return send(
    new Request(`http://localhost:3000${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    }),
  )
}

/** POST a file to an upload collection, as a browser form would. */
export function uploadFile(collection: string, fileName: string, bytes: Uint8Array, token?: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(bytes)]), fileName)
  form.append('_payload', JSON.stringify(data))
  return send(new Request(`http://localhost:3000/api/${collection}`, { method: 'POST', headers: authHeaders(token), body: form }))
}

/** A GraphQL request through the handler the Next route /api/graphql serves (request limits included). */
export async function graphql(query: string, token?: string, variables?: Record<string, unknown>, accept?: string): Promise<RestResult> {
  return sendGraphql(JSON.stringify({ query, variables }), token, accept)
}

/** A raw GraphQL body (any JSON text: a batch, a huge query) through the same handler. */
export async function sendGraphql(body: string, token?: string, accept?: string): Promise<RestResult> {
  const payload = await testPayload()
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: authHeaders(token, { 'Content-Type': 'application/json', ...(accept ? { Accept: accept } : {}) }),
    body,
  })
  return readResponse(await guardedGraphqlPost(payload.config)(request))
}

/** GETs a binary response (a PDF) in-process: status, headers and the bytes. */
export async function restBytes(path: string, token?: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers; text: string }> {
  const payload = await testPayload()
  const response = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000${path}`, { headers: authHeaders(token) }) })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { status: response.status, bytes, headers: response.headers, text: new TextDecoder().decode(bytes) }
}
