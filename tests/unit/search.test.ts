import { describe, expect, it } from 'vitest'

import { buildTsQuery, indexText, lexiconCandidates, looksLikeNumber, numberKey, parseSearchParams, queryWords, snippet, typoCandidates } from '../../src/lib/search'

const known = { types: ['letters', 'referrals'], kinds: ['incoming', 'outgoing', 'internal'] }
const parse = (params: Record<string, string>) => parseSearchParams((name) => params[name] ?? null, known)

describe('index text', () => {
  it('normalises Arabic ي/ك, digits and diacritics to the same words as Persian input', () => {
    expect(indexText('گزارش كميته انتخابات ۱۴۰۵')).toBe(indexText('گزارش کمیته انتخابات 1405'))
    expect(indexText('مُدیرِ کلّ')).toBe('مدیر کل')
  })

  it('holds a ZWNJ word as its parts and as one joined word', () => {
    const words = indexText('آیین‌نامهٔ اجرایی').split(' ')
    expect(words).toEqual(expect.arrayContaining(['آیین', 'نامهٔ'.normalize('NFC').replace('\u0654', ''), 'اجرایی']))
    expect(words.some((w) => w.startsWith('آییننامه'))).toBe(true)
  })

  it('cuts punctuation and number separators into gaps', () => {
    expect(indexText('شماره: 1405/و/12، (فوری)')).toBe('شماره 1405 و 12 فوری')
  })
})

describe('number keys', () => {
  it('gives Persian-digit and Latin-digit registry numbers the same key, spaces aside', () => {
    expect(numberKey('۱۴۰۵/و/۱۲')).toBe('1405/و/12')
    expect(numberKey('1405 / و / 12')).toBe('1405/و/12')
    expect(numberKey('١٤٠٥/و/١٢')).toBe('1405/و/12')
  })

  it('tells a number from words', () => {
    expect(looksLikeNumber('۱۴۰۵/و/۱۲')).toBe(true)
    expect(looksLikeNumber('12-345')).toBe(true)
    expect(looksLikeNumber('گزارش انتخابات')).toBe(false)
    expect(looksLikeNumber('نامه 12')).toBe(false)
  })
})

describe('tsquery', () => {
  it('requires every significant word, each also as a prefix, and drops stop words', () => {
    const q = buildTsQuery(queryWords('گزارش از انتخابات'), 'any')
    expect(q).toContain("'گزارش':*")
    expect(q).toContain("'انتخابات':*")
    expect(q).not.toContain("'از'")
  })

  it('lets two neighbouring words match as one joined word', () => {
    const q = buildTsQuery(queryWords('آیین نامه'), 'any')!
    expect(q).toContain("'آییننامه':*AB")
    expect(q).toContain("('آیین':*AB | 'آیین' | 'ایین') & ('نامه':*AB | 'نامه')")
  })

  it('searches the header only with weight A', () => {
    const q = buildTsQuery(queryWords('تجمع'), 'A')!
    expect(q).toBe("('تجمع':*A | 'تجمع':AC)")
  })

  it('adds near misses as alternatives', () => {
    const q = buildTsQuery(queryWords('انتخابت'), 'any', { expansions: new Map([['انتخابت', ['انتخابات']]]) })
    expect(q).toBe("('انتخابت':*AB | 'انتخابت' | 'انتخابات')")
  })

  it('matches as a prefix only a word the word list says begins longer words', () => {
    const lexicon = { expansions: new Map(), prefixes: new Set(['انتخاب']) }
    expect(buildTsQuery(queryWords('انتخاب مهردهکهر'), 'any', lexicon)).toContain("('انتخاب':*AB | 'انتخاب') & 'مهردهکهر'")
    expect(lexiconCandidates(queryWords('آیین نامه ۱۴۰۵'))).toEqual(['آیین', 'نامه', 'آییننامه'])
  })

  it('turns query syntax in the input into gaps, never into operators', () => {
    for (const attack of ["'", '&', '!', ':*', "a' | 'b", "'); DROP TABLE letters; --", '!!(x & y):*']) {
      const q = buildTsQuery(queryWords(attack), 'any')
      if (q === null) continue
      for (const lexeme of q.match(/'[^']*'/g) ?? []) expect(lexeme).toMatch(/^'[\p{L}\p{N}]+'$/u)
    }
    expect(buildTsQuery(queryWords("'&!:*"), 'any')).toBeNull()
  })

  it('looks typos up only for long letter words that are not stop words', () => {
    expect(typoCandidates(queryWords('از انتخابات ۱۴۰۵ تا'))).toEqual(['انتخابات'])
  })

  it('searches for stop words when the query has nothing else', () => {
    expect(buildTsQuery(queryWords('از'), 'any')).toBe("'از'")
  })
})

describe('snippet', () => {
  const text = 'احتراماً گزارش تجمع روز گذشته در فرمانداری شيراز به پیوست تقدیم می‌شود. این تجمع آرام بود.'

  it('marks the matched words in the original spelling, Arabic ي included', () => {
    const s = snippet(text, ['شیراز'])
    expect(s).toContain('<mark>شيراز</mark>')
  })

  it('marks prefix matches and every occurrence in the window', () => {
    const s = snippet(text, ['تجم'])
    expect(s.match(/<mark>/g)?.length).toBe(2)
  })

  it('escapes the stored text', () => {
    expect(snippet('<b>تجمع</b> & رفت', ['تجمع'])).toBe('&#60;b&#62;<mark>تجمع</mark>&#60;/b&#62; &#38; رفت')
  })

  it('shows the opening when nothing matches, and cuts long texts with …', () => {
    const long = 'واژه '.repeat(200)
    const s = snippet(long, ['نیست'])
    expect(s.startsWith('واژه')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
  })
})

describe('parameters', () => {
  it('accepts Jalali dates with Persian or Latin digits as Tehran day bounds', () => {
    const r = parse({ q: 'x', from: '۱۴۰۵/۰۹/۰۱', to: '1405/09/01' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.from!.toISOString()).toBe('2026-11-21T20:30:00.000Z')
    expect(r.value.to!.toISOString()).toBe('2026-11-22T20:30:00.000Z')
  })

  it.each([
    [{ q: 'x'.repeat(10_000) }, 'بلندتر'],
    [{ q: 'x', from: '1405/13/01' }, 'تاریخ آغاز نامعتبر'],
    [{ q: 'x', to: 'فردا' }, 'تاریخ پایان نامعتبر'],
    [{ q: 'x', from: '1405/09/10', to: '1405/09/01' }, 'پس از'],
    [{ q: 'x', limit: '100000' }, 'اندازهٔ صفحه'],
    [{ q: 'x', limit: '0' }, 'اندازهٔ صفحه'],
    [{ q: 'x', page: '-1' }, 'شمارهٔ صفحه'],
    [{ q: 'x', types: 'letters,secrets' }, 'secrets'],
    [{ q: 'x', kind: 'fax' }, 'fax'],
    [{ q: 'x', classification: 'ultra' }, 'ultra'],
    [{ q: 'x', dossier: 'abc' }, 'پرونده'],
    [{ q: 'x', sender: "1 OR 1=1" }, 'فرستنده'],
    [{}, 'عبارت'],
  ])('refuses %j in Persian', (params, fragment) => {
    const r = parse(params as Record<string, string>)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(fragment)
  })

  it('defaults to every type, page 1 and 20 a page; a filter alone is a search', () => {
    const r = parse({ classification: 'secret', sender: 'posts:۳' })
    expect(r).toMatchObject({ ok: true, value: { types: ['letters', 'referrals'], page: 1, limit: 20, sender: 'posts:3', q: '' } })
  })
})
