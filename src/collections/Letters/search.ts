import type { PayloadRequest } from 'payload'

import { factsOf } from '../../access/readRule'
import { idOf } from '../../lib/compare'
import { LETTER_KIND_LABELS, toOptions } from '../../lib/letters/options'
import { richTextToPlain } from '../../lib/letters/text'
import type { SearchSpec } from '../../server/search/types'
import { LETTER_READ } from './readSpec'

/** The sender's name and division (a correspondent has both; a post has its title). */
async function senderOf(sender: unknown, req: PayloadRequest): Promise<{ ref: string | null; name: string; division: number | null }> {
  const rel = sender as { relationTo?: string; value?: unknown } | null
  const id = idOf(rel?.value)
  if (!rel?.relationTo || id === null) return { ref: null, name: '', division: null }
  const ref = `${rel.relationTo}:${id}`
  // System lookup of a name for the index, on the request's transaction; what the index
  // shows is filtered by the read rule at search time.
  const doc = (await req.payload.findByID({ collection: rel.relationTo as 'correspondents' | 'posts', id, depth: 0, disableErrors: true, overrideAccess: true, req })) as
    | Record<string, unknown>
    | null
  const name = String(doc?.name ?? doc?.title ?? '')
  return { ref, name, division: rel.relationTo === 'correspondents' ? (idOf(doc?.division) as number | null) : null }
}

/** Letters in the lookup: header = subject, number, sender, keywords; content = summary, body, sender's number. */
export const letterSearch: SearchSpec = {
  label: 'نامه',
  kinds: toOptions(LETTER_KIND_LABELS),
  entry: async (doc, req) => {
    const sender = await senderOf(doc.sender, req)
    const facts = factsOf(doc, LETTER_READ)
    const keywords = Array.isArray(doc.keywords) ? (doc.keywords as string[]).join(' ') : ''
    return {
      title: String(doc.subject ?? ''),
      registryNumber: (doc.registryNumber as string | null) ?? null,
      contentNumber: (doc.senderNumber as string | null) ?? null,
      header: [doc.subject, doc.registryNumber, sender.name, keywords].filter(Boolean).join('\n'),
      content: [doc.summary, richTextToPlain(doc.body), doc.senderNumber].filter(Boolean).join('\n'),
      date: (doc.registeredAt ?? doc.createdAt) as string,
      classification: String(doc.classification ?? 'normal'),
      kind: (doc.kind as string | null) ?? null,
      dossier: idOf(doc.dossier) as number | null,
      division: sender.division,
      senderRef: sender.ref,
      authors: facts.authors,
      addressees: facts.addressees,
    }
  },
}
