import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { messages } from '../messages'

/** Deactivated accounts keep their history but may not log in. */
export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.active === false) {
    throw new APIError(messages.inactiveAccount, 403, null, true)
  }
  return user
}
