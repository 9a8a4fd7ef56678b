import { normalizeForSearch } from '../persian'

/**
 * Routing rules, pure: which rules an incoming letter matches, in order. A rule with no
 * condition of a kind does not filter on it; a rule with no condition at all matches
 * everything (a catch-all at the end of the list).
 */
export interface RuleConditions {
  id: number | string
  order: number
  senders: (number | string)[]
  keywords: string[]
  divisions: (number | string)[]
  classifications: string[]
  stop: boolean
}

export interface LetterFacts {
  sender: number | string | null
  senderDivision: number | string | null
  subject: string
  keywords: string[]
  classification: string
}

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

export function ruleMatches(rule: RuleConditions, letter: LetterFacts): boolean {
  if (rule.senders.length && !rule.senders.some((s) => same(s, letter.sender))) return false
  if (rule.divisions.length && !rule.divisions.some((d) => same(d, letter.senderDivision))) return false
  if (rule.classifications.length && !rule.classifications.includes(letter.classification)) return false
  if (rule.keywords.length) {
    // Persian-normalised (ی/ي, ک/ك, digits, ZWNJ), on the subject and the letter's keywords.
    const text = normalizeForSearch([letter.subject, ...letter.keywords].join(' '))
    if (!rule.keywords.some((k) => normalizeForSearch(k) && text.includes(normalizeForSearch(k)))) return false
  }
  return true
}

/** The rules that fire, in order, up to and including the first matching rule marked `stop`. */
export function matchingRules<R extends RuleConditions>(rules: readonly R[], letter: LetterFacts): R[] {
  const fired: R[] = []
  for (const rule of [...rules].sort((a, b) => a.order - b.order)) {
    if (!ruleMatches(rule, letter)) continue
    fired.push(rule)
    if (rule.stop) break
  }
  return fired
}
