// A book's number template as people read it: its parts in Persian and an example number.
// The stored template (`{year}/{code}/{seq}`) is what the admin types; everyone else sees
// «سال/کد دفتر/شماره، مانند ۱۴۰۵/و/۱۲».
import { toPersianDigits } from '../persian'
import { renderParts, scanTemplate, type TemplatePart } from './format'

const fa = (n: number): string => toPersianDigits(String(n))

/** What each token of a template stands for. */
export const TEMPLATE_PART_WORDS = {
  year: 'سال',
  yy: 'سال دورقمی',
  code: 'کد دفتر',
  unit: 'کد واحد',
  seq: 'شماره',
  seqPadded: (pad: number) => `شمارهٔ ${fa(pad)}رقمی`,
  example: 'مانند',
  /** For whoever types a template (the admin): the tokens, each with what it stands for. */
  tokens: 'نشانه‌ها: {year} سال، {yy} سال دورقمی، {code} کد دفتر، {unit} کد واحد، {seq} شماره، {seq:5} شمارهٔ ۵رقمی',
} as const

function wordOf(part: TemplatePart): string {
  switch (part.kind) {
    case 'literal':
      return toPersianDigits(part.text)
    case 'seq':
      return part.pad ? TEMPLATE_PART_WORDS.seqPadded(part.pad) : TEMPLATE_PART_WORDS.seq
    default:
      return TEMPLATE_PART_WORDS[part.kind]
  }
}

export interface TemplateExample {
  year: number
  /** The book's code; without it the example says «کد دفتر». */
  code?: string | null
  seq: number
}

/**
 * `{year}/{code}/{seq}` → «سال/کد دفتر/شماره، مانند ۱۴۰۵/و/۱۲» (with the example's year, the
 * book's code and sequence; a unit code, which the example does not know, is named in words).
 * Null for a template that is not valid (the form says why).
 */
export function describeTemplate(template: string, example?: TemplateExample): string | null {
  const scan = scanTemplate(template)
  if (!scan.ok) return null
  const words = scan.parts.map(wordOf).join('')
  if (!example) return words
  const number = renderParts(scan.parts, {
    year: example.year,
    code: example.code || TEMPLATE_PART_WORDS.code,
    unit: TEMPLATE_PART_WORDS.unit,
    seq: example.seq,
  })
  return `${words}، ${TEMPLATE_PART_WORDS.example} ${toPersianDigits(number)}`
}
