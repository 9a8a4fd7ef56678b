/**
 * graphql-js names what is wrong with a document or its variables in English (its validation
 * rules and variable coercion, graphql 16). Dabir answers every refusal in Persian: the common
 * shapes are said again in Persian with the names they mention; anything else gets one
 * general Persian sentence. Pure: strings in, strings out.
 */
const RULES: [RegExp, (...names: string[]) => string][] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"/, (field, type) => `فیلد «${field}» در «${type}» وجود ندارد.`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"/, (arg, field) => `آرگومان «${arg}» برای «${field}» شناخته نیست.`],
  [/^Unknown type "([^"]+)"/, (type) => `نوع «${type}» در طرح GraphQL نیست.`],
  [/^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/, (field, arg) => `آرگومان «${arg}» برای «${field}» لازم است.`],
  [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/, (field) => `برای «${field}» باید فیلدهایی را برگزینید.`],
  [/^Field "([^"]+)" must not have a selection since type/, (field) => `«${field}» زیرفیلد ندارد.`],
  [/^Variable "\$([^"]+)" got invalid value/, (name) => `مقدار متغیر «${name}» با نوع آن نمی‌خواند.`],
  [/^Variable "\$([^"]+)" of required type "([^"]+)" was not provided/, (name) => `متغیر «${name}» فرستاده نشده است.`],
  [/^Variable "\$([^"]+)" is not defined/, (name) => `متغیر «${name}» تعریف نشده است.`],
  [/^Variable "\$([^"]+)" is never used/, (name) => `متغیر «${name}» به کار نرفته است.`],
  [/^Unknown fragment "([^"]+)"/, (name) => `قطعهٔ «${name}» تعریف نشده است.`],
  [/^Fragment "([^"]+)" is never used/, (name) => `قطعهٔ «${name}» به کار نرفته است.`],
  [/^Cannot spread fragment "([^"]+)" within itself/, (name) => `قطعهٔ «${name}» خودش را در بر دارد.`],
  [/^(?:String|Int|Float|Boolean|ID|JSON|DateTime|Email)[\w]* cannot represent/, () => 'مقداری با نوع نادرست فرستاده شده است.'],
  [/^Expected value of type "([^"]+)"/, (type) => `مقداری از نوع «${type}» لازم است.`],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"/, (field, type) => `فیلد «${field}» در ورودی «${type}» وجود ندارد.`],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided/, (field) => `فیلد «${field}» لازم است و فرستاده نشده است.`],
  [/^There can be only one operation named "([^"]+)"/, (name) => `بیش از یک عملیات به نام «${name}» آمده است.`],
]

export const GRAPHQL_INVALID = 'پرس‌وجوی GraphQL با طرح سامانه نمی‌خواند.'

/** The Persian sentence for one graphql-js validation or variable error message. */
export function persianGraphqlError(message: string): string {
  for (const [pattern, say] of RULES) {
    const found = pattern.exec(message)
    if (found) return say(...found.slice(1))
  }
  return GRAPHQL_INVALID
}
