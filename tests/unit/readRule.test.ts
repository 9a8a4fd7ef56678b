import { describe, expect, it } from 'vitest'

import { isSigner, mayCancel, mayCorrect, mayReadAudit, mayRegister, maySaveOthersPapers } from '../../src/access/policies'
import { canReadContent, canSeeRecord, type Reader, type RecordFacts } from '../../src/lib/security/readRule'

const reader = (over: Partial<Reader> = {}): Reader => ({ id: 7, clearance: 'confidential', addressees: [{ relationTo: 'posts', value: 3 }], grants: new Set(), ...over })
const paper = (over: Partial<RecordFacts> = {}): RecordFacts => ({ id: 100, classification: 'normal', authors: [], addressees: [], ...over })

describe('the read rule', () => {
  it('clearance alone: at or below reads, above does not', () => {
    expect(canReadContent(reader(), paper({ classification: 'confidential' }))).toBe(true)
    expect(canSeeRecord(reader(), paper({ classification: 'secret' }))).toBe(false)
  })

  it('an addressee below the level sees the header, not the content', () => {
    const p = paper({ classification: 'secret', addressees: [{ relationTo: 'posts', value: 3 }] })
    expect(canSeeRecord(reader(), p)).toBe(true)
    expect(canReadContent(reader(), p)).toBe(false)
    // Same id in another collection is someone else.
    expect(canSeeRecord(reader(), paper({ classification: 'secret', addressees: [{ relationTo: 'units', value: 3 }] }))).toBe(false)
  })

  it('authors and grants read the content; neither grants a top-secret paper except a grant', () => {
    expect(canReadContent(reader(), paper({ classification: 'secret', authors: [7] }))).toBe(true)
    expect(canReadContent(reader({ grants: new Set([100]) }), paper({ classification: 'secret' }))).toBe(true)
    expect(canSeeRecord(reader(), paper({ classification: 'top-secret', authors: [7], addressees: [{ relationTo: 'posts', value: 3 }] }))).toBe(false)
    expect(canReadContent(reader({ grants: new Set(['100']) }), paper({ classification: 'top-secret' }))).toBe(true)
    expect(canReadContent(reader({ clearance: 'top-secret' }), paper({ classification: 'top-secret' }))).toBe(true)
  })

  it('fails closed: no reader, an unknown clearance, an unknown classification', () => {
    expect(canSeeRecord(null, paper())).toBe(false)
    expect(canSeeRecord(reader({ clearance: 'cosmic' }), paper())).toBe(false)
    expect(canReadContent(reader({ clearance: 'secret' }), paper({ classification: 'cosmic' }))).toBe(false)
  })
})

describe('role policies', () => {
  const as = (...roles: string[]) => ({ roles })
  it('registering: the secretariat anything, signers only what is not incoming', () => {
    expect(mayRegister(as('secretariat'), 'incoming')).toBe(true)
    expect(mayRegister(as('deputy'), 'incoming')).toBe(false)
    expect(mayRegister(as('deputy'), 'outgoing')).toBe(true)
    expect(mayRegister(as('expert'), 'internal')).toBe(false)
    expect(isSigner(as('director'))).toBe(true)
  })

  it('correcting and cancelling are the secretariat’s; the trail is the auditor’s and the director’s', () => {
    expect([mayCorrect(as('secretariat')), mayCancel(as('secretariat')), mayCorrect(as('director')), mayCancel(as('admin'))]).toEqual([true, true, false, false])
    expect([mayReadAudit(as('auditor')), mayReadAudit(as('director')), mayReadAudit(as('admin')), mayReadAudit(null)]).toEqual([true, true, false, false])
    expect([maySaveOthersPapers(as('expert')), maySaveOthersPapers(as('group-head')), maySaveOthersPapers(as('deputy'))]).toEqual([false, false, true])
  })
})
