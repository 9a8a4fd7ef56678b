import fs from 'fs'
import path from 'path'

import { describe, expect, it } from 'vitest'

import { statusChoices, storedStatusOf } from '../../src/lib/letters/choices'
import { plainToRichText } from '../../src/lib/letters/text'
import {
  DEFAULT_REQUIREMENTS,
  missingKindMessage,
  missingRequirements,
  REQUIREMENT_ITEMS,
  requirementsFor,
  requirementsMessage,
} from '../../src/lib/letters/requirements'
import { repoRoot } from '../helpers/seed'

const complete = {
  kind: 'incoming',
  subject: 'درخواست بودجه',
  sender: { relationTo: 'correspondents', value: 4 },
  senderNumber: '۱۲۳/ف',
  senderDate: '2026-11-01T00:00:00.000Z',
  body: plainToRichText('متن نامه'),
}

describe('registration requirements of an incoming letter (the default)', () => {
  const required = requirementsFor(null, 'incoming')

  it('requires sender, sender number and date, subject, and a body or an attachment', () => {
    expect(required).toEqual(['sender', 'senderNumber', 'senderDate', 'subject', 'bodyOrAttachment'])
    expect(missingRequirements(complete, required)).toEqual([])
  })

  it('names every missing item, in order, and treats blanks, empty rich text and empty lists as missing', () => {
    const bare = { kind: 'incoming', subject: '  ', sender: null, senderNumber: '', body: plainToRichText(''), attachments: [] }
    expect(missingRequirements(bare, required)).toEqual(['sender', 'senderNumber', 'senderDate', 'subject', 'bodyOrAttachment'])
  })

  it('accepts one attachment in place of a body', () => {
    expect(missingRequirements({ ...complete, body: null, attachments: [7] }, required)).toEqual([])
    expect(missingRequirements({ ...complete, body: null, attachments: [{ id: 7 }] }, required)).toEqual([])
    expect(missingRequirements({ ...complete, body: null, attachments: [] }, required)).toEqual(['bodyOrAttachment'])
  })

  it('reads a polymorphic sender by its value', () => {
    expect(missingRequirements({ ...complete, sender: { relationTo: 'correspondents', value: null } }, required)).toEqual(['sender'])
    expect(missingRequirements({ ...complete, sender: { relationTo: 'correspondents', value: { id: 3 } } }, required)).toEqual([])
  })

  it('refuses in one Persian message with the Persian labels, no field names', () => {
    const message = requirementsMessage(['senderNumber', 'bodyOrAttachment'], 'incoming')
    expect(message).toContain('«شمارهٔ نامهٔ فرستنده»')
    expect(message).toContain('«متن نامه یا دست‌کم یک پیوست»')
    expect(message).toContain('وارده')
    expect(message).not.toMatch(/[A-Za-z]/)
  })
})

describe('requirements per registry book', () => {
  it('uses the book’s own list for a kind it lists, even an empty one', () => {
    const book = { requirements: [{ kind: 'incoming', items: ['subject', 'attachments'] }, { kind: 'internal', items: [] }] }
    expect(requirementsFor(book, 'incoming')).toEqual(['subject', 'attachments'])
    expect(requirementsFor(book, 'internal')).toEqual([])
    expect(missingRequirements({ ...complete, attachments: [] }, requirementsFor(book, 'incoming'))).toEqual(['attachments'])
  })

  it('falls back to the default for a kind the book does not list, and ignores unknown items', () => {
    const book = { requirements: [{ kind: 'incoming', items: ['subject', 'nonsense'] }] }
    expect(requirementsFor(book, 'outgoing')).toEqual([...DEFAULT_REQUIREMENTS.outgoing])
    expect(requirementsFor(book, 'incoming')).toEqual(['subject'])
  })

  it('ships defaults in data/registry-books.json equal to the rule’s own defaults, with known items only', () => {
    const data = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'registry-books.json'), 'utf8'))
    for (const book of data.books) {
      for (const row of book.requirements) {
        expect(row.items, `${book.code} ${row.kind}`).toEqual(DEFAULT_REQUIREMENTS[row.kind as 'incoming'])
        for (const item of row.items) expect(REQUIREMENT_ITEMS).toContain(item)
      }
    }
  })
})

describe('status moves the form offers', () => {
  it('reads the stored state from the server-set fields, not the form’s status', () => {
    expect(storedStatusOf({ status: 'registered' })).toBe('draft')
    expect(storedStatusOf({ registryNumber: '1405/و/1', status: 'cancelled' })).toBe('registered')
    expect(storedStatusOf({ registryNumber: '1405/و/1', cancelledAt: '2026-11-01T00:00:00Z' })).toBe('cancelled')
  })

  it('offers registration only to who may register, cancellation only to who may cancel, nothing back', () => {
    expect(statusChoices('draft', { register: true, cancel: true })).toEqual(['draft', 'registered'])
    expect(statusChoices('draft', { register: false, cancel: false })).toEqual(['draft'])
    expect(statusChoices('registered', { register: true, cancel: true })).toEqual(['registered', 'cancelled'])
    expect(statusChoices('registered', { register: true, cancel: false })).toEqual(['registered'])
    expect(statusChoices('cancelled', { register: true, cancel: true })).toEqual(['cancelled'])
  })
})

describe('registration before the kind is chosen', () => {
  it('asks for the kind in Persian, naming the kinds, and never prints undefined or a code name', () => {
    for (const kind of [undefined, null, '', 'undefined', 'letter']) {
      const message = missingKindMessage(kind)
      expect(message, String(kind)).toBe('پیش از ثبت، نوع نامه را انتخاب کنید («وارده»، «صادره»، «داخلی»).')
      expect(message).not.toMatch(/undefined|null|[A-Za-z]/)
    }
  })
  it('says nothing once a kind is chosen', () => {
    for (const kind of ['incoming', 'outgoing', 'internal']) expect(missingKindMessage(kind)).toBeNull()
  })
})
