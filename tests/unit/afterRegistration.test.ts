import { describe, expect, it } from 'vitest'

import { AFTER_REGISTRATION, CORRECTABLE_FIELDS, mayChangeAfterRegistration, mayLowerClassification, mayRaiseClassification } from '../../src/lib/letters/rules'

const as = (...roles: string[]) => ({ roles })

describe('what may change after registration: one whitelist', () => {
  it('leaves drafts open and freezes every unlisted field of a registered letter for everyone', () => {
    expect(mayChangeAfterRegistration('registryBook', as('secretariat', 'director'), 'draft')).toBe(true)
    for (const field of ['registryBook', 'registryNumber', 'createdBy', 'archived', 'somethingNew']) {
      expect(mayChangeAfterRegistration(field, as('secretariat', 'director', 'deputy', 'admin'), 'registered'), field).toBe(false)
    }
  })

  it('lets the office chief correct the listed fields; nobody else', () => {
    expect(CORRECTABLE_FIELDS).toEqual(expect.arrayContaining(['subject', 'body', 'urgency', 'keywords', 'follows', 'inReplyTo']))
    expect(CORRECTABLE_FIELDS).not.toContain('classification')
    for (const field of CORRECTABLE_FIELDS) {
      expect(mayChangeAfterRegistration(field, as('secretariat'), 'registered'), field).toBe(true)
      for (const role of ['deputy', 'director', 'expert', 'admin']) expect(mayChangeAfterRegistration(field, as(role), 'registered'), `${field} ${role}`).toBe(false)
      expect(mayChangeAfterRegistration(field, as('secretariat'), 'cancelled'), field).toBe(false)
    }
  })

  it('raises a classification by the office chief or the director general, lowers it only by the director general', () => {
    expect([mayRaiseClassification(as('secretariat')), mayRaiseClassification(as('director')), mayRaiseClassification(as('deputy'))]).toEqual([true, true, false])
    expect([mayLowerClassification(as('secretariat')), mayLowerClassification(as('director')), mayLowerClassification(as('deputy'))]).toEqual([false, true, false])
    expect(AFTER_REGISTRATION.classification.change).toBe('classification')
  })

  it('keeps a cancelled letter open only to filing', () => {
    expect(mayChangeAfterRegistration('dossier', as('secretariat'), 'cancelled')).toBe(true)
    expect(mayChangeAfterRegistration('summary', as('secretariat'), 'cancelled')).toBe(false)
    expect(mayChangeAfterRegistration('classification', as('director'), 'cancelled')).toBe(false)
  })
})
