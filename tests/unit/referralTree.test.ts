import { describe, expect, it } from 'vitest'

import { flattenTree, referralTree } from '../../src/lib/referrals'

const r = (id: number, parent: number | null, minute: number) => ({ id, parent, createdAt: `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z` })

describe('the referral tree', () => {
  it('nests re-referrals under their parent, in the order they were made', () => {
    const tree = referralTree([r(3, 1, 5), r(1, null, 1), r(2, null, 2), r(4, 3, 9), r(5, 1, 3)])
    expect(tree.map((n) => n.id)).toEqual([1, 2])
    expect(tree[0]!.children.map((n) => n.id)).toEqual([5, 3])
    expect(tree[0]!.children[1]!.children.map((n) => n.id)).toEqual([4])
  })

  it('a referral whose parent is not visible becomes a root', () => {
    expect(referralTree([r(7, 99, 1), r(8, 7, 2)]).map((n) => [n.id, n.children.map((c) => c.id)])).toEqual([[7, [8]]])
  })

  it('reads in order, each parent before its children, with its depth (the rows of the cover sheet)', () => {
    const rows = flattenTree(referralTree([r(3, 1, 5), r(1, null, 1), r(2, null, 2), r(4, 3, 9), r(5, 1, 3)]))
    expect(rows.map(({ node, depth }) => [node.id, depth])).toEqual([[1, 0], [5, 1], [3, 1], [4, 2], [2, 0]])
  })
})
