import { comparable, sameValue } from '../compare'

/** Fields never worth recording: bookkeeping, secrets of the auth strategy, computed companions. */
const IGNORED = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'password',
  'correctionReason',
  'deliberateDuplicate',
])

const ignored = (key: string) => IGNORED.has(key) || key.endsWith('Jalali')

export interface Changes {
  before: Record<string, unknown>
  after: Record<string, unknown>
}

/** The fields that differ between two versions of a record, with their before and after values. */
export function diffRecords(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): Changes {
  const out: Changes = { before: {}, after: {} }
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  for (const key of keys) {
    if (ignored(key) || key === 'id') continue
    const a = before?.[key]
    const b = after[key]
    if (sameValue(a, b)) continue
    out.before[key] = comparable(a)
    out.after[key] = comparable(b)
  }
  return out
}
