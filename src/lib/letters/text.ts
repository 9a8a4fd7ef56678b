/** Plain text of a Lexical rich-text value (paragraph breaks as newlines), for detection and search. */
export function richTextToPlain(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') parts.push(n.text)
    if (Array.isArray(n.children)) {
      n.children.forEach(walk)
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem') parts.push('\n')
    }
  }
  walk((value as { root?: unknown })?.root ?? value)
  return parts.join('').trim()
}

/** A Lexical value holding the given paragraphs (for seeds, tests and machine-made drafts). */
export function plainToRichText(text: string) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'rtl' as const,
      children: text.split(/\n+/).map((line) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl' as const,
        textFormat: 0,
        children: line ? [{ type: 'text', text: line, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] : [],
      })),
    },
  }
}
