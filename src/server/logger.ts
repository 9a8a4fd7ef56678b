import type { LoggerOptions } from 'pino'

/** pino's numeric levels (pino's `levels.values`): below `error` an entry is not a fault. */
const ERROR_LEVEL = 50

type LoggedError = { status?: unknown; message?: unknown; name?: unknown }

/** The error an entry carries: `logger.error(err)` or `logger.error({ err, msg })`. */
function carriedError(first: unknown): LoggedError | undefined {
  if (first instanceof Error) return first as LoggedError
  if (first && typeof first === 'object' && 'err' in first) {
    const err = (first as { err: unknown }).err
    if (err && typeof err === 'object') return err as LoggedError
  }
  return undefined
}

/** A refusal the server answered on purpose: an HTTP status from 400 to 499. */
export function isRefusal(err: LoggedError | undefined): boolean {
  return typeof err?.status === 'number' && err.status >= 400 && err.status < 500
}

/**
 * Options of the app's pino logger (Payload's `logger.options`).
 *
 * Payload logs every error a route answers (its `routeError` → `logError`) at `error` with the
 * stack, unless `loggingLevels[err.name]` says otherwise — and the production build minifies
 * the names of its error classes, so a name list cannot tell a refusal from a fault. This hook
 * reads the status instead: an entry at `error` (or above) whose error has a 4xx `status` (a
 * permission refusal, a 400 of bad input, a 404, a 409 of the letter rules, a 429 of the login
 * limit) is written at `info` as one line — the status, the error's name and its message —
 * without the stack. Anything else, a 5xx or an error without a status, stays as it was:
 * at `error`, with the stack.
 */
export const dabirLoggerOptions: LoggerOptions = {
  hooks: {
    logMethod(args, method, level) {
      const err = carriedError(args[0])
      if (level >= ERROR_LEVEL && isRefusal(err)) {
        const status = err!.status as number
        const message = typeof err!.message === 'string' ? err!.message : ''
        const name = typeof err!.name === 'string' ? err!.name : 'Error'
        return this.info({ status, error: name }, message)
      }
      return method.apply(this, args)
    },
  },
}
