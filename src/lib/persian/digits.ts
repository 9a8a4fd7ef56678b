// Staff type registry numbers and dates with Persian, Arabic-Indic or Latin digits
// interchangeably, so every comparison goes through one of these.

const PERSIAN_ZERO = 0x06f0 // ۰
const ARABIC_INDIC_ZERO = 0x0660 // ٠

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits → Latin 0-9; everything else untouched. */
export function toLatinDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0)
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO
    return String.fromCharCode(48 + code - zero)
  })
}

/** Latin (0-9) and Arabic-Indic (٠-٩) digits → Persian ۰-۹; everything else untouched. */
export function toPersianDigits(s: string): string {
  return s.replace(/[0-9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0)
    const value = code >= ARABIC_INDIC_ZERO ? code - ARABIC_INDIC_ZERO : code - 48
    return String.fromCharCode(PERSIAN_ZERO + value)
  })
}
