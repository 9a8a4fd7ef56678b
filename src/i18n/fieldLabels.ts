// Refusals and validation errors name fields by their code names («correctionReason»,
// «changes»): Payload's ValidationError lists a field's path when it has no label, and our own
// messages quote the path a person sent. People read the field's Persian label instead. Pure.

/** A field as this module reads it: any Payload field config. */
interface AnyField {
  name?: string
  label?: unknown
  fields?: AnyField[]
  tabs?: AnyField[]
  blocks?: AnyField[]
}

/** Code name → Persian label, for a collection (or several merged: the first label wins). */
export type FieldLabels = Readonly<Record<string, string>>

const persianLabel = (label: unknown): string | null => {
  if (typeof label === 'string') return label.trim() || null
  if (label && typeof label === 'object' && typeof (label as Record<string, unknown>).fa === 'string') return (label as Record<string, string>).fa
  return null
}

/** Every named field's Persian label, at any depth (groups, tabs, rows, arrays, blocks). */
export function labelsOfFields(fields: readonly AnyField[], into: Record<string, string> = {}): Record<string, string> {
  for (const field of fields) {
    const label = persianLabel(field.label)
    if (field.name && label && into[field.name] === undefined) into[field.name] = label
    for (const nested of [field.fields, field.tabs, field.blocks]) if (Array.isArray(nested)) labelsOfFields(nested, into)
  }
  return into
}

/**
 * The query operators a refusal may quote («عملگر «equals» …»), named as the list's filter names
 * them (Payload's Persian `operators.*`).
 */
export const OPERATOR_LABELS: FieldLabels = Object.freeze({
  equals: 'برابر است با',
  not_equals: 'برابر نیست با',
  in: 'یکی از',
  not_in: 'هیچ‌کدام از',
  like: 'مشابه',
  not_like: 'مشابه نیست',
  contains: 'شامل می‌شود',
  exists: 'وجود دارد',
  greater_than: 'بزرگ‌تر از',
  greater_than_equal: 'بزرگ‌تر یا مساوی با',
  less_than: 'کوچک‌تر از',
  less_than_equal: 'کوچک‌تر یا مساوی با',
  near: 'نزدیک به',
  within: 'در محدوده',
  intersects: 'اشتراک دارد',
})

const IDENT = '[A-Za-z][A-Za-z0-9_]*'
const PATH = `${IDENT}(?:\\.${IDENT})*`
const hasPersian = (s: string) => /[\u0600-\u06FF]/.test(s)

/** A dotted path in labels («inReplyTo.subject» → «عطف به › موضوع»), or null if a part is unknown. */
function labelPath(path: string, labels: FieldLabels): string | null {
  const parts = path.split('.').filter((p) => p !== 'version')
  const named = parts.map((p) => (/^\d+$/.test(p) ? null : (labels[p] ?? null)))
  if (!named.length || named.some((n, i) => n === null && !/^\d+$/.test(parts[i]!))) return null
  return named.filter(Boolean).join(' › ')
}

/**
 * `message` with each field code name in it replaced by its Persian label:
 * - «path» (quoted) → «label»;
 * - « (name)» after the Persian words that already name it → dropped;
 * - a bare code name (a word of Latin letters that is a field) → «label»;
 * - Payload's «…نامعتبر است: a, b» list of paths → their labels.
 * A message with no Persian in it (an English one, for the API) is left as it is, and so is
 * a name that is not a field's.
 */
export function nameFields(message: string, labels: FieldLabels): string {
  if (!hasPersian(message)) return message
  let out = message.replace(new RegExp(`«(${PATH})»`, 'g'), (whole, path: string) => {
    const named = labelPath(path, labels)
    return named ? `«${named}»` : whole
  })
  out = out.replace(new RegExp(`\\s*\\((${IDENT})\\)`, 'g'), (whole, name: string) => (labels[name] ? '' : whole))
  out = out.replace(new RegExp(`(^|[^A-Za-z0-9_«.])(${PATH})(?![A-Za-z0-9_»])`, 'g'), (whole, before: string, path: string) => {
    const named = labelPath(path, labels)
    return named ? `${before}«${named}»` : whole
  })
  return out
}
