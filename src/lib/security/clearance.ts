/**
 * Classification / clearance levels, lowest to highest. The same scale labels a
 * record's classification and a user's clearance, so one comparison serves both.
 */
export const CLEARANCE_LEVELS = [
  'normal',
  'confidential',
  'highly-confidential',
  'secret',
  'top-secret',
] as const

export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number]

export const CLEARANCE_LABELS: Record<ClearanceLevel, string> = {
  normal: 'عادی',
  confidential: 'محرمانه',
  'highly-confidential': 'خیلی محرمانه',
  secret: 'سری',
  'top-secret': 'به‌کلی سری',
}

export const clearanceOptions = CLEARANCE_LEVELS.map((value) => ({
  label: CLEARANCE_LABELS[value],
  value,
}))

export function isClearanceLevel(value: unknown): value is ClearanceLevel {
  return typeof value === 'string' && (CLEARANCE_LEVELS as readonly string[]).includes(value)
}

/** Rank on the scale; unknown or missing values rank as the lowest (fail closed). */
export function clearanceRank(level: unknown): number {
  return isClearanceLevel(level) ? CLEARANCE_LEVELS.indexOf(level) : 0
}

/** True when a holder of `clearance` may read a record classified `classification`. */
export function clears(clearance: unknown, classification: unknown): boolean {
  // An unknown classification is treated as the highest, so a typo never exposes a paper.
  const docRank = isClearanceLevel(classification) ? clearanceRank(classification) : CLEARANCE_LEVELS.length - 1
  return isClearanceLevel(clearance) && clearanceRank(clearance) >= docRank
}

/** Levels a holder of `clearance` may read, e.g. for a `where: { classification: { in } }`. */
export function levelsClearedBy(clearance: unknown): ClearanceLevel[] {
  if (!isClearanceLevel(clearance)) return []
  return CLEARANCE_LEVELS.slice(0, clearanceRank(clearance) + 1)
}
