import type { PayloadRequest } from 'payload'

/** Any active, logged-in user. Returns a plain boolean, so it also serves as admin-panel access. */
export const isAuthenticated = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user && req.user.active !== false)
