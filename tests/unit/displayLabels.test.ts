// What people read in place of stored Latin: a book's number template, a holiday's source,
// the audit trail's channels (issue 13, item 7).
import fs from 'fs'
import path from 'path'

import { describe, expect, it } from 'vitest'

import { AUDIT_INTERFACE_LABELS } from '../../src/lib/audit/vocabulary'
import { holidaySeeds, holidaySourceLabel, HOLIDAY_SOURCE_LABELS } from '../../src/lib/holidays'
import { describeTemplate } from '../../src/lib/registry'

const LATIN = /[A-Za-z0-9]/

describe('a registry book\'s number template, in Persian', () => {
  it('names each part and gives an example number with Persian digits', () => {
    expect(describeTemplate('{year}/{code}/{seq}')).toBe('سال/کد دفتر/شماره')
    expect(describeTemplate('{year}/{code}/{seq}', { year: 1405, code: 'و', seq: 12 })).toBe('سال/کد دفتر/شماره، مانند ۱۴۰۵/و/۱۲')
    expect(describeTemplate('{yy}-{code}-{seq:5}', { year: 1405, code: 'ص', seq: 7 })).toBe('سال دورقمی-کد دفتر-شمارهٔ ۵رقمی، مانند ۰۵-ص-۰۰۰۰۷')
  })

  it('names a unit code in words rather than guessing one, and copies literal digits in Persian', () => {
    expect(describeTemplate('{unit}/{seq}/1', { year: 1405, code: 'د', seq: 3 })).toBe('کد واحد/شماره/۱، مانند کد واحد/۳/۱')
  })

  it('says nothing of a template that is not valid (the form says why)', () => {
    expect(describeTemplate('{year}/{code}')).toBeNull()
    expect(describeTemplate('{nope}/{seq}', { year: 1405, code: 'و', seq: 1 })).toBeNull()
  })
})

describe('a holiday\'s source, in Persian', () => {
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/iran-holidays.json'), 'utf8'))
  const solar = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/solar-holidays.json'), 'utf8'))
  const seeds = holidaySeeds(data, solar, 'iran-holidays.json', 'solar-holidays.json')

  it('describes every source the seed stores, without a Latin letter or digit', () => {
    const sources = new Set(seeds.map((s) => s.source))
    expect(sources.size).toBe(2)
    for (const source of sources) {
      expect(LATIN.test(source)).toBe(true)
      for (const length of ['short', 'full'] as const) {
        const label = holidaySourceLabel(source, length)
        expect(label).not.toBe(source)
        expect(label).not.toMatch(LATIN)
      }
    }
    const lunar = seeds.find((s) => s.seedKey.startsWith('iran-holidays:'))!
    const fixed = seeds.find((s) => s.seedKey.startsWith('solar-law:'))!
    expect(holidaySourceLabel(lunar.source, 'short')).toBe(HOLIDAY_SOURCE_LABELS.officialCalendar.short)
    expect(holidaySourceLabel(fixed.source)).toBe(HOLIDAY_SOURCE_LABELS.solarLaw.full)
  })

  it('shows a source the office typed as it is, and nothing for none', () => {
    expect(holidaySourceLabel('بخشنامهٔ استانداری فارس ۱۴۰۵/۰۲/۱۰')).toBe('بخشنامهٔ استانداری فارس ۱۴۰۵/۰۲/۱۰')
    expect(holidaySourceLabel('notes.json is mentioned here')).toBe('notes.json is mentioned here')
    expect(holidaySourceLabel('')).toBeNull()
    expect(holidaySourceLabel(null)).toBeNull()
  })
})

describe('the audit trail\'s channels', () => {
  it('are named in Persian', () => {
    for (const label of Object.values(AUDIT_INTERFACE_LABELS)) expect(label).not.toMatch(LATIN)
  })
})
