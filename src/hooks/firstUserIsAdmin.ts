import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account created on the admin's "first user" screen must be able to manage the
 * others, yet role fields are admin-only: so the very first account becomes the admin.
 * It keeps clearance `normal`: administering Dabir never means reading classified papers.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', req })
  if (existing.totalDocs === 0) {
    return { ...data, roles: ['admin'], clearance: 'normal', active: true }
  }
  return data
}
