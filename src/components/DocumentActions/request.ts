// The one way the admin's own components call the API: same-origin, with the session cookie,
// and a refusal turned into the Persian message the server wrote (never a raw status).

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string }

const FALLBACK = 'انجام نشد؛ دوباره بکوشید.'
const OFFLINE = 'به سامانه دسترسی نیست؛ اتصال را بررسی کنید.'

/**
 * Sends `body` as JSON (or a FormData as is) to `url` and reads the JSON answer.
 * Errors: never throws; a 4xx/5xx gives `{ ok: false, message }` with the server's first
 * Persian message (Payload's `{ errors: [{ message }] }`), a network failure a fixed Persian one.
 */
export async function requestJson<T = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<ApiResult<T>> {
  let res: Response
  try {
    res = await fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined || body instanceof FormData ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
  } catch {
    return { ok: false, status: 0, message: OFFLINE }
  }
  const json = (await res.json().catch(() => null)) as { errors?: { message?: string }[]; message?: string } | null
  if (res.ok) return { ok: true, status: res.status, data: json as T }
  return { ok: false, status: res.status, message: json?.errors?.[0]?.message || json?.message || FALLBACK }
}
