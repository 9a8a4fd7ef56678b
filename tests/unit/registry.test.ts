import { describe, expect, it } from 'vitest'
import {
  detectReferences,
  expandTwoDigitYear,
  formatRegistryNumber,
  normalizeRegistryText,
  parseRegistryNumber,
  registryNumberPattern,
  validateTemplate,
  type RegistryBookFormat,
} from '../../src/lib/registry'

const ZWNJ = '\u200C'
const RLM = '\u200F'
const LRM = '\u200E'
const PERSIAN_RE = /[\u0600-\u06FF]/

const sad: RegistryBookFormat = { id: 1, template: '{year}/{code}/{seq}', code: 'ص' }
const vav: RegistryBookFormat = { id: 2, template: '{year}/{code}/{seq}', code: 'و' }
const dal: RegistryBookFormat = { id: 'dal', template: '{code}-{unit}-{yy}-{seq:5}', code: 'د', unit: 'dg' }
const kaf: RegistryBookFormat = { id: 4, template: '{year}/{code}/{seq}', code: 'ک' }

describe('validateTemplate', () => {
  it.each([
    '{year}/{code}/{seq}',
    '{seq}',
    '{code}-{unit}-{yy}-{seq:5}',
    'شماره {year} ـ {code} ـ {seq:9}',
    '{year}{seq:1}',
    '{yy}/{seq:۴}',
  ])('accepts %s', (template) => {
    expect(validateTemplate(template)).toEqual({ ok: true })
  })

  it.each([
    ['no seq', '{year}/{code}'],
    ['two seqs', '{year}/{seq}/{seq:3}'],
    ['two plain seqs', '{seq}-{seq}'],
    ['unknown token', '{year}/{foo}/{seq}'],
    ['upper-case token', '{YEAR}/{seq}'],
    ['pad 0', '{year}/{seq:0}'],
    ['pad 12', '{year}/{seq:12}'],
    ['pad not a number', '{year}/{seq:x}'],
    ['unclosed brace', '{year/{seq}'],
    ['unclosed at end', '{seq}/{year'],
    ['stray closing brace', 'year}/{seq}'],
    ['empty token', '{}/{seq}'],
    ['duplicate year', '{year}/{year}/{seq}'],
    ['duplicate code', '{code}{code}{seq}'],
    ['empty', ''],
    ['blank', '   '],
  ])('rejects %s with a Persian error', (_label, template) => {
    const result = validateTemplate(template)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatch(PERSIAN_RE)
  })

  it('gives distinct messages for distinct problems', () => {
    const errors = ['{year}', '{seq}{seq}', '{foo}{seq}', '{seq:0}', '{seq', ''].map((t) => {
      const r = validateTemplate(t)
      return r.ok ? '' : r.error
    })
    expect(new Set(errors).size).toBe(errors.length)
    const unknown = validateTemplate('{foo}{seq}')
    expect(unknown.ok === false && unknown.error).toContain('{foo}')
  })
})

describe('formatRegistryNumber', () => {
  it('formats {year}/{code}/{seq}', () => {
    expect(formatRegistryNumber('{year}/{code}/{seq}', { year: 1405, code: 'ص', seq: 128 })).toBe('1405/ص/128')
  })

  it('Persian digits only change digits', () => {
    expect(
      formatRegistryNumber('{year}/{code}/{seq}', { year: 1405, code: 'ص', seq: 128 }, { persianDigits: true }),
    ).toBe('۱۴۰۵/ص/۱۲۸')
    expect(
      formatRegistryNumber('{code}-{unit}-{seq:3}', { year: 1405, code: 'DG', unit: 'dg', seq: 7 }, { persianDigits: true }),
    ).toBe('DG-dg-۰۰۷')
  })

  it('pads {seq:N}', () => {
    expect(formatRegistryNumber('{seq:5}', { year: 1405, code: 'ص', seq: 12 })).toBe('00012')
    expect(formatRegistryNumber('{seq:1}', { year: 1405, code: 'ص', seq: 12 })).toBe('12')
    expect(formatRegistryNumber('{seq:3}', { year: 1405, code: 'ص', seq: 123456 })).toBe('123456')
  })

  it('formats {yy}, {unit} and literal Persian text', () => {
    expect(formatRegistryNumber('{code}-{unit}-{yy}-{seq:5}', { year: 1405, code: 'د', unit: 'dg', seq: 12 })).toBe(
      'د-dg-05-00012',
    )
    expect(formatRegistryNumber('{yy}/{seq}', { year: 1399, code: 'x', seq: 3 })).toBe('99/3')
    expect(formatRegistryNumber('نامه {seq} سال {year}', { year: 1405, code: 'x', seq: 3 })).toBe('نامه 3 سال 1405')
  })

  it('throws on {unit} without a unit, on an invalid template and on impossible values', () => {
    expect(() => formatRegistryNumber('{unit}/{seq}', { year: 1405, code: 'ص', seq: 1 })).toThrow(PERSIAN_RE)
    expect(() => formatRegistryNumber('{unit}/{seq}', { year: 1405, code: 'ص', unit: '', seq: 1 })).toThrow()
    expect(() => formatRegistryNumber('{year}/{foo}', { year: 1405, code: 'ص', seq: 1 })).toThrow(PERSIAN_RE)
    expect(() => formatRegistryNumber('{year}/{seq}', { year: 1405, code: 'ص', seq: 0 })).toThrow(PERSIAN_RE)
    expect(() => formatRegistryNumber('{year}/{seq}', { year: 1405, code: 'ص', seq: 1.5 })).toThrow()
    expect(() => formatRegistryNumber('{year}/{seq}', { year: 1405, code: 'ص', seq: 1_000_000_000 })).toThrow()
    expect(() => formatRegistryNumber('{year}/{seq}', { year: 405, code: 'ص', seq: 1 })).toThrow()
    // a template that needs no year does not care about it
    expect(formatRegistryNumber('{code}/{seq}', { year: Number.NaN, code: 'ص', seq: 1 })).toBe('ص/1')
  })
})

describe('registryNumberPattern', () => {
  it('captures year and seq in normalised text', () => {
    const re = registryNumberPattern('{year}/{code}/{seq}', { code: 'ص' })
    const m = re.exec('نامه 1405 / ص / 128 است')
    expect(m?.groups?.year).toBe('1405')
    expect(m?.groups?.seq).toBe('128')
    expect(re.test('1405/ص/1281234567890')).toBe(false)
  })

  it('escapes regex characters in literals and codes', () => {
    const re = registryNumberPattern('({year}).{code}+{seq}', { code: 'a|b' })
    expect(re.test('(1405).a|b+7')).toBe(true)
    expect(re.test('(1405)xa|b+7')).toBe(false)
    expect(re.test('(1405).a+7')).toBe(false)
  })

  it('throws on an invalid template or a missing unit', () => {
    expect(() => registryNumberPattern('{seq', { code: 'ص' })).toThrow()
    expect(() => registryNumberPattern('{unit}/{seq}', { code: 'ص' })).toThrow()
  })
})

describe('parseRegistryNumber', () => {
  const books = [sad, vav, dal, kaf]

  it.each([
    '۱۴۰۵/ص/۱۲۸',
    '1405/ص/128',
    '١٤٠٥/ص/١٢٨',
    ' 1405 / ص / 128 ',
    `${RLM}۱۴۰۵/ص/۱۲۸${LRM}`,
    '۱۴۰۵/ص/۰۱۲۸',
    '1405∕ص∕128',
  ])('parses %j', (input) => {
    expect(parseRegistryNumber(input, books)).toEqual([
      { bookId: 1, year: 1405, seq: 128, canonical: '1405/ص/128' },
    ])
  })

  it('matches an Arabic ك typed for a book whose code is ک, and the other way round', () => {
    expect(parseRegistryNumber('1405/\u0643/9', books)).toEqual([
      { bookId: 4, year: 1405, seq: 9, canonical: '1405/ک/9' },
    ])
    const arabicCode: RegistryBookFormat = { id: 5, template: '{year}-{code}{seq}', code: '\u0643\u064A' }
    expect(parseRegistryNumber('۱۴۰۵-کی۳', [arabicCode])).toEqual([
      { bookId: 5, year: 1405, seq: 3, canonical: '1405-\u0643\u064A3' },
    ])
  })

  it('picks the book whose code matches', () => {
    expect(parseRegistryNumber('۱۴۰۵/و/۱۲', books).map((p) => p.bookId)).toEqual([2])
    expect(parseRegistryNumber('1405/ص/12', books).map((p) => p.bookId)).toEqual([1])
  })

  it('returns [] when nothing matches', () => {
    for (const input of ['', '   ', '1405/ب/12', '1405/ص', '1405/ص/', 'ص/128', '1405/ص/12a', 'x1405/ص/12', '14055/ص/12', '1405/ص/0', '0999/ص/1']) {
      expect(parseRegistryNumber(input, books), input).toEqual([])
    }
  })

  it('needs the whole input to be the number', () => {
    expect(parseRegistryNumber('شماره ۱۴۰۵/ص/۱۲۸', books)).toEqual([])
  })

  it('expands {yy}: 00–49 → 14xx, 50–99 → 13xx', () => {
    expect(parseRegistryNumber('د-dg-05-00012', books)).toEqual([
      { bookId: 'dal', year: 1405, seq: 12, canonical: 'د-dg-05-00012' },
    ])
    expect(parseRegistryNumber('د - DG - ۹۸ - ۰۰۰۱۲', books)[0]).toMatchObject({ year: 1398, seq: 12 })
    expect(parseRegistryNumber('د-dg-05-12', books)).toEqual([]) // {seq:5} needs 5 digits
    expect(expandTwoDigitYear(0)).toBe(1400)
    expect(expandTwoDigitYear(49)).toBe(1449)
    expect(expandTwoDigitYear(50)).toBe(1350)
    expect(expandTwoDigitYear(99)).toBe(1399)
  })

  it('gives every book that matches, and year null when the template has no year', () => {
    const a: RegistryBookFormat = { id: 'a', template: '{code}/{seq}', code: 'ص' }
    const b: RegistryBookFormat = { id: 'b', template: '{code}/{seq:3}', code: 'ص' }
    expect(parseRegistryNumber('ص/012', [a, b])).toEqual([
      { bookId: 'a', year: null, seq: 12, canonical: 'ص/12' },
      { bookId: 'b', year: null, seq: 12, canonical: 'ص/012' },
    ])
  })

  it('checks {year} and {yy} against each other when both are present', () => {
    const both: RegistryBookFormat = { id: 'y', template: '{year}-{yy}-{seq}', code: 'x' }
    expect(parseRegistryNumber('1405-05-3', [both])).toHaveLength(1)
    expect(parseRegistryNumber('1405-06-3', [both])).toEqual([])
  })

  it('skips books with an invalid template instead of throwing', () => {
    const broken: RegistryBookFormat = { id: 9, template: '{year}/{foo}', code: 'ص' }
    const noUnit: RegistryBookFormat = { id: 10, template: '{unit}/{seq}', code: 'ص' }
    expect(parseRegistryNumber('1405/ص/128', [broken, noUnit, sad]).map((p) => p.bookId)).toEqual([1])
  })
})

describe('detectReferences', () => {
  const books = [sad, vav, dal]

  it('finds references in a Persian sentence and ignores the date', () => {
    const text =
      `عطف به نامه شماره ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۹/۰۱ و پیرو نامه${ZWNJ}ی شماره ۱۴۰۴ / ص / ۳۲۷ به آگاهی می${ZWNJ}رساند`
    const found = detectReferences(text, books)
    expect(found.map(({ bookId, year, seq, canonical }) => ({ bookId, year, seq, canonical }))).toEqual([
      { bookId: 2, year: 1405, seq: 12, canonical: '1405/و/12' },
      { bookId: 1, year: 1404, seq: 327, canonical: '1404/ص/327' },
    ])
    const normalized = normalizeRegistryText(text)
    expect(normalized.slice(found[0].index, found[0].index + 9)).toBe('1405/و/12')
    expect(normalized.slice(found[1].index).startsWith('1404 / ص / 327')).toBe(true)
  })

  it('does not take a date for a number of a letter-coded book', () => {
    expect(detectReferences('جلسه مورخ ۱۴۰۵/۰۹/۰۱ و ۱۴۰۵-۰۹-۰۱ برگزار شد', books)).toEqual([])
  })

  it('works with Latin digits, Arabic letters and bidi marks', () => {
    const found = detectReferences(`ref: 1405/${'\u0648'}/7, ${RLM}1403/ص/45${RLM}; also د-DG-04-00031.`, books)
    expect(found.map((f) => f.canonical)).toEqual(['1405/و/7', '1403/ص/45', 'د-dg-04-00031'])
    expect(found[2]).toMatchObject({ bookId: 'dal', year: 1404, seq: 31 })
  })

  it('collapses duplicates, keeping the first position', () => {
    const found = detectReferences('۱۴۰۵/ص/۵ و باز ۱۴۰۵ / ص / ۵ و 1405/ص/5 و ۱۴۰۵/ص/۰۵', books)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ bookId: 1, year: 1405, seq: 5, index: 0 })
  })

  it('ignores numbers glued to other digits', () => {
    expect(detectReferences('کد 91405/ص/12 و 1405/ص/1234567890 ثبت شد', books)).toEqual([])
    expect(detectReferences('۲۱۴۰۵/و/۱۲', books)).toEqual([])
    // digits after the year of a {seq}/{year} book
    const trailing: RegistryBookFormat = { id: 't', template: '{seq}/{year}', code: 'x' }
    expect(detectReferences('12/14051 و 7/1405۳', [trailing])).toEqual([])
    expect(detectReferences('12/1405، 7/1405', [trailing]).map((f) => f.seq)).toEqual([12, 7])
  })

  it('does not take a code that is the tail of a word', () => {
    const coded: RegistryBookFormat = { id: 'c', template: '{code}-{seq}', code: 'dg' }
    expect(detectReferences('abcdg-12 and dg-13', [coded]).map((f) => f.seq)).toEqual([13])
  })

  it('returns [] for text without references and skips broken books', () => {
    expect(detectReferences('', books)).toEqual([])
    expect(detectReferences('نامه ۱۴۰۵ بدون شماره', books)).toEqual([])
    expect(detectReferences('1405/ص/1', [{ id: 0, template: '{seq', code: 'ص' }])).toEqual([])
  })
})

describe('round trip format → parse', () => {
  const templates: Array<Omit<RegistryBookFormat, 'id'>> = [
    { template: '{year}/{code}/{seq}', code: 'ص' },
    { template: '{year}/{code}/{seq}', code: 'ک' },
    { template: '{code}-{unit}-{yy}-{seq:5}', code: 'د', unit: 'dg' },
    { template: '{year}{seq:6}', code: 'x' },
    { template: '{seq}/{year}', code: 'x' },
    { template: 'نامه {code} {year} - {seq:3}', code: 'DG' },
    { template: '{unit}.{yy}.{seq:9}', code: 'x', unit: 'pol' },
    { template: '{year} {seq}', code: 'x' },
  ]
  const seqs = [1, 2, 9, 10, 12, 99, 100, 128, 999, 1000, 12345, 99999, 100000, 123456, 999999, 1234567, 999999999]
  const years = [1350, 1399, 1400, 1404, 1405, 1449]

  it.each(templates.map((t, i) => [t.template, { ...t, id: i }] as const))('%s', (_t, book) => {
    for (const year of years) {
      for (const seq of seqs) {
        for (const persianDigits of [false, true]) {
          const formatted = formatRegistryNumber(book.template, { year, code: book.code, unit: book.unit, seq }, { persianDigits })
          const parsed = parseRegistryNumber(formatted, [book])
          expect(parsed, formatted).toEqual([
            {
              bookId: book.id,
              year,
              seq,
              canonical: formatRegistryNumber(book.template, { year, code: book.code, unit: book.unit, seq }),
            },
          ])
          const detected = detectReferences(`پیرو ${formatted} مورخ ۱۴۰۵/۰۱/۰۱`, [book])
          expect(detected.map((d) => d.seq), formatted).toEqual([seq])
        }
      }
    }
  })
})
