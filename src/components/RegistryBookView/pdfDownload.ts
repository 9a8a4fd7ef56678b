// Fetches a PDF the API makes for the logged-in user, so a refusal shows as its Persian message
// on the page (not as JSON in a new tab), and a success becomes a local blob to open or save.

export type PdfResult = { ok: true; url: string; filename: string; size: number } | { ok: false; message: string }

const FALLBACK = 'PDF ساخته نشد؛ دوباره بکوشید.'
const OFFLINE = 'به سامانه دسترسی نیست؛ اتصال را بررسی کنید.'

/** The file name of `Content-Disposition` (RFC 5987 `filename*` first), or `fallback`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '')
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      // fall through
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(disposition ?? '')
  return plain?.[1] ?? fallback
}

/** GET `url` (same origin, session cookie); the caller revokes `url` of a result it replaces. */
export async function fetchPdf(url: string, fallbackName: string): Promise<PdfResult> {
  let res: Response
  try {
    res = await fetch(url, { credentials: 'include' })
  } catch {
    return { ok: false, message: OFFLINE }
  }
  if (!res.ok) {
    const json = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    return { ok: false, message: json?.errors?.[0]?.message || FALLBACK }
  }
  const blob = await res.blob()
  return { ok: true, url: URL.createObjectURL(blob), filename: filenameOf(res.headers.get('content-disposition'), fallbackName), size: blob.size }
}
