import type { Payload, PayloadRequest } from 'payload'

import { orderDivisions, validateDivisions } from '../lib/divisions/validate'
import { SeedError } from './SeedError'
import { changedFields, emptyTally, type SeedTally } from './tally'

/**
 * Loads a country-divisions file (province → county → district → rural district / city)
 * idempotently, keyed by the source id (`county:0701`), parents before children.
 */
export async function seedDivisions(
  payload: Payload,
  data: unknown,
  fileName: string,
  req: PayloadRequest,
): Promise<SeedTally> {
  const result = validateDivisions(data, fileName)
  if (!result.ok) throw new SeedError(result.errors)
  const tally = emptyTally()

  const existing = await payload.find({ collection: 'divisions', pagination: false, depth: 0, req })
  const bySourceId = new Map(existing.docs.map((d) => [d.sourceId, d]))
  const ids = new Map<string, number>()

  for (const node of orderDivisions(result.divisions)) {
    const wanted = {
      sourceId: node.id,
      name: node.name_fa,
      nameEn: node.name_en ?? null,
      type: node.type,
      code: node.code,
      parent: node.parentId ? (ids.get(node.parentId) ?? null) : null,
    }
    const current = bySourceId.get(node.id)
    if (!current) {
      const created = await payload.create({ collection: 'divisions', data: wanted, req })
      ids.set(node.id, created.id)
      tally.created++
      continue
    }
    ids.set(node.id, current.id)
    const changes = changedFields(current as unknown as Record<string, unknown>, wanted)
    if (Object.keys(changes).length === 0) {
      tally.unchanged++
    } else {
      await payload.update({ collection: 'divisions', id: current.id, data: changes, req })
      tally.updated++
    }
  }
  return tally
}
