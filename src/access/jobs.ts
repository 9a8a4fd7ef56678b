import type { CollectionConfig, PayloadRequest } from 'payload'

import { hasRole } from '../lib/security/roles'

/**
 * The job queue (mail, routing proposals, the morning digests) is the system's: it runs them
 * itself (cron, and hooks that queue with access skipped). Of the people, only the system admin
 * may queue, run or cancel jobs — `/api/payload-jobs/run`, `/handle-schedules` and the Local API
 * with `overrideAccess: false`. Payload's default lets any logged-in user do all three.
 */
export const mayManageJobs = ({ req }: { req: PayloadRequest }): boolean =>
  Boolean(req.user && req.user.active !== false && hasRole(req.user, 'admin'))

/**
 * The jobs collection over REST and GraphQL: the admin may read the queue; nobody creates,
 * changes or deletes a job through it (a job's input names a user it acts for, so writing one
 * would act in another's name).
 */
export const jobsCollectionAccess: CollectionConfig['access'] = {
  read: mayManageJobs,
  create: () => false,
  update: () => false,
  delete: () => false,
}
