import { handleEndpoints } from 'payload'

import { testPayload } from './payload'

export type RestResult = { status: number; body: any; headers: Headers }

/** Calls the REST API in-process through Payload's own fetch handler (the one Next's route uses). */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  opts: { body?: unknown; token?: string } = {},
): Promise<RestResult> {
  const payload = await testPayload()
  const headers = new Headers({ 'Content-Type': 'application/json' })
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
