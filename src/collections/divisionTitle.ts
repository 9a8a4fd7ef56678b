import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../lib/compare'
import { divisionTitle } from '../lib/divisions/title'

type Division = { id?: number; name?: string; type?: string; parent?: unknown; title?: string }

/** The nearest county above `parent` (walks up at most the five levels the data has). */
async function countyAbove(req: Parameters<CollectionBeforeChangeHook>[0]['req'], parent: unknown): Promise<string | null> {
  let id = idOf(parent as never)
  for (let hops = 0; id && hops < 5; hops++) {
    // System read: the title names the county whatever the writer may read (divisions are public to staff).
    const doc = (await req.payload.findByID({ collection: 'divisions', id, depth: 0, req, overrideAccess: true, select: { name: true, type: true, parent: true } as never })) as Division
    if (doc.type === 'county') return doc.name ?? null
    if (doc.type === 'province') return null
    id = idOf(doc.parent as never)
  }
  return null
}

/** beforeChange: `title` is derived from name, level and county, never typed (src/lib/divisions/title.ts). */
export const setDivisionTitle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc as Division | undefined), ...data } as Division
  if (!merged.name || !merged.type) return data
  const county = merged.type === 'province' || merged.type === 'county' ? null : await countyAbove(req, merged.parent)
  return { ...data, title: divisionTitle(merged.name, merged.type, county) }
}

/** afterChange: a division whose title changed (a renamed county…) re-titles what lies below it, level by level. */
export const retitleChildren: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || previousDoc.title === doc.title) return doc
  const children = await req.payload.find({ collection: 'divisions', where: { parent: { equals: doc.id } }, depth: 0, pagination: false, req, overrideAccess: true, select: { id: true } as never })
  for (const child of children.docs as { id: number }[]) {
    // An empty save recomputes the child's title; its own afterChange goes on down if that changed.
    await req.payload.update({ collection: 'divisions', id: child.id, data: {}, depth: 0, req, overrideAccess: true })
  }
  return doc
}
