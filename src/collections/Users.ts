import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, isAuthenticated } from '../access'
import { auditLogin, auditLogout } from '../hooks/audit/auditSessions'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { refuseInactiveLogin } from '../hooks/refuseInactiveLogin'
import { clearanceOptions } from '../lib/security/clearance'
import { roleOptions } from '../lib/security/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'کاربر', plural: 'کاربران' },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'post', 'clearance', 'active'],
    group: 'سازمان',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
  },
  access: {
    // The directory of colleagues is needed to route papers; what a user may *do* is field- and role-limited.
    read: isAuthenticated,
    create: isAdmin,
    update: isAdminOrSelf,
    // Accounts are deactivated, never deleted: their names stay on what they registered and signed.
    delete: () => false,
    admin: isAuthenticated,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeLogin: [refuseInactiveLogin],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
  },
  fields: [
    { name: 'fullName', type: 'text', label: 'نام و نام خانوادگی', required: true },
    {
      name: 'post',
      type: 'relationship',
      relationTo: 'posts',
      label: 'سمت',
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'roles',
      type: 'select',
      label: 'نقش‌ها',
      hasMany: true,
      options: roleOptions,
      defaultValue: ['expert'],
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'clearance',
      type: 'select',
      label: 'سطح دسترسی طبقه‌بندی',
      options: clearanceOptions,
      defaultValue: 'normal',
      required: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: 'فعال',
      defaultValue: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
