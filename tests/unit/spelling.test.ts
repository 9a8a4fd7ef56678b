import { describe, expect, it } from 'vitest'

import { LETTER_FOLDS, normalizeForSearch, SEARCH_NORMALIZATION_VERSION, SPELLING_VARIANTS, spellingVariants } from '../../src/lib/persian'
import { buildTsQuery, indexText, indexVariants, queryWords, snippet, wordForms, type QueryWords } from '../../src/lib/search'
import { SPELLING_PAIRS } from '../fixtures/spelling-pairs'

/**
 * Whether a query finds a text by the rules of buildTsQuery: every non-stop query word (or two
 * neighbouring words written as one) in one of its spellings is a word of the index, or begins
 * a word as written (prefix match, 3+ letters).
 */
function finds(text: string, query: string): boolean {
  const written = indexText(text).split(' ')
  const indexed = [...written, ...indexVariants(text).split(' ')]
  const has = (word: string) => wordForms(word).some((f) => indexed.includes(f)) || (word.length >= 3 && !/\d/.test(word) && written.some((w) => w.startsWith(word)))
  const qw: QueryWords = queryWords(query)
  const from = (i: number): boolean => {
    if (i >= qw.words.length) return true
    const own = (qw.stop[i] || has(qw.words[i]!)) && from(i + 1)
    const pair = i + 1 < qw.words.length && has(qw.words[i]! + qw.words[i + 1]!) && from(i + 2)
    return own || pair
  }
  return qw.words.length > 0 && from(0)
}

describe('the spelling equivalence table', () => {
  it.each(SPELLING_PAIRS.map((p) => [p.rule, p.a, p.b] as const))('%s: text «%s» is found by «%s», and the other way round', (_rule, a, b) => {
    expect(finds(`گزارش ${a} واصله`, b)).toBe(true)
    expect(finds(`گزارش ${b} واصله`, a)).toBe(true)
  })

  it('different words stay apart', () => {
    expect(finds('گزارش رئیس واصله', 'رأی')).toBe(false)
    expect(finds('گزارش آمار واصله', 'انبار')).toBe(false)
    expect(finds('جزء اول', 'جز')).toBe(false)
  })

  it('every rule gives its source', () => {
    for (const rule of [...LETTER_FOLDS, ...SPELLING_VARIANTS]) expect(rule.sources.length, rule.note).toBeGreaterThan(0)
    expect(SEARCH_NORMALIZATION_VERSION).toBeGreaterThanOrEqual(2)
  })

  it('other spellings are indexed apart from the words as written (a prefix reaches only the written ones)', () => {
    expect(indexText('رئیس هیئت')).toBe('رئیس هیئت')
    expect(indexVariants('رئیس هیئت').split(' ')).toEqual(['رییس', 'رایس', 'رویس', 'هییت', 'هیات', 'هیوت'])
    expect(indexVariants('گزارش کشور')).toBe('')
  })

  it('the key folds ۀ and the hamza mark of هٔ to ه, leaving the stored text alone', () => {
    const text = 'نامۀ رئیس'
    expect(normalizeForSearch('نامۀ')).toBe('نامه')
    expect(normalizeForSearch('نامهٔ')).toBe('نامه')
    indexText(text)
    expect(text).toBe('نامۀ رئیس')
  })

  it('spellings of a word: the word first, hamza seats and seat-less forms, آ without madda', () => {
    expect(spellingVariants('رئیس')).toEqual(['رئیس', 'رییس', 'رایس', 'رویس'])
    expect(spellingVariants('آیین')).toEqual(['آیین', 'ایین'])
    expect(spellingVariants('اجزاء')).toEqual(['اجزاء', 'اجزا'])
    expect(spellingVariants('کشور')).toEqual(['کشور'])
  })

  it('a query asks for every spelling of its words, the typed one also as a prefix', () => {
    expect(buildTsQuery(queryWords('رییس'), 'any')).toBe("('رییس':*AB | 'رییس')")
    expect(buildTsQuery(queryWords('رئیس'), 'any')).toBe("('رئیس':*AB | 'رئیس' | 'رییس' | 'رایس' | 'رویس')")
    expect(buildTsQuery(queryWords('رئیس'), 'A')).toBe("('رئیس':*A | 'رئیس':AC | 'رییس':AC | 'رایس':AC | 'رویس':AC)")
  })

  it('the snippet marks a word written in another spelling', () => {
    expect(snippet('جلسهٔ هیأت نظارت برگزار شد', wordForms('هیئت'))).toContain('<mark>هیأت</mark>')
    expect(snippet('نامۀ رییس دفتر', wordForms('رئیس'))).toContain('<mark>رییس</mark>')
    // A prefix reaches words as written only: «رای» does not mark «رئیس» (its form «رایس»).
    expect(snippet('نامهٔ رئیس دفتر', wordForms('رای'))).not.toContain('<mark>')
  })
})
