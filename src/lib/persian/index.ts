export { toLatinDigits, toPersianDigits } from './digits'
export {
  cleanDisplayText,
  compactForSearch,
  normalizeForSearch,
  normalizeLetters,
  stripBidiMarks,
} from './normalize'
