import type { CollectionBeforeOperationHook } from 'payload'

import { auditContext } from './context'

/** Remembers the request's outermost operation (see auditReads). */
export const markOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const operations = (auditContext(req).operations ??= {})
  operations[collection.slug] ??= operation
  return args
}
