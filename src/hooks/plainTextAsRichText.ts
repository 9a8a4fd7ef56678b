import type { FieldHook } from 'payload'

import { plainToRichText } from '../lib/letters/text'

/**
 * beforeValidate of a rich-text field that was plain text once (a referral's response): a
 * string given to the API is taken as its paragraphs, so older clients and scripts keep
 * working; an empty string clears the field. The one place such text is converted.
 */
export const plainTextAsRichText: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  return value.trim() === '' ? null : plainToRichText(value.trim())
}
