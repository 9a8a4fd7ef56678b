// Payload's Lexical rich text ({ root: { children: [...] } }) → the blocks the PDF draws.
// Stored values come from editors, imports and old versions, so anything unexpected becomes
// plain text rather than an error.
import type { Block, Inline } from './model'

type Node = { type?: unknown; text?: unknown; format?: unknown; tag?: unknown; listType?: unknown; children?: unknown }

const BOLD = 1 // Lexical's text format bitmask: 1 bold, 2 italic, 4 strikethrough, 8 underline…
const MAX_DEPTH = 64

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null
}

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** Inline runs of a node's subtree; adjacent runs of one weight are merged. */
function inlines(node: Node, depth = 0, out: Inline[] = []): Inline[] {
  if (depth > MAX_DEPTH) return out
  const push = (text: string, bold: boolean) => {
    const last = out[out.length - 1]
    if (last && !!last.bold === bold) last.text += text
    else out.push(bold ? { text, bold } : { text })
  }
  for (const child of childrenOf(node)) {
    if (child.type === 'linebreak') push('\n', false)
    else if (child.type === 'tab') push(' ', false)
    else if (typeof child.text === 'string') push(child.text, typeof child.format === 'number' && (child.format & BOLD) !== 0)
    else inlines(child, depth + 1, out)
  }
  return out
}

const hasText = (runs: Inline[]) => runs.some((r) => r.text.trim() !== '')

/** List items, with nested lists flattened after their parent item. */
function listItems(list: Node, depth: number, items: Inline[][] = []): Inline[][] {
  if (depth > MAX_DEPTH) return items
  for (const item of childrenOf(list)) {
    const own: Node = { children: childrenOf(item).filter((c) => c.type !== 'list') }
    const runs = typeof item.text === 'string' ? [{ text: item.text }] : inlines(own)
    if (hasText(runs)) items.push(runs)
    for (const nested of childrenOf(item).filter((c) => c.type === 'list')) listItems(nested, depth + 1, items)
  }
  return items
}

export function lexicalToBlocks(value: unknown): Block[] {
  if (typeof value === 'string') {
    const raw = value
    try {
      value = JSON.parse(raw)
    } catch {
      // Plain text (a value saved before the field was rich text): one paragraph a line.
      return raw
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line) => ({ type: 'paragraph', runs: [{ text: line }] }))
    }
  }
  const root = isNode(value) && isNode((value as { root?: unknown }).root) ? (value as { root: Node }).root : null
  if (!root) return []

  const blocks: Block[] = []
  for (const node of childrenOf(root)) {
    if (node.type === 'list') {
      const items = listItems(node, 0)
      if (items.length) blocks.push({ type: 'list', ordered: node.listType === 'number', items })
      continue
    }
    const runs = typeof node.text === 'string' ? [{ text: node.text }] : inlines(node)
    if (!hasText(runs)) continue
    if (node.type === 'heading') {
      const n = typeof node.tag === 'string' ? Number(node.tag.replace(/^h/i, '')) : 2
      const level = (n === 1 || n === 2 ? n : 3) as 1 | 2 | 3
      blocks.push({ type: 'heading', runs, level })
    } else blocks.push({ type: 'paragraph', runs })
  }
  return blocks
}
