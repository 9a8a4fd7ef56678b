import { readdirSync, readFileSync } from 'fs'
import { fileURLToPath } from 'url'

import { describe, expect, it } from 'vitest'

import { actionPriority, condenseReports, summarize, type ReportInput } from '../../src/lib/summarize'

/** A realistic incoming report and the phrases its summary must keep (tests/fixtures/reports/*.json). */
interface ReportFixture extends ReportInput {
  /** Where the actionable sentence stands in the text: start, middle, end (or none, routine). */
  position: string
  mustKeep: string[]
}

const dir = new URL('../fixtures/reports/', import.meta.url)
const fixtures = Object.fromEntries(
  readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(fileURLToPath(new URL(f, dir)), 'utf8')) as ReportFixture]),
)

describe('a summary keeps what the director must act on', () => {
  it('has at least eight reports, the actionable sentence at the start, in the middle and at the end', () => {
    const all = Object.values(fixtures)
    expect(all.length).toBeGreaterThanOrEqual(8)
    for (const place of ['start', 'middle', 'end']) expect(all.some((r) => r.position.includes(place)), place).toBe(true)
  })

  it.each(Object.keys(fixtures))('%s: the summary keeps the request, who asks it and its date', (name) => {
    const report = fixtures[name]!
    const summary = summarize(report.text, { title: report.title })
    expect(summary.length).toBeLessThanOrEqual(300)
    for (const phrase of report.mustKeep) expect(summary, phrase).toContain(phrase)
  })

  it.each(['farmers-protest', 'party-permit', 'ballot-box-shortfall'])('%s: the briefing item (200 characters, two sentences) keeps it too', (name) => {
    const report = fixtures[name]!
    const [item] = condenseReports([report]).items
    expect(item!.summary.length).toBeLessThanOrEqual(200)
    expect(item!.summary).toContain(report.mustKeep[0]!)
  })

  it('a request written with the office formula is labelled «درخواست:», the formula left out', () => {
    const summary = summarize(fixtures['party-permit']!.text)
    expect(summary).toContain('درخواست: مجوز برگزاری همایش')
    expect(summary).not.toContain('خواهشمند')
  })

  it('the farmers’ summary keeps both their demand and their threat, and still says what happened', () => {
    const summary = summarize(fixtures['farmers-protest']!.text)
    expect(summary).toContain('تهدید کردند')
    expect(summary).toContain('۲۰۰ نفر از کشاورزان')
  })
})

describe('the briefing ranks what needs action before words', () => {
  const order = ['crisis-circular', 'elections-circular', 'party-permit', 'ballot-box-shortfall', 'farmers-protest', 'water-gathering', 'border-tribes']

  it('routine circulars that mention «بحران» or «انتخابات» come after every report that asks something', () => {
    const briefing = condenseReports(order.map((name) => fixtures[name]!))
    const titles = briefing.items.map((i) => i.title)
    const circulars = [fixtures['crisis-circular']!.title, fixtures['elections-circular']!.title]
    expect(titles.slice(-2).sort()).toEqual([...circulars].sort())
    // Most needing action first: the farmers' demand with a threat for next Saturday (very
    // urgent), then the immediate water gathering with its demand.
    expect(titles[0]).toBe(fixtures['farmers-protest']!.title)
    expect(titles[1]).toBe(fixtures['water-gathering']!.title)
  })

  it('priority: asked (request or threat) 2, deadline 1, urgency up to 2, a circular −1', () => {
    expect(actionPriority(fixtures['crisis-circular']!)).toBe(-1)
    expect(actionPriority(fixtures['elections-circular']!)).toBe(-1)
    expect(actionPriority(fixtures['party-permit']!)).toBe(2 + 1)
    expect(actionPriority(fixtures['ballot-box-shortfall']!)).toBe(1 + 1)
    expect(actionPriority(fixtures['farmers-protest']!)).toBe(2 + 1 + 1.5)
    expect(actionPriority({ ...fixtures['farmers-protest']!, urgency: 'normal' })).toBe(3)
  })
})
