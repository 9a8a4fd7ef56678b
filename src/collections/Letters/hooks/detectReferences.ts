import type { CollectionBeforeChangeHook } from 'payload'

import { richTextToPlain } from '../../../lib/letters/text'
import { detectReferences as findNumbers } from '../../../lib/registry'
import { registryBooksFor } from '../registryBooks'

/**
 * Registry numbers of ours mentioned in the subject or body («عطف به نامه ۱۴۰۵/و/۱۲»)
 * become suggested links, whichever digits were typed — those the writer may see.
 */
export const detectReferences: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('subject' in data) && !('body' in data)) return data
  const text = [data.subject ?? originalDoc?.subject ?? '', richTextToPlain(data.body ?? originalDoc?.body)].join('\n')
  // No digit, no registry number: skip the work for most subjects.
  if (!/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(text)) {
    data.detectedReferences = []
    return data
  }
  const formats = (await registryBooksFor(req)).map((b) => ({ id: b.id, template: b.format, code: b.code, unit: b.unitCode }))
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
    // Only letters the writer may see: a number typed into a draft must not tell whether a
    // hidden letter carries it.
    overrideAccess: !req.user,
    user: req.user,
  })
  data.detectedReferences = letters.docs.filter((l) => l.id !== originalDoc?.id).map((l) => l.id)
  return data
}
