import { describe, expect, it } from 'vitest'

import { GRAPHQL_INVALID, persianGraphqlError } from '../../src/lib/graphql/persianErrors'

describe('graphql-js errors said in Persian', () => {
  it.each([
    ['Cannot query field "nosuch" on type "Letter".', 'فیلد «nosuch» در «Letter» وجود ندارد.'],
    ['Unknown argument "bogus" on field "Query.Letters".', 'آرگومان «bogus» برای «Query.Letters» شناخته نیست.'],
    ['Variable "$n" got invalid value "ده"; Int cannot represent non-integer value: "ده"', 'مقدار متغیر «n» با نوع آن نمی‌خواند.'],
    ['String cannot represent a non string value: 5', 'مقداری با نوع نادرست فرستاده شده است.'],
    ['Field "Letters" of type "Letters" must have a selection of subfields. Did you mean "Letters { ... }"?', 'برای «Letters» باید فیلدهایی را برگزینید.'],
    ['Unknown fragment "F9".', 'قطعهٔ «F9» تعریف نشده است.'],
  ])('%s', (english, persian) => {
    expect(persianGraphqlError(english)).toBe(persian)
  })

  it('says one general Persian sentence for anything else, never the English', () => {
    expect(persianGraphqlError('Some new rule of a later graphql-js.')).toBe(GRAPHQL_INVALID)
  })
})
