import { idOf } from '../../lib/compare'
import { richTextToPlain } from '../../lib/letters/text'
import type { SearchSpec } from '../../server/search/types'

const ANSWERED = new Set(['done', 'returned', 'in-progress', 'seen'])

/**
 * A referral's response (گزارش اقدام) in the lookup: readable by its sender and recipients, and
 * by whoever may read the paper it carries — the paper's classification and grants apply.
 */
export const referralResponseSearch: SearchSpec = {
  label: 'پاسخ ارجاع',
  readAs: 'letters',
  entry: async (doc, req) => {
    const response = richTextToPlain(doc.response)
    const letterId = idOf((doc.record as { value?: unknown } | null)?.value ?? doc.record)
    if (!response || letterId === null || !ANSWERED.has(String(doc.state))) return null
    // System lookup of the paper's header for the index entry (filtered by the read rule at search time).
    const letter = await req.payload.findByID({ collection: 'letters', id: letterId, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!letter) return null
    return {
      title: `پاسخ ارجاع: ${letter.subject}`,
      registryNumber: letter.registryNumber ?? null,
      header: '',
      content: [response, doc.instruction].filter(Boolean).join('\n'),
      date: String(doc.updatedAt ?? doc.createdAt),
      classification: String(letter.classification ?? 'normal'),
      dossier: idOf(letter.dossier) as number | null,
      grantId: Number(letterId),
      authors: [doc.from, ...((doc.to as unknown[]) ?? [])],
      addressees: [],
    }
  },
}
