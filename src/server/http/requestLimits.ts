import { JSON_MAX_NESTING, jsonMaxBytes, LIST_MAX_LIMIT } from '../../lib/limits'
import { limitMessages } from '../../lib/limits/messages'

/** A refusal in the shape Payload answers errors with (`errors[0].message`), for REST and GraphQL alike. */
export function refusal(status: number, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })
}

/**
 * The body's bytes, read no further than `maxBytes`: a declared Content-Length above it is
 * refused unread, and a body streamed without one is cut off at the limit. null: too large.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * How deeply objects and arrays nest in a JSON text, counted by one pass over the characters
 * (no recursion, so a hostile text cannot exhaust the stack); stops counting past `stopAt`.
 */
export function jsonNesting(text: string, stopAt = Infinity): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > stopAt) return deepest
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--
  }
  return deepest
}

export type ParsedJson = { ok: true; data: unknown; bytes: Uint8Array } | { ok: false; response: Response }

/** Reads and parses a JSON body within the size and nesting limits; a refusal is a Persian 413 or 400. */
export async function readJsonWithin(request: Request): Promise<ParsedJson> {
  const max = jsonMaxBytes()
  const bytes = await readBodyWithin(request, max)
  if (!bytes) return { ok: false, response: refusal(413, limitMessages.bodyTooLarge(max)) }
  const text = new TextDecoder().decode(bytes)
  if (text.trim() === '') return { ok: true, data: undefined, bytes }
  if (jsonNesting(text, JSON_MAX_NESTING) > JSON_MAX_NESTING) return { ok: false, response: refusal(400, limitMessages.jsonTooDeep(JSON_MAX_NESTING)) }
  try {
    return { ok: true, data: JSON.parse(text), bytes }
  } catch {
    return { ok: false, response: refusal(400, limitMessages.invalidJson) }
  }
}

/** The same request with its body replaced by bytes already read. */
export function withBody(request: Request, bytes: Uint8Array): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body: bytes.byteLength ? (bytes as BodyInit) : undefined, signal: request.signal })
}

/**
 * A list's paging parameters, wherever they were sent (query string or a GET-override body):
 * `limit` must be a whole number from 1 to LIST_MAX_LIMIT, and `pagination=false` («everything»)
 * is refused. null when acceptable.
 */
export function checkPaging(params: { get(name: string): unknown }): Response | null {
  const limit = params.get('limit')
  if (limit !== null && limit !== undefined && limit !== '') {
    const n = Number(limit)
    if (!Number.isInteger(n) || n < 1 || n > LIST_MAX_LIMIT) return refusal(400, limitMessages.listLimit(LIST_MAX_LIMIT))
  }
  const pagination = params.get('pagination')
  if (pagination === false || pagination === 'false') return refusal(400, limitMessages.noPagination)
  return null
}

const isJson = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/json'
const isForm = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded'

/**
 * Checks a REST request before Payload reads it: JSON bodies within the size and nesting limits
 * and well formed; reads (GET, and POST with a GET override as the admin sends them) page
 * within LIST_MAX_LIMIT. Returns the request to hand on (its body re-attached when it was read)
 * or the Persian refusal. Bulk PATCH/DELETE keep `limit=0`: the admin's «select all» sends it,
 * and those go through each record's own access rules.
 */
export async function checkRestRequest(request: Request): Promise<Request | Response> {
  const method = request.method.toUpperCase()
  const override = (request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override') ?? '').toUpperCase()
  const reads = method === 'GET' || (method === 'POST' && override === 'GET')
  if (reads) {
    const refused = checkPaging(new URL(request.url).searchParams)
    if (refused) return refused
  }
  if (!['POST', 'PATCH', 'PUT'].includes(method)) return request
  if (isJson(request)) {
    const parsed = await readJsonWithin(request)
    if (!parsed.ok) return parsed.response
    if (reads && parsed.data && typeof parsed.data === 'object') {
      const data = parsed.data as Record<string, unknown>
      const refused = checkPaging({ get: (name) => data[name] ?? null })
      if (refused) return refused
    }
    return withBody(request, parsed.bytes)
  }
  if (reads && isForm(request)) {
    const bytes = await readBodyWithin(request, jsonMaxBytes())
    if (!bytes) return refusal(413, limitMessages.bodyTooLarge(jsonMaxBytes()))
    const refused = checkPaging(new URLSearchParams(new TextDecoder().decode(bytes)))
    if (refused) return refused
    return withBody(request, bytes)
  }
  return request
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** A Next route handler behind checkRestRequest. */
export function withRequestLimits<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const checked = await checkRestRequest(request)
    return checked instanceof Response ? checked : handler(checked, context)
  }
}
