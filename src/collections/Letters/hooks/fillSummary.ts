import type { CollectionBeforeChangeHook } from 'payload'

import { richTextToPlain } from '../../../lib/letters/text'
import { summarize } from '../../../lib/summarize'

/** Papers the director reads about rather than reads: incoming letters and internal reports. */
const SUMMARISED_KINDS = new Set(['incoming', 'internal'])

/**
 * A paper registered without a summary gets one from its body (src/lib/summarize), marked as
 * machine-made; once a person writes or edits the summary, the mark goes.
 */
export const fillSummary: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const edited = 'summary' in data && (operation === 'create' ? Boolean(String(data.summary ?? '').trim()) : data.summary !== originalDoc?.summary)
  if (edited) data.summaryMachineMade = false
  const merged = { ...originalDoc, ...data }
  const registering = merged.status === 'registered' && (operation === 'create' || originalDoc?.status !== 'registered')
  if (!registering || !SUMMARISED_KINDS.has(merged.kind) || String(merged.summary ?? '').trim()) return data
  const summary = summarize(richTextToPlain(merged.body), { title: merged.subject })
  if (summary) {
    data.summary = summary
    data.summaryMachineMade = true
  }
  return data
}
