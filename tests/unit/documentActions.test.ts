import { describe, expect, it } from 'vitest'

import { changesOf, EMPTY, HIDDEN_RECORD, refsOf, valueText, type FieldInfo } from '../../src/lib/corrections/describe'
import { letterActions } from '../../src/components/DocumentActions/letters'
import { fieldsFromQuery, tabLabelOf } from '../../src/components/DocumentActions/paperOrder'
import { fromCreateQuery, queryValueOnCreatePage } from '../../src/fields/fromCreateQuery'
import { recordTabs } from '../../src/fields/recordTabs'
import { shortcutOf } from '../../src/components/DocumentActions/shortcuts'
import type { ActionContext } from '../../src/components/DocumentActions/types'

const none = () => undefined

describe('a correction read as text', () => {
  it('shows text in Persian digits and an empty value as a dash', () => {
    expect(valueText('نامهٔ 12/ف', { label: 'موضوع', type: 'text' }, none)).toBe('نامهٔ ۱۲/ف')
    expect(valueText(null, { label: 'موضوع', type: 'text' }, none)).toBe(EMPTY)
    expect(valueText([], { label: 'پیوست‌ها', type: 'relationship', relationTo: 'attachments' }, none)).toBe(EMPTY)
  })

  it('shows a date as the Jalali day in Tehran, with the time when the field has one', () => {
    // 2026-11-21 20:45 UTC is 1405/09/01 00:15 in Tehran (UTC+03:30): already the next day.
    const date: FieldInfo = { label: 'تاریخ', type: 'date' }
    expect(valueText('2026-11-21T20:45:00.000Z', date, none)).toBe('۱۴۰۵/۰۹/۰۱')
    expect(valueText('2026-11-21T20:45:00.000Z', { ...date, withTime: true }, none)).toBe('۱۴۰۵/۰۹/۰۱ ۰۰:۱۵')
  })

  it('shows a select by its option label and a checkbox as yes or no', () => {
    const urgency: FieldInfo = { label: 'فوریت', type: 'select', options: [{ label: 'فوری', value: 'urgent' }] }
    expect(valueText('urgent', urgency, none)).toBe('فوری')
    expect(valueText(true, { label: 'x', type: 'checkbox' }, none)).toBe('بله')
  })

  it('names related records by the titles the reader may read, and hides the rest', () => {
    const sender: FieldInfo = { label: 'فرستنده', type: 'relationship', relationTo: ['correspondents', 'posts'] }
    const titles = (ref: { relationTo: string; id: string | number }) => (ref.relationTo === 'correspondents' && ref.id === 4 ? 'فرمانداری فسا' : undefined)
    expect(valueText({ relationTo: 'correspondents', value: 4 }, sender, titles)).toBe('فرمانداری فسا')
    expect(valueText([{ relationTo: 'correspondents', value: 4 }, { relationTo: 'posts', value: 9 }], sender, titles)).toBe(`فرمانداری فسا، ${HIDDEN_RECORD}`)
    expect(refsOf([3, { id: 5 }], 'attachments')).toEqual([
      { relationTo: 'attachments', id: 3 },
      { relationTo: 'attachments', id: 5 },
    ])
  })

  it('reads rich text as its words, not its JSON', () => {
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'متن اصلاح‌شده' }] }] } }
    expect(valueText(body, { label: 'متن', type: 'richText' }, none)).toBe('متن اصلاح‌شده')
  })

  it('drops malformed change items', () => {
    expect(changesOf([{ field: 'subject', before: 'a', after: 'b' }, { before: 1 }, null, 'x'])).toEqual([{ field: 'subject', before: 'a', after: 'b' }])
    expect(changesOf(undefined)).toEqual([])
  })
})

describe('the admin-wide shortcut', () => {
  const press = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods })
  it('Alt+N opens a new incoming letter, whatever the keyboard layout (the physical key)', () => {
    expect(shortcutOf(press('KeyN', { altKey: true }))?.path).toBe('/collections/letters/create?kind=incoming')
  })
  it('N alone, Ctrl+Alt+N and Alt+Shift+N are not it', () => {
    expect(shortcutOf(press('KeyN'))).toBeUndefined()
    expect(shortcutOf(press('KeyN', { altKey: true, ctrlKey: true }))).toBeUndefined()
    expect(shortcutOf(press('KeyN', { altKey: true, shiftKey: true }))).toBeUndefined()
  })
})

describe('a new letter from the address (Alt+N)', () => {
  const kind = fromCreateQuery('letters', { name: 'kind', type: 'select', options: [{ label: 'وارده', value: 'incoming' }, { label: 'صادره', value: 'outgoing' }] })
  const page = (url: string, query: Record<string, unknown>) => ({ url, query })
  const defaultOf = (req: { url: string; query: Record<string, unknown> }) =>
    (kind.defaultValue as (args: { req: unknown; user: null; locale: undefined }) => Promise<unknown>)({ req, user: null, locale: undefined })
  it('takes one of the field\'s own options on the admin create page of its collection', async () => {
    expect(await defaultOf(page('http://localhost:3000/admin/collections/letters/create?kind=incoming', { kind: 'incoming' }))).toBe('incoming')
    expect(queryValueOnCreatePage(page('/admin/collections/letters/create?kind=outgoing', { kind: 'outgoing' }), 'letters', 'kind', ['incoming', 'outgoing'])).toBe('outgoing')
  })
  it('takes nothing else: a value not among the options, another page, another collection, an API request', async () => {
    expect(await defaultOf(page('http://localhost:3000/admin/collections/letters/create?kind=secret', { kind: 'secret' }))).toBeUndefined()
    expect(await defaultOf(page('http://localhost:3000/admin/collections/letters/create?kind=incoming&kind=outgoing', { kind: ['incoming', 'outgoing'] }))).toBeUndefined()
    expect(await defaultOf(page('http://localhost:3000/admin/collections/letters/12?kind=incoming', { kind: 'incoming' }))).toBeUndefined()
    expect(await defaultOf(page('http://localhost:3000/admin/collections/dossiers/create?kind=incoming', { kind: 'incoming' }))).toBeUndefined()
    expect(await defaultOf(page('http://localhost:3000/api/letters?kind=incoming', { kind: 'incoming' }))).toBeUndefined()
  })
  it('keeps the field\'s own default otherwise, and flags the field for the page', async () => {
    const urgency = fromCreateQuery('letters', { name: 'urgency', type: 'select', options: ['normal', 'urgent'], defaultValue: 'normal' })
    const args = { req: page('http://localhost:3000/admin/collections/letters/create', {}), user: null, locale: undefined }
    expect(await (urgency.defaultValue as (a: typeof args) => Promise<unknown>)(args)).toBe('normal')
    const fields = [recordTabs({ details: [{ type: 'row', fields: [kind, { name: 'subject', type: 'text' }] }] })]
    expect(fieldsFromQuery(fields as never)).toEqual(['kind'])
  })
})

describe('Tab along the paper across the form\'s tabs', () => {
  const fields = [
    recordTabs({
      details: [{ name: 'subject', type: 'text' }, { type: 'row', fields: [{ name: 'senderNumber', type: 'text' }] }],
      content: [{ name: 'body', type: 'richText' }, { name: 'attachments', type: 'relationship', relationTo: 'attachments', hasMany: true }],
    }),
    { name: 'dossier', type: 'relationship', relationTo: 'dossiers' },
  ]
  it('finds the tab holding a field, through rows', () => {
    expect(tabLabelOf(fields as never, 'senderNumber')).toBe('مشخصات')
    expect(tabLabelOf(fields as never, 'attachments')).toBe('متن و پیوست‌ها')
  })
  it('a field outside the tabs, or none by that name, has no tab', () => {
    expect(tabLabelOf(fields as never, 'dossier')).toBeNull()
    expect(tabLabelOf(fields as never, 'nothing')).toBeNull()
  })
  it('the letter\'s paper order: sender, number, date, subject, then attachments and body', () => {
    expect(letterActions.paperOrder).toEqual(['sender', 'senderNumber', 'senderDate', 'subject', 'attachments', 'body'])
  })
})

describe('which letter actions show, by role and state', () => {
  const ctx = (roles: string[], saved: Record<string, unknown>, kind = 'incoming'): ActionContext => ({
    slug: 'letters',
    id: 1,
    apiRoute: '/api',
    saved,
    user: { id: 1, roles },
    modified: false,
    value: (path) => (path === 'kind' ? kind : undefined),
    submit: async () => true,
    request: async () => ({ ok: true, status: 200, data: {} }) as never,
    navigate: () => undefined,
  })
  const REGISTRATION = ['register', 'correct', 'cancel']
  const shown = (c: ActionContext) => letterActions.actions.filter((a) => REGISTRATION.includes(a.key) && a.visible(c)).map((a) => a.key)
  const desk = (c: ActionContext) => letterActions.actions.filter((a) => !REGISTRATION.includes(a.key) && a.visible(c)).map((a) => a.key)
  const cases: [string, string[], Record<string, unknown>, string, string[]][] = [
    ['office chief, incoming draft', ['secretariat'], { status: 'draft' }, 'incoming', ['register']],
    ['office chief, registered', ['secretariat'], { status: 'registered' }, 'incoming', ['correct', 'cancel']],
    ['office chief, cancelled', ['secretariat'], { status: 'cancelled' }, 'incoming', []],
    ['director, incoming draft', ['director'], { status: 'draft' }, 'incoming', []],
    ['director, outgoing draft (signs it)', ['director'], { status: 'draft' }, 'outgoing', ['register']],
    ['director, registered', ['director'], { status: 'registered' }, 'incoming', []],
    ['deputy, registered', ['deputy'], { status: 'registered' }, 'incoming', []],
    ['expert, own draft', ['expert'], { status: 'draft' }, 'outgoing', []],
  ]
  for (const [who, roles, saved, kind, expected] of cases) {
    it(`${who}: ${expected.join(', ') || 'none'}`, () => expect(shown(ctx(roles, saved, kind))).toEqual(expected))
  }

  it('the desk\'s actions are entries too: all five on a registered letter for whoever works papers', () => {
    expect(desk(ctx(['secretariat'], { status: 'registered' }))).toEqual(['refer', 'reply', 'follow', 'print', 'stamp'])
    expect(desk(ctx(['expert'], { status: 'registered' }))).toEqual(['refer', 'reply', 'follow', 'print', 'stamp'])
  })
  it('a draft or a cancelled letter only prints; the auditor refers nothing and replies nothing', () => {
    expect(desk(ctx(['secretariat'], { status: 'draft' }))).toEqual(['print'])
    expect(desk(ctx(['secretariat'], { status: 'cancelled' }))).toEqual(['print'])
    expect(desk(ctx(['auditor'], { status: 'registered' }))).toEqual(['print', 'stamp'])
    expect(desk({ ...ctx(['secretariat'], { status: 'draft' }), id: undefined })).toEqual([])
  })
  it('print and stamp are links to the record\'s PDF and stamp; refer is a panel (its drawer)', () => {
    const c = ctx(['secretariat'], { status: 'registered' })
    const byKey = (key: string) => letterActions.actions.find((a) => a.key === key)!
    expect(byKey('print').href?.(c)).toBe('/api/letters/1/pdf')
    expect(byKey('stamp').href?.(c)).toBe('/api/letters/1/stamp')
    expect(byKey('refer').panel).toBeDefined()
    expect(byKey('reply').run).toBeDefined()
  })

  it('«پاسخ» reads the letter as the user, creates the reply draft and opens it; a refusal is its message', async () => {
    const calls: [string, string, unknown][] = []
    const opened: string[] = []
    const letter = { id: 1, kind: 'incoming', subject: 'درخواست', classification: 'normal', urgency: 'urgent', sender: { relationTo: 'correspondents', value: 7 } }
    const request = (async (method: string, url: string, body?: unknown) => {
      calls.push([method, url, body])
      return method === 'GET' ? { ok: true, status: 200, data: letter } : { ok: true, status: 201, data: { doc: { id: 42 } } }
    }) as ActionContext['request']
    const c = { ...ctx(['secretariat'], { status: 'registered' }), request, navigate: (path: string) => opened.push(path) }
    const reply = letterActions.actions.find((a) => a.key === 'reply')!
    expect(await reply.run!(c)).toEqual({ ok: true, silent: true })
    expect(calls.map(([method, url]) => `${method} ${url}`)).toEqual(['GET /api/letters/1?depth=0', 'POST /api/letters'])
    expect(calls[1]![2]).toMatchObject({ status: 'draft', kind: 'outgoing', inReplyTo: 1 })
    expect(opened).toEqual(['/collections/letters/42'])
    const refused = { ...c, request: (async () => ({ ok: false, status: 403, message: 'اجازه ندارید.' })) as ActionContext['request'] }
    expect(await reply.run!(refused)).toEqual({ ok: false, message: 'اجازه ندارید.' })
  })

  it('«اصلاح» asks a written reason before it saves', () => {
    const correct = letterActions.actions.find((a) => a.key === 'correct')!
    expect(correct.reason?.label).toBe('دلیل اصلاح')
  })

  it('shows the registry number in Persian digits as the book prints it, struck through once cancelled', () => {
    expect(letterActions.headline!({ registryNumber: '1405/و/12', status: 'registered' })).toMatchObject({ text: '۱۴۰۵/و/۱۲' })
    expect(letterActions.headline!({ registryNumber: '1405/و/12', status: 'cancelled' })).toMatchObject({ tone: 'cancelled' })
    expect(letterActions.headline!({ status: 'draft' })).toBeNull()
  })
})
