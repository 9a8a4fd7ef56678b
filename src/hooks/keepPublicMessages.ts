import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Our refusals are `APIError(message, status, null, true)`. Payload's formatter passes such a
 * message on only when the error has a class name, and the production build minifies class
 * names away; the person then reads «An unknown error occurred.» instead of the Persian
 * reason. A public client error keeps its own message.
 */
export const keepPublicMessages: AfterErrorHook = ({ error, result }) => {
  const e = error as { isPublic?: boolean; status?: number; message?: string }
  const status = e.status ?? 500
  if (!e.isPublic || status >= 500 || !e.message) return
  const errors = (result as { errors?: { message?: string }[] } | undefined)?.errors
  if (!errors?.length || errors[0]?.message !== UNKNOWN) return
  return { status, response: { ...result, errors: [{ ...errors[0], message: e.message }] } }
}
