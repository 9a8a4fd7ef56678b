import { sameValue } from '../compare'

/**
 * Whether an update would change nothing stored: every key of `data` that is one of `stored`
 * (the record's stored fields) already holds that value in `original`, as a person compares
 * values (src/lib/compare). Keys outside `stored` (virtual fields such as a reason to give)
 * change nothing by themselves.
 */
export function changesNothing(original: Record<string, unknown>, data: Record<string, unknown>, stored: ReadonlySet<string>): boolean {
  return Object.keys(data).every((key) => !stored.has(key) || sameValue(original[key], data[key]))
}
