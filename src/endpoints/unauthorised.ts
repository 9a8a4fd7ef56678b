/** 401 with a Persian message, for custom endpoints called without a (valid, active) login. */
export const unauthorised = (message = 'برای این کار وارد سامانه شوید.') => Response.json({ errors: [{ message }] }, { status: 401 })
