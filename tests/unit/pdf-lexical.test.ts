import { describe, expect, it } from 'vitest'

import { lexicalToBlocks } from '../../src/lib/pdf'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 })
const root = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('lexicalToBlocks', () => {
  it('keeps bold runs (format bit 1) and merges neighbours of one weight', () => {
    const value = root({ type: 'paragraph', children: [text('با '), text('احترام'), text(' فوری', 1), text(' و', 3)] })
    expect(lexicalToBlocks(value)).toEqual([
      { type: 'paragraph', runs: [{ text: 'با احترام' }, { text: ' فوری و', bold: true }] },
    ])
  })

  it('turns linebreak nodes into newlines and reads text inside links', () => {
    const value = root({
      type: 'paragraph',
      children: [text('سطر اول'), { type: 'linebreak' }, { type: 'link', children: [text('پیوند')] }],
    })
    expect(lexicalToBlocks(value)).toEqual([{ type: 'paragraph', runs: [{ text: 'سطر اول\nپیوند' }] }])
  })

  it('maps h1–h3 to heading levels and deeper headings to level 3', () => {
    const value = root(
      { type: 'heading', tag: 'h1', children: [text('یک')] },
      { type: 'heading', tag: 'h2', children: [text('دو')] },
      { type: 'heading', tag: 'h5', children: [text('پنج')] },
    )
    expect(lexicalToBlocks(value).map((b) => (b.type === 'heading' ? b.level : null))).toEqual([1, 2, 3])
  })

  it('reads bullet and numbered lists, flattening nested lists after their item', () => {
    const item = (...children: unknown[]) => ({ type: 'listitem', children })
    const value = root(
      { type: 'list', listType: 'bullet', children: [item(text('الف')), item(text('ب', 1))] },
      {
        type: 'list',
        listType: 'number',
        children: [item(text('اول'), { type: 'list', listType: 'number', children: [item(text('فرعی'))] }), item(text('دوم'))],
      },
    )
    expect(lexicalToBlocks(value)).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'الف' }], [{ text: 'ب', bold: true }]] },
      { type: 'list', ordered: true, items: [[{ text: 'اول' }], [{ text: 'فرعی' }], [{ text: 'دوم' }]] },
    ])
  })

  it('keeps the text of unknown nodes and skips empty paragraphs', () => {
    const value = root(
      { type: 'quote', children: [text('نقل قول')] },
      { type: 'paragraph', children: [] },
      { type: 'custom-block', text: 'متن خام' },
      { type: 'horizontalrule' },
    )
    expect(lexicalToBlocks(value)).toEqual([
      { type: 'paragraph', runs: [{ text: 'نقل قول' }] },
      { type: 'paragraph', runs: [{ text: 'متن خام' }] },
    ])
  })

  it('accepts a JSON string, and plain text as one paragraph a line', () => {
    expect(lexicalToBlocks(JSON.stringify(root({ type: 'paragraph', children: [text('سلام')] })))).toEqual([
      { type: 'paragraph', runs: [{ text: 'سلام' }] },
    ])
    expect(lexicalToBlocks('سطر یک\n\nسطر دو')).toEqual([
      { type: 'paragraph', runs: [{ text: 'سطر یک' }] },
      { type: 'paragraph', runs: [{ text: 'سطر دو' }] },
    ])
  })

  it.each([null, undefined, 42, true, [], {}, { root: null }, { root: { children: 'x' } }, { root: { children: [null, 1, 'x', [], { children: {} }] } }])(
    'returns blocks without throwing for %j',
    (value) => {
      expect(() => lexicalToBlocks(value)).not.toThrow()
      expect(Array.isArray(lexicalToBlocks(value))).toBe(true)
    },
  )

  it('survives absurdly deep nesting', () => {
    let node: Record<string, unknown> = text('عمیق')
    for (let i = 0; i < 10_000; i++) node = { type: 'wrapper', children: [node] }
    expect(() => lexicalToBlocks(root({ type: 'paragraph', children: [node] }))).not.toThrow()
  })
})
