import type { CollectionBeforeChangeHook } from 'payload'

import { richTextToPlain } from '../../../lib/letters/text'
import { detectReferences as findNumbers } from '../../../lib/registry'

/**
 * Registry numbers of ours mentioned in the subject or body («عطف به نامه ۱۴۰۵/و/۱۲»)
 * become suggested links, whichever digits were typed.
 */
export const detectReferences: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('subject' in data) && !('body' in data)) return data
  const text = [data.subject ?? originalDoc?.subject ?? '', richTextToPlain(data.body ?? originalDoc?.body)].join('\n')
  const books = await req.payload.find({ collection: 'registry-books', pagination: false, depth: 1, req })
  const formats = books.docs.map((b) => ({
    id: b.id,
    template: b.format,
    code: b.code,
    unit: typeof b.unit === 'object' && b.unit ? b.unit.code : undefined,
  }))
  const found = findNumbers(text, formats)
  if (!found.length) {
    data.detectedReferences = []
    return data
  }
  const letters = await req.payload.find({
    collection: 'letters',
    where: { registryNumberKey: { in: found.map((f) => f.canonical) } },
    depth: 0,
    pagination: false,
    req,
  })
  data.detectedReferences = letters.docs.filter((l) => l.id !== originalDoc?.id).map((l) => l.id)
  return data
}
