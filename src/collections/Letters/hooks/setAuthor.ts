import type { CollectionBeforeChangeHook } from 'payload'

/** The author of a letter is whoever creates it (server-set; clients cannot claim another). */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.createdBy = req.user?.id ?? null
  return data
}
