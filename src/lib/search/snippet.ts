// The piece of a record's text shown under a search hit, matched words marked with <mark>.
// Matching is on normalised words (the stored text keeps its own ی/ک, digits and ZWNJ);
// everything else is HTML-escaped, so the snippet can be shown as HTML as it is.
import { escapeHtml } from '../notify/html'
import { normalizeForSearch } from '../persian'
import { wordForms } from './text'

const WORD = /[\p{L}\p{N}\p{M}\u200C\u200D]+/gu

export interface SnippetOptions {
  /** Characters of context around the first match (each side, roughly). */
  radius?: number
  /** Match a word that starts with a query word (the query matches prefixes too). */
  prefix?: boolean
}

/**
 * True when a text word matches one of the (normalised) query words: in any of its spellings
 * (wordForms) as a whole word, or as written when the query word begins it (as the index does).
 */
function matches(word: string, wanted: readonly string[], prefix: boolean): boolean {
  const parts = normalizeForSearch(word).split(/\s+/)
  const written = [...parts, parts.join('')]
  const forms = written.flatMap((p) => wordForms(p))
  return wanted.some((w) => forms.includes(w) || (prefix && w.length >= 3 && written.some((p) => p.startsWith(w))))
}

/**
 * A window of `text` around its first matching word, with every matching word in the window
 * marked. Without a match: the opening of the text. Empty text → ''.
 */
export function snippet(text: string | null | undefined, wanted: readonly string[], opts: SnippetOptions = {}): string {
  if (!text) return ''
  const radius = opts.radius ?? 80
  const prefix = opts.prefix ?? true
  const flat = text.replace(/\s+/g, ' ').trim()
  const spans: { start: number; end: number }[] = []
  for (const m of flat.matchAll(WORD)) if (matches(m[0], wanted, prefix)) spans.push({ start: m.index!, end: m.index! + m[0].length })
  const first = spans[0]?.start ?? 0
  let start = Math.max(0, first - radius)
  let end = Math.min(flat.length, (spans[0]?.end ?? 0) + radius * 2)
  // Cut at spaces, not inside words.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end
  let out = ''
  let at = start
  for (const s of spans) {
    if (s.start < start || s.end > end) continue
    out += escapeHtml(flat.slice(at, s.start)) + '<mark>' + escapeHtml(flat.slice(s.start, s.end)) + '</mark>'
    at = s.end
  }
  out += escapeHtml(flat.slice(at, end))
  return (start > 0 ? '… ' : '') + out + (end < flat.length ? ' …' : '')
}
