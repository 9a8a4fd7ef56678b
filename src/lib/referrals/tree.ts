/**
 * Referrals of one paper as the tree re-referral builds: each referral under the one it was
 * referred on from (`parent`), roots in the order they were made. A parent the reader cannot
 * see makes its children roots, so nothing visible is lost.
 */
export interface TreeInput {
  id: number
  parent: number | null
  createdAt: string
}

export type TreeNode<T extends TreeInput> = T & { children: TreeNode<T>[] }

export function referralTree<T extends TreeInput>(referrals: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>(referrals.map((r) => [r.id, { ...r, children: [] }]))
  const roots: TreeNode<T>[] = []
  const byTime = (a: TreeInput, b: TreeInput) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id
  for (const node of [...nodes.values()].sort(byTime)) {
    const parent = node.parent !== null ? nodes.get(node.parent) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
