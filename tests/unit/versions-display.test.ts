import { describe, expect, it } from 'vitest'

import { displayValue, fieldSpecs, richTextWords, versionChanges, versionStatus, type FieldLike } from '../../src/lib/versions/display'
import { matchSavers } from '../../src/lib/versions/savers'

const labelOf = (label: unknown, name: string) => (typeof label === 'string' ? label : name)

const FIELDS: FieldLike[] = [
  {
    type: 'row',
    fields: [
      { type: 'select', name: 'status', label: 'وضعیت', options: [{ value: 'draft', label: 'پیش‌نویس' }, { value: 'registered', label: 'ثبت‌شده' }] },
      { type: 'select', name: 'urgency', label: 'فوریت', options: [{ value: 'normal', label: 'عادی' }, { value: 'urgent', label: 'فوری' }] },
    ],
  },
  { type: 'text', name: 'subject', label: 'موضوع' },
  { type: 'richText', name: 'body', label: 'متن نامه' },
  { type: 'date', name: 'senderDate', label: 'تاریخ نامهٔ فرستنده', admin: { date: { pickerAppearance: 'dayOnly' } } },
  { type: 'date', name: 'registeredAt', label: 'زمان ثبت' },
  { type: 'checkbox', name: 'archived', label: 'بایگانی' },
  { type: 'relationship', name: 'sender', label: 'فرستنده', relationTo: ['correspondents', 'posts'] },
  { type: 'relationship', name: 'dossier', label: 'پرونده', relationTo: 'dossiers' },
  { type: 'text', name: 'senderDateJalali', label: 'شمسی', virtual: true },
  { type: 'json', name: 'referralTree', label: 'درخت', virtual: true },
  { type: 'join', name: 'repliedBy', label: 'عطف‌ها' },
  { type: 'text', name: 'senderNumberKey', label: 'کلید', admin: { hidden: true } },
  { type: 'tabs', tabs: [{ label: 'ثبت', fields: [{ type: 'number', name: 'registrySeq', label: 'ردیف' }] }] },
  { type: 'date', name: 'updatedAt', label: 'آخرین تغییر' },
]

const specs = fieldSpecs(FIELDS, labelOf)
const spec = (name: string) => specs.find((s) => s.name === name)!

describe('the fields of a record type as the versions views show them', () => {
  it('keeps the stored fields in form order through rows and tabs, leaving out virtual, join, hidden and bookkeeping fields', () => {
    expect(specs.map((s) => s.name)).toEqual(['status', 'urgency', 'subject', 'body', 'senderDate', 'registeredAt', 'archived', 'sender', 'dossier', 'registrySeq'])
    expect(spec('subject').label).toBe('موضوع')
  })

  it('writes dates in Jalali in Tehran time with Persian digits, with the time unless the field is day-only', () => {
    // 2026-11-30T19:10Z is 22:40 in Tehran on 9 Azar 1405.
    expect(displayValue(spec('registeredAt'), '2026-11-30T19:10:00.000Z')).toBe('۱۴۰۵/۰۹/۰۹ ۲۲:۴۰')
    // 21:00Z is already the next day in Tehran.
    expect(displayValue(spec('senderDate'), '2026-11-30T21:00:00.000Z')).toBe('۱۴۰۵/۰۹/۱۰')
  })

  it('names options by label, booleans in Persian, numbers and unnamed records in Persian digits, nothing as a dash', () => {
    expect(displayValue(spec('urgency'), 'urgent')).toBe('فوری')
    expect(displayValue(spec('archived'), true)).toBe('بله')
    expect(displayValue(spec('archived'), false)).toBe('خیر')
    expect(displayValue(spec('registrySeq'), 1204)).toBe('۱۲۰۴')
    expect(displayValue(spec('dossier'), 17)).toBe('۱۷')
    expect(displayValue(spec('subject'), null)).toBe('—')
    expect(displayValue(spec('subject'), '')).toBe('—')
  })

  it('names a populated related record by the title its record type gives, polymorphic or not', () => {
    const titleOf = (doc: Record<string, unknown>, relationTo: string) => (relationTo === 'correspondents' ? String(doc.name) : relationTo === 'dossiers' ? String(doc.title) : undefined)
    expect(displayValue(spec('sender'), { relationTo: 'correspondents', value: { id: 4, name: 'فرمانداری فسا' } }, titleOf)).toBe('فرمانداری فسا')
    expect(displayValue(spec('sender'), { relationTo: 'posts', value: 9 }, titleOf)).toBe('۹')
    expect(displayValue(spec('dossier'), { id: 2, title: 'انتخابات ۱۴۰۵' }, titleOf)).toBe('انتخابات ۱۴۰۵')
  })

  it('reads rich text as its words', () => {
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'سلام' }, { type: 'text', text: ' علیکم' }] }, { type: 'paragraph', children: [{ type: 'text', text: 'با احترام' }] }] } }
    expect(richTextWords(body)).toBe('سلام علیکم با احترام')
    expect(displayValue(spec('body'), body)).toBe('سلام علیکم با احترام')
  })
})

describe('what changed between two versions', () => {
  const before = { status: 'draft', urgency: 'normal', subject: 'گزارش', registeredAt: null, sender: { relationTo: 'correspondents', value: 4 }, updatedAt: '2026-11-30T10:00:00Z' }
  const after = { status: 'draft', urgency: 'urgent', subject: 'گزارش نهایی', registeredAt: undefined, sender: { relationTo: 'correspondents', value: { id: 4, name: 'x' } }, updatedAt: '2026-11-30T11:00:00Z' }

  it('lists only the fields whose value differs, by label, before and after, a populated relationship equal to its id', () => {
    expect(versionChanges(specs, before, after)).toEqual([
      { name: 'urgency', label: 'فوریت', before: 'عادی', after: 'فوری' },
      { name: 'subject', label: 'موضوع', before: 'گزارش', after: 'گزارش نهایی' },
    ])
  })

  it('shows the first version as what it was given, empty fields left out', () => {
    expect(versionChanges(specs, null, { subject: 'گزارش', urgency: 'normal', archived: null })).toEqual([
      { name: 'urgency', label: 'فوریت', before: '—', after: 'عادی' },
      { name: 'subject', label: 'موضوع', before: '—', after: 'گزارش' },
    ])
  })

  it('lists no change for a checkbox that was never set and is now «no»', () => {
    expect(versionChanges(specs, { archived: undefined, subject: 'الف' }, { archived: false, subject: 'الف' })).toEqual([])
    expect(versionChanges(specs, { archived: false }, { archived: true })).toEqual([{ name: 'archived', label: 'بایگانی', before: 'خیر', after: 'بله' }])
  })

  it('says a correction’s change list by the record’s Persian labels, never as JSON with English keys', () => {
    const withCorrections = fieldSpecs(
      [
        ...FIELDS,
        { type: 'text', name: 'senderNumber', label: 'شمارهٔ نامهٔ فرستنده' },
        {
          type: 'array',
          name: 'corrections',
          label: 'اصلاحات',
          fields: [
            { type: 'textarea', name: 'reason', label: 'دلیل' },
            { type: 'json', name: 'changes', label: 'پیش و پس از اصلاح' },
          ],
        },
      ],
      labelOf,
    )
    const corrections = [{ reason: 'خطای تایپی', changes: [{ field: 'senderNumber', before: '12/ف', after: '13/ف' }, { field: 'urgency', before: 'normal', after: 'urgent' }] }]
    const [row] = versionChanges(withCorrections, { corrections: [] }, { corrections })
    expect(row!.label).toBe('اصلاحات')
    expect(row!.after).toBe('دلیل: خطای تایپی؛ پیش و پس از اصلاح: شمارهٔ نامهٔ فرستنده: از «12/ف» به «13/ف»؛ فوریت: از «عادی» به «فوری»')
    expect(row!.after).not.toMatch(/field|before|after|senderNumber|[{}"]/)
  })

  it('gives the status of a version by the label of its status field, or of drafts’ _status', () => {
    expect(versionStatus(specs, { status: 'registered' })).toBe('ثبت‌شده')
    expect(versionStatus([], { _status: 'draft' }, { draft: 'پیش‌نویس', published: 'منتشرشده' })).toBe('پیش‌نویس')
    expect(versionStatus([], {})).toBe('—')
  })
})

describe('who saved each version, from the audit trail', () => {
  it('takes the nearest save within two minutes, and nobody when none is that near', () => {
    const t = Date.parse('2026-11-30T10:00:00Z')
    const savers = matchSavers(
      [
        { id: 1, at: t },
        { id: 2, at: t + 60_000 },
        { id: 3, at: t + 3_600_000 },
      ],
      [
        { at: t + 40, actorId: 7 },
        { at: t + 60_050, actorId: 8 },
        { at: t + 3_600_000 - 200_000, actorId: 9 },
      ],
    )
    expect([...savers.entries()]).toEqual([
      [1, 7],
      [2, 8],
      [3, null],
    ])
  })
})
