/**
 * Roles follow the posts of the org chart. A user may hold several
 * (e.g. a deputy who also audits). Access policies in src/access compose them.
 */
export const ROLES = [
  'admin',
  'director',
  'deputy',
  'secretariat',
  'group-head',
  'expert',
  'auditor',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'مدیر سامانه',
  director: 'مدیر کل',
  deputy: 'معاون',
  secretariat: 'دبیرخانه / رییس دفتر',
  'group-head': 'رییس گروه',
  expert: 'کارشناس',
  auditor: 'حسابرس',
}

export const roleOptions = ROLES.map((value) => ({ label: ROLE_LABELS[value], value }))

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

export function hasRole(user: { roles?: unknown } | null | undefined, role: Role): boolean {
  return Array.isArray(user?.roles) && user.roles.includes(role)
}
