import { describe, expect, it } from 'vitest'
import {
  cleanDisplayText,
  compactForSearch,
  normalizeForSearch,
  normalizeLetters,
  stripBidiMarks,
  toLatinDigits,
  toPersianDigits,
} from '../../src/lib/persian'

const ZWNJ = '\u200C'

describe('digits', () => {
  it('toLatinDigits converts Persian and Arabic-Indic digits, leaves the rest', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789')
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
    expect(toLatinDigits('نامه ۱۴۰۵/ص/١٢8')).toBe('نامه 1405/ص/128')
  })

  it('toPersianDigits converts Latin and Arabic-Indic digits, leaves the rest', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹')
    expect(toPersianDigits('٠١٢٣٤٥٦٧٨٩')).toBe('۰۱۲۳۴۵۶۷۸۹')
    expect(toPersianDigits('1405/ص/۱۲8')).toBe('۱۴۰۵/ص/۱۲۸')
  })
})

describe('normalizeLetters', () => {
  it.each([
    ['علي', 'علی'], // U+064A Arabic yeh
    ['موسى', 'موسی'], // U+0649 alef maksura
    ['كتاب', 'کتاب'], // U+0643 Arabic kaf
    ['مدرسة', 'مدرسه'], // U+0629 teh marbuta
    ['أحمد', 'احمد'],
    ['إسلام', 'اسلام'],
    ['ٱلله', 'الله'],
    ['مؤسسه', 'موسسه'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLetters(input)).toBe(expected)
  })

  it('keeps Persian letters it is not meant to touch; ۀ is ه with the optional ezafe mark', () => {
    expect(normalizeLetters('خانۀ آیین‌نامه مسئول')).toBe('خانه آیین‌نامه مسئول')
  })
})

describe('normalizeForSearch', () => {
  it.each([
    ['نیم‌فاصله', 'نیم فاصله'],
    ['كتاب‌ها', 'کتاب ها'],
    ['شماره ۱۴۰۵/ص/١٢٨', 'شماره 1405/ص/128'],
    ['مُحَمَّد', 'محمد'], // harakat
    ['قرآن\u0670', 'قرآن'], // superscript alef
    ['سـلـام', 'سلام'], // tatweel
    ['\u200Fسلام\u200E \u202Bدنیا\u202C \u2067x\u2069\u061C', 'سلام دنیا x'], // bidi marks
    ['نامه\u200Dها', 'نامه ها'], // ZWJ
    ['  نامه\u00A0\u00A0اداری\u202F\t\nفوری  ', 'نامه اداری فوری'], // NBSP, U+202F, runs
    ['Payload CMS', 'payload cms'],
    ['ا\u0653ب', 'آب'], // decomposed madda composes to آ (NFC) instead of losing the mark
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected)
  })

  it('makes the usual spellings of one word equal', () => {
    expect(normalizeForSearch('نیم‌فاصله')).toBe(normalizeForSearch('نیم فاصله'))
    expect(normalizeForSearch('كتاب‌ها')).toBe(normalizeForSearch('کتاب ها'))
    expect(normalizeForSearch('مسئولين')).toBe(normalizeForSearch('مسئولین'))
  })
})

describe('compactForSearch', () => {
  it('removes every space so lost ZWNJs still match', () => {
    const key = compactForSearch('آیین‌نامه')
    expect(key).toBe('آییننامه')
    expect(compactForSearch('آیین نامه')).toBe(key)
    expect(compactForSearch('آییننامه')).toBe(key)
    expect(compactForSearch(' آيين  نامه ')).toBe(key)
  })
})

describe('cleanDisplayText', () => {
  it('fixes ي and ك, trims, collapses spaces, keeps ZWNJ and line breaks', () => {
    expect(cleanDisplayText('  علي   كاظمی\t\tنامه‌ها  ')).toBe(`علی کاظمی نامه${ZWNJ}ها`)
    expect(cleanDisplayText('بند ۱\nبند ۲')).toBe('بند ۱\nبند ۲')
  })

  it('does not apply the search-only substitutions', () => {
    expect(cleanDisplayText('مؤسسهٔ أمين مدرسة')).toBe('مؤسسهٔ أمین مدرسة')
    expect(cleanDisplayText('۱۴۰۵')).toBe('۱۴۰۵')
  })
})

describe('stripBidiMarks', () => {
  it('removes LRM, RLM, ALM, embeddings and isolates only', () => {
    expect(stripBidiMarks('\u200Eالف\u200F\u061C\u202Aب\u202C\u2066ج\u2069' + ZWNJ)).toBe(
      'الفبج' + ZWNJ,
    )
  })
})

describe('originals are unchanged', () => {
  it('every function returns a new value and leaves its input as it was', () => {
    const original = ' كتاب‌ها ي ۱2 \u200F'
    const input = original
    const fns = [
      toLatinDigits,
      toPersianDigits,
      normalizeLetters,
      normalizeForSearch,
      compactForSearch,
      cleanDisplayText,
      stripBidiMarks,
    ]
    for (const fn of fns) {
      const out = fn(input)
      expect(out, fn.name).not.toBe(original)
      expect(input).toBe(original)
    }
  })
})

describe('idempotence', () => {
  const samples = [
    '',
    '   ',
    'نیم‌فاصله',
    'كتاب‌ها',
    'آیین‌نامه نظام‌نامهٔ دفتر هماهنگی',
    'مُحَمَّد  علي\u00A0رضائی',
    'شماره ۱۴۰۵/ص/١٢٨ مورخ 1405/09/01',
    '\u200F\u202Bمتن\u202C\u200E\u200D\u200Bسـلـام',
    'ا\u0653ب و ا\u0654حمد',
    'Payload CMS — ÉCOLE İstanbul',
    'مؤسسة إسلامية',
  ]
  it.each(samples)('%j', (s) => {
    const once = normalizeForSearch(s)
    expect(normalizeForSearch(once)).toBe(once)
    expect(compactForSearch(compactForSearch(s))).toBe(compactForSearch(s))
    expect(normalizeLetters(normalizeLetters(s))).toBe(normalizeLetters(s))
    expect(cleanDisplayText(cleanDisplayText(s))).toBe(cleanDisplayText(s))
  })
})
