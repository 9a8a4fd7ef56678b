import { handleEndpoints } from 'payload'

import { testPayload } from './payload'

export type RestResult = { status: number; body: any; headers: Headers }

/** Calls the REST API in-process through Payload's own fetch handler (the one Next's route uses). */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<RestResult> {
  const payload = await testPayload()
  const headers = new Headers({ 'Content-Type': 'application/json', ...opts.headers })
  if (opts.token) headers.set('Authorization', `JWT ${opts.token}`)
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** A GraphQL request through the handler the Next route /api/graphql serves. */
export async function graphql(query: string, token?: string, variables?: Record<string, unknown>): Promise<RestResult> {
  const payload = await testPayload()
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
  return { status: response.status, body: await response.json(), headers: response.headers }
}
