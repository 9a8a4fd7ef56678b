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

/** One step of a referral's life: the state it reached, when (ISO instant) and by whom (a name). */
export interface ReferralStep {
  state: string
  stateKey: string
  at: string | null
  by: string | null
}

/**
 * One referral as its reader sees it: the shape of a record's virtual `referralTree` (JSON, one
 * per record type with referrals), drawn by the admin's tree and the incoming cover sheet.
 * Labels are Persian; instants are ISO (UTC) for the reader's own Jalali formatting, and the
 * `…Jalali` companions are Tehran days in Latin digits. Content (instruction, response, return
 * reason) is null where the reader may not read it.
 */
export interface ReferralView extends TreeInput {
  createdAtJalali: string
  from: string | null
  to: (string | null)[]
  purpose: string
  purposeKey: string
  state: string
  stateKey: string
  instruction: string | null
  deadline: string | null
  deadlineJalali: string | null
  overdue: boolean
  /** Rich text (Lexical state), or null. */
  response: Record<string, unknown> | null
  returnReason: string | null
  history: ReferralStep[]
}

/** The tree in reading order (a parent before its children), each with its depth from 0. */
export function flattenTree<T extends TreeInput>(roots: readonly TreeNode<T>[]): Array<{ node: TreeNode<T>; depth: number }> {
  const out: Array<{ node: TreeNode<T>; depth: number }> = []
  const walk = (nodes: readonly TreeNode<T>[], depth: number) => {
    for (const node of nodes) {
      out.push({ node, depth })
      walk(node.children, depth + 1)
    }
  }
  walk(roots, 0)
  return out
}
