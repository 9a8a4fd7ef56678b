// A search query as a PostgreSQL tsquery string. The query is never handed to a tsquery
// parser as typed: it is cut into normalised words (letters and digits only), and the
// tsquery is written from those, so `'`, `&`, `!`, `:*` in the input are just gaps.
import { isStopWord } from '../persian/stopwords'
import { searchWords, wordForms } from './text'

export const MAX_QUERY_CHARS = 200
export const MAX_QUERY_WORDS = 16
/** Above this many words the «two words or one joined word» alternatives are not written (they grow like Fibonacci). */
const MAX_JOINED_ALTERNATIVES_WORDS = 6
const MIN_PREFIX_LENGTH = 3

/** 'A': the header only (weights A and C); 'any': every weight (prefixes: the words as written, A and B). */
export type Weight = 'A' | 'any'

export interface QueryWords {
  words: string[]
  /** Per word: a stop word, matched only as part of a joined word when other words carry the query. */
  stop: boolean[]
}

export function queryWords(q: string): QueryWords {
  const words = searchWords(q).slice(0, MAX_QUERY_WORDS)
  const stop = words.map((w) => isStopWord(w))
  // A query of stop words only («از» alone) still searches for them.
  if (stop.every(Boolean)) return { words, stop: stop.map(() => false) }
  return { words, stop }
}

/** Words worth a typo lookup: letters, long enough that a near miss means something. */
export function typoCandidates(qw: QueryWords): string[] {
  return [...new Set(qw.words.filter((w, i) => !qw.stop[i] && w.length >= 4 && !/\d/.test(w)))]
}

/** Words the word list can tell about (it holds every indexed word of 3+ letters without digits). */
export function lexiconCandidates(qw: QueryWords): string[] {
  const joined = qw.words.slice(1).map((w, i) => qw.words[i] + w)
  return [...new Set([...qw.words, ...joined].filter((w) => w.length >= MIN_PREFIX_LENGTH && !/\d/.test(w)))]
}

/** What the word list says of the query's words: their near misses, and which begin longer words. */
export interface Lexicon {
  expansions: ReadonlyMap<string, readonly string[]>
  /** When given, only these words match as prefixes: a prefix nothing begins with only misleads the planner. */
  prefixes?: ReadonlySet<string>
}

const SAFE = /^[\p{L}\p{N}]+$/u
// Index weights (src/server/search/indexer.ts): A header and B content as written; C header and
// D content in their other spellings. A prefix reaches only words as written.
const WRITTEN: Record<Weight, string> = { A: 'A', any: 'AB' }
const ANY_SPELLING: Record<Weight, string> = { A: 'AC', any: '' }
const lexeme = (word: string, weight: Weight, prefix: boolean) => {
  if (!SAFE.test(word)) throw new Error(`not a search word: ${word}`)
  const marks = prefix ? `*${WRITTEN[weight]}` : ANY_SPELLING[weight]
  return marks ? `'${word}':${marks}` : `'${word}'`
}
/**
 * The word as typed (as itself in any spelling, and as the beginning of a word as written), its
 * other spellings (spelling.ts) and its near misses.
 */
function term(word: string, weight: Weight, lexicon: Lexicon): string {
  const prefix = prefixable(word, lexicon)
  const own = prefix ? [lexeme(word, weight, true), lexeme(word, weight, false)] : [lexeme(word, weight, false)]
  const others = [...wordForms(word).slice(1), ...(lexicon.expansions.get(word) ?? [])].filter((w) => SAFE.test(w) && w !== word)
  const alternatives = [...own, ...[...new Set(others)].map((w) => lexeme(w, weight, false))]
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`
}

/**
 * The tsquery for the words: every (non-stop) word must match, each also as a prefix and as
 * its known near misses; two neighbouring words also match written as one word («آیین نامه»
 * finds «آییننامه», «می شود» finds «میشود»). `weight` 'A' searches the header only (readers
 * who may see a paper but not read it). Null when there is nothing to search for.
 */
const prefixable = (w: string, lexicon: Lexicon) => w.length >= MIN_PREFIX_LENGTH && !/\d/.test(w) && (!lexicon.prefixes || lexicon.prefixes.has(w))

export function buildTsQuery(qw: QueryWords, weight: Weight, lexicon: Lexicon = { expansions: new Map() }): string | null {
  const { words, stop } = qw
  const n = words.length
  if (!n) return null
  const joined = n <= MAX_JOINED_ALTERNATIVES_WORDS
  const memo = new Map<number, string | null>()
  // from(i): the query for words i..n-1; null means "nothing left to require".
  const from = (i: number): string | null => {
    if (i >= n) return null
    if (memo.has(i)) return memo.get(i)!
    const rest = from(i + 1)
    const own = stop[i] ? rest : and(term(words[i]!, weight, lexicon), rest)
    let result = own
    if (joined && i + 1 < n && SAFE.test(words[i]! + words[i + 1]!)) {
      const pair = and(term(words[i]! + words[i + 1]!, weight, lexicon), from(i + 2))
      result = own === null ? pair : `(${own} | ${pair})`
    }
    memo.set(i, result)
    return result
  }
  return from(0)
}

function and(a: string, b: string | null): string {
  return b === null ? a : `${a} & ${b}`
}
