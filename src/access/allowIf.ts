import type { Access } from 'payload'

type Someone = NonNullable<Parameters<Access>[0]['req']['user']>

/** Collection access for active users a role policy (src/access/policies.ts) lets through. */
export const allowIf =
  (policy: (user: Someone) => boolean): Access =>
  ({ req }) =>
    Boolean(req.user && req.user.active !== false && policy(req.user))
