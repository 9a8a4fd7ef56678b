export { toLatinDigits, toPersianDigits } from './digits'
export {
  cleanDisplayText,
  compactForSearch,
  normalizeForSearch,
  normalizeLetters,
  stripBidiMarks,
} from './normalize'
export { isStopWord, PERSIAN_STOP_WORDS } from './stopwords'
