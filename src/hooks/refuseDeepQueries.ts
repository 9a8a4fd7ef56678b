import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { messages } from '../messages'

/** `depth` beyond the configured maximum is refused rather than silently clamped. */
export const refuseDeepQueries: CollectionBeforeOperationHook = ({ args, req }) => {
  const depth = Number((args as { depth?: unknown }).depth ?? 0)
  const max = req.payload.config.maxDepth
  if (!Number.isFinite(depth) || depth > max || depth < 0) throw new APIError(messages.tooDeep(max), 400, null, true)
  return args
}
