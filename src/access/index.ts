export { isAdmin, isAdminField } from './isAdmin'
export { isAdminOrSelf } from './isAdminOrSelf'
export { isAuthenticated } from './isAuthenticated'
export { hasAnyRole } from './hasAnyRole'
