// The one table of Persian spellings that the lookup treats as the same word. It is data:
// the normaliser (normalize.ts) and the search (src/lib/search/text.ts, query.ts) read it;
// nothing else decides which spellings meet. The stored text is never rewritten with it.
//
// Two kinds of rule:
// - `fold`: code points of one letter or mark, or digits, that a reader cannot tell apart.
//   They are folded away in every search key (normalizeForSearch), so they never decide a match.
// - `variant`: two spellings of one word that Persian writers really use side by side. The index
//   holds a word in every such spelling and a query asks for every spelling of its words, so
//   either meets the other; the exact spelling as typed still ranks first (src/server/search).
//
// Sources (cited per rule below by their key):
// - FARHANGESTAN: فرهنگستان زبان و ادب فارسی، «دستور خط فارسی» (ویرایش ۱۳۹۴): hamza and its
//   seats, آ, ـهٔ / ـۀ for the ezafe after a silent ه, the final hamza of اء words, joined or
//   separate writing of می/نمی and of ها/تر/ترین, the half-space.
// - ISIRI6219: ISIRI 6219 (Persian character set) and the Unicode Standard, Arabic block notes:
//   Persian ی U+06CC and ک U+06A9 against the Arabic ي U+064A, ى U+0649, ك U+0643; ة U+0629;
//   ۀ U+06C0; kashida U+0640; harakat U+064B–U+065F, U+0670; ZWNJ U+200C.
// - UNICODE-DIGITS: Unicode Nd: Extended Arabic-Indic ۰–۹ (Persian), Arabic-Indic ٠–٩, ASCII 0–9.
// - PRACTICE: spellings met in the directorate's own seed texts and letters (ئ / ی in رئیس /
//   رییس, هیئت / هیأت / هیات, مسئول / مسؤول / مسوول), where writers and keyboards differ.

export type SpellingSource = 'FARHANGESTAN' | 'ISIRI6219' | 'UNICODE-DIGITS' | 'PRACTICE'

export interface FoldRule {
  kind: 'fold'
  /** Each character here is written as `to` in a search key. */
  from: readonly string[]
  to: string
  note: string
  sources: readonly SpellingSource[]
}

export interface VariantRule {
  kind: 'variant'
  /** The written form (after folding): a character or a short sequence. */
  written: string
  /** The other spellings of the same sound: each replaces every occurrence of `written`. */
  alternatives: readonly string[]
  /** Only at the end of a word (the final hamza of «اجزاء»). */
  atEnd?: boolean
  note: string
  sources: readonly SpellingSource[]
}

/** Persian/Arabic-Indic digits become Latin in keys (see digits.ts, same table). */
export const DIGIT_FOLD = {
  from: ['۰–۹ (U+06F0–U+06F9)', '٠–٩ (U+0660–U+0669)'],
  to: '0–9',
  note: 'Persian, Arabic-Indic and Latin digits are the same number',
  sources: ['UNICODE-DIGITS'] as const,
}

/** Letters folded in every key (normalizeForSearch). */
export const LETTER_FOLDS: readonly FoldRule[] = Object.freeze([
  { kind: 'fold', from: ['\u064A', '\u0649'], to: '\u06CC', note: 'ي Arabic yeh, ى alef maksura → Persian ی', sources: ['ISIRI6219'] },
  { kind: 'fold', from: ['\u0643'], to: '\u06A9', note: 'ك Arabic kaf → Persian ک', sources: ['ISIRI6219'] },
  { kind: 'fold', from: ['\u0629'], to: '\u0647', note: 'ة teh marbuta → ه (Arabic spelling of Persian words in ه)', sources: ['ISIRI6219', 'FARHANGESTAN'] },
  // «نامۀ» (one code point) is «نامهٔ» (ه + U+0654): the ezafe mark is optional, so both are «نامه».
  { kind: 'fold', from: ['\u06C0'], to: '\u0647', note: 'ۀ heh with yeh above → ه (the ezafe mark, like هٔ, is optional)', sources: ['FARHANGESTAN', 'ISIRI6219'] },
  { kind: 'fold', from: ['\u0623', '\u0625', '\u0671'], to: '\u0627', note: 'أ إ ٱ (hamza or wasla on alef) → ا', sources: ['FARHANGESTAN', 'PRACTICE'] },
  { kind: 'fold', from: ['\u0624'], to: '\u0648', note: 'ؤ (hamza on waw) → و: «مسؤول» and «مسوول» meet', sources: ['FARHANGESTAN', 'PRACTICE'] },
])

/**
 * Removed from every key: harakat, tanwin, shadda, sukun, the hamza and madda marks
 * (U+0654 of «هٔ»), superscript alef, kashida U+0640, soft hyphen, BOM.
 * Source: ISIRI6219 (they are marks or fillers, not letters).
 */
export const MARK_CHARACTERS = '\u064B-\u065F\u0670\u0640\u00AD\uFEFF'

/**
 * ZWNJ, ZWJ and zero-width space: a word gap in every key, because writers use a half-space,
 * a space or nothing inside the same word (FARHANGESTAN on the half-space).
 */
export const JOINER_CHARACTERS = '\u200C\u200D\u200B'

/** Spellings of one word that the index and the query both expand to. */
export const SPELLING_VARIANTS: readonly VariantRule[] = Object.freeze([
  {
    kind: 'variant',
    written: '\u0622',
    alternatives: ['\u0627'],
    note: 'آ and ا: the madda is left out in headings, capitals and on some keyboards',
    sources: ['FARHANGESTAN', 'PRACTICE'],
  },
  {
    kind: 'variant',
    // ئ is the hamza written on a yeh seat; the same hamza is written on alef (أ, folded to ا)
    // or waw (ؤ, folded to و), or left seat-less as ی: «هیئت / هیأت / هیات»، «مسئول / مسؤول»،
    // «رئیس / رییس».
    written: '\u0626',
    alternatives: ['\u06CC', '\u0627', '\u0648'],
    note: 'ئ and its other seats (أ → ا, ؤ → و) and the seat-less ی',
    sources: ['FARHANGESTAN', 'PRACTICE'],
  },
  {
    kind: 'variant',
    written: '\u0627\u0621',
    alternatives: ['\u0627'],
    atEnd: true,
    note: 'final ء after alef is dropped in Persian: «اجزاء / اجزا»، «امضاء / امضا»',
    sources: ['FARHANGESTAN'],
  },
])

/**
 * Pieces written apart from, with a half-space or joined to the word they belong to: the verb
 * prefixes and the plural, comparative and personal suffixes (FARHANGESTAN). Two neighbouring
 * words where the first is a prefix or the second a suffix are also indexed as one word, so a
 * joined query («میگردد»، «دهیاریها») finds text written with a space («می گردد»، «دهیاری ها»).
 */
export const JOINABLE_PREFIXES: readonly string[] = Object.freeze(['می', 'نمی', 'بی'])
export const JOINABLE_SUFFIXES: readonly string[] = Object.freeze(['ها', 'های', 'هایی', 'هایم', 'هایش', 'تر', 'ترین', 'ای', 'ام', 'اند', 'ایم', 'اید', 'اش', 'شان', 'تان', 'مان', 'ی'])

/**
 * Version of the search normalisation: the table above together with normalizeForSearch and
 * the index's word forms. Raise it whenever either changes: the start-up reindex
 * (src/server/search/reindex.ts) rebuilds every index row when the stored version differs.
 */
export const SEARCH_NORMALIZATION_VERSION = 2

const FOLD_MAP: ReadonlyMap<string, string> = new Map(LETTER_FOLDS.flatMap((r) => r.from.map((ch) => [ch, r.to] as const)))
const FOLD_RE = new RegExp(`[${[...FOLD_MAP.keys()].join('')}]`, 'g')

/** Folds the `LETTER_FOLDS` letters; same length as the input. */
export function foldLetters(s: string): string {
  return s.replace(FOLD_RE, (ch) => FOLD_MAP.get(ch) ?? ch)
}

/**
 * Every spelling of a (normalised, one-word) search key under SPELLING_VARIANTS, the key itself
 * first. At most 16 forms (each rule applies to all its occurrences at once).
 */
export function spellingVariants(key: string): string[] {
  let forms = [key]
  for (const rule of SPELLING_VARIANTS) {
    const next = new Set(forms)
    for (const form of forms) {
      if (rule.atEnd) {
        if (form.endsWith(rule.written)) for (const alt of rule.alternatives) next.add(form.slice(0, -rule.written.length) + alt)
      } else if (form.includes(rule.written)) {
        for (const alt of rule.alternatives) next.add(form.split(rule.written).join(alt))
      }
    }
    forms = [...next]
  }
  return forms
}
