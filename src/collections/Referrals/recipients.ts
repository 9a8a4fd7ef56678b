import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../../lib/compare'

/**
 * Who a referral reaches: the users named in `to`, the holder of `toPost`, and the holder of
 * the head post of `toUnit` (a unit resolves to its head).
 */
export async function resolveRecipients(req: PayloadRequest, data: { to?: unknown; toPost?: unknown; toUnit?: unknown }): Promise<number[]> {
  const ids = new Set<number>()
  for (const user of (Array.isArray(data.to) ? data.to : []) as unknown[]) {
    const id = idOf(user)
    if (id !== null) ids.add(id)
  }
  const postId = idOf(data.toPost)
  const unitId = idOf(data.toUnit)
  const where: Where | null = postId !== null ? { id: { equals: postId } } : unitId !== null ? { and: [{ unit: { equals: unitId } }, { isUnitHead: { equals: true } }] } : null
  if (where) {
    const posts = await req.payload.find({ collection: 'posts', where, depth: 0, limit: 5, overrideAccess: true, req })
    for (const post of posts.docs) {
      const holder = idOf(post.holder)
      if (holder !== null) ids.add(holder)
    }
  }
  return [...ids]
}
