import { describe, expect, it } from 'vitest'

import { matchingRules, type LetterFacts, type RuleConditions } from '../../src/lib/referrals'

const rule = (over: Partial<RuleConditions>): RuleConditions => ({ id: 0, order: 0, senders: [], keywords: [], divisions: [], classifications: [], stop: false, ...over })
const letter = (over: Partial<LetterFacts> = {}): LetterFacts => ({ sender: 5, senderDivision: 40, subject: 'گزارش انتخابات شورای شهر', keywords: [], classification: 'normal', ...over })

describe('routing rules', () => {
  it('match on sender, division, classification and Persian-normalised keywords, all given conditions at once', () => {
    expect(matchingRules([rule({ id: 1, senders: [5] })], letter()).map((r) => r.id)).toEqual([1])
    expect(matchingRules([rule({ id: 1, senders: [6] })], letter())).toEqual([])
    expect(matchingRules([rule({ id: 1, divisions: [40], classifications: ['normal'] })], letter())).toHaveLength(1)
    expect(matchingRules([rule({ id: 1, divisions: [40], classifications: ['secret'] })], letter())).toHaveLength(0)
    // Arabic ي and ك in the rule, Persian in the letter.
    expect(matchingRules([rule({ id: 1, keywords: ['انتخابات شوراي'] })], letter())).toHaveLength(1)
    expect(matchingRules([rule({ id: 1, keywords: ['حزب'] })], letter({ keywords: ['حزب‌ها'] }))).toHaveLength(1)
  })

  it('fire in order, stop at a matching stop rule, and a rule without conditions catches all', () => {
    const rules = [rule({ id: 'catch-all', order: 99 }), rule({ id: 'a', order: 1, senders: [5] }), rule({ id: 'b', order: 2, keywords: ['انتخابات'], stop: true }), rule({ id: 'c', order: 3 })]
    expect(matchingRules(rules, letter()).map((r) => r.id)).toEqual(['a', 'b'])
    expect(matchingRules(rules, letter({ sender: 9, subject: 'دیگر' })).map((r) => r.id)).toEqual(['c', 'catch-all'])
  })
})
