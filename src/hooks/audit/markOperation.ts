import type { CollectionBeforeOperationHook } from 'payload'

import { auditContext } from './context'

/** Remembers the request's outermost operation (see auditReads). */
export const markOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  auditContext(req).operation ??= operation
  return args
}
