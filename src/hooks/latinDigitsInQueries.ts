import type { CollectionBeforeOperationHook, Where } from 'payload'

import { toLatinDigits } from '../lib/persian/digits'

/**
 * Queries on fields kept with Latin digits (a letter's `registryNumberKey`): what the user
 * typed in Persian (۰-۹) or Arabic-Indic (٠-٩) digits is matched with Latin ones, so the list's
 * search box (a `like` on each searchable field) finds «۱۴۰۵/و/۱۲» however it was typed. Only
 * the query changes; stored text never does.
 */
export const latinDigitsInQueries =
  (fields: readonly string[]): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const where = (args as { where?: Where }).where
    if ((operation !== 'read' && operation !== 'count') || !where) return args
    return { ...args, where: rewrite(where, new Set(fields)) }
  }

function rewrite(where: Where, fields: ReadonlySet<string>): Where {
  const out: Where = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) out[key] = condition.map((w) => rewrite(w as Where, fields))
    else if (fields.has(key) && condition && typeof condition === 'object' && !Array.isArray(condition)) {
      out[key] = Object.fromEntries(Object.entries(condition).map(([operator, value]) => [operator, latin(value)]))
    } else out[key] = condition
  }
  return out
}

const latin = (value: unknown): unknown => (typeof value === 'string' ? toLatinDigits(value) : Array.isArray(value) ? value.map(latin) : value)
