// Finding mentions of our registry numbers in free text (letter subjects and bodies:
// «عطف به نامه شماره ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۹/۰۱ …»).
import type { ParsedNumber, RegistryBookFormat } from './format'
import { compileBook, normalizeRegistryText, numberFromMatch, referenceKey } from './parse'

export interface DetectedReference extends ParsedNumber {
  /** Offset of the number in normalizeRegistryText(text) (= normalizeForSearch(text)). */
  index: number
}

/**
 * Every number of one of `books` mentioned in `text`, each (book, year, seq) once at its
 * first position, ordered by position. A number must match a book's format exactly and not
 * be glued to other digits, so a date like ۱۴۰۵/۰۹/۰۱ is not taken for a number of a book
 * whose code is a letter. Books with an invalid template are skipped.
 */
export function detectReferences(
  text: string,
  books: readonly RegistryBookFormat[],
): DetectedReference[] {
  if (typeof text !== 'string' || text === '') return []
  const normalized = normalizeRegistryText(text)
  const found = new Map<string, DetectedReference>()

  for (const book of books) {
    const compiled = compileBook(book)
    if (!compiled) continue
    const re = new RegExp(compiled.pattern.source, 'gu')
    for (let m = re.exec(normalized); m !== null; m = re.exec(normalized)) {
      if (m[0] === '') re.lastIndex++ // cannot happen (a seq has ≥ 1 digit); never loop
      const parsed = numberFromMatch(compiled, m)
      if (!parsed) continue
      const key = referenceKey(parsed)
      const previous = found.get(key)
      if (!previous || m.index < previous.index) found.set(key, { ...parsed, index: m.index })
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index)
}
