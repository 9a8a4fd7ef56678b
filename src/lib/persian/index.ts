export { toLatinDigits, toPersianDigits } from './digits'
export {
  cleanDisplayText,
  compactForSearch,
  normalizeForSearch,
  normalizeLetters,
  stripBidiMarks,
} from './normalize'
export { isStopWord, PERSIAN_STOP_WORDS } from './stopwords'
export {
  JOINABLE_PREFIXES,
  JOINABLE_SUFFIXES,
  LETTER_FOLDS,
  SEARCH_NORMALIZATION_VERSION,
  SPELLING_VARIANTS,
  foldLetters,
  spellingVariants,
  type FoldRule,
  type SpellingSource,
  type VariantRule,
} from './spelling'
