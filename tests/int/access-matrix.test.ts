import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import type { User } from '../../src/payload-types'
import { tinyPdf } from '../helpers/files'
import { testPayload } from '../helpers/payload'
import { graphql, rest, uploadFile } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

/**
 * Every demo user × every classification × every door a paper can leak through.
 * The expectation is written out here, independently of src/: the clearance ladder of the
 * demo accounts, and "top-secret is the director general's alone". The papers have no author
 * and no addressee, so clearance is the only thing that decides.
 */
const LEVELS = ['normal', 'confidential', 'highly-confidential', 'secret', 'top-secret'] as const
type Level = (typeof LEVELS)[number]

const CLEARANCE: Record<string, Level> = {
  admin: 'normal',
  auditor: 'normal',
  director: 'top-secret',
  office: 'secret',
  'deputy.political': 'secret',
  'deputy.elections': 'secret',
  'head.political': 'highly-confidential',
  'head.elections': 'highly-confidential',
  'expert.ethnic': 'confidential',
  'expert.political': 'confidential',
  'expert.elections': 'confidential',
  'expert.divisions': 'confidential',
  'expert.gis': 'confidential',
}
const USERS = Object.keys(CLEARANCE)
const expected = (user: string, level: Level) => LEVELS.indexOf(CLEARANCE[user]!) >= LEVELS.indexOf(level)

interface Paper {
  id: number
  subject: string
  bodyMark: string
  file: string
  referencedBy: number
  /** A referral of the paper by the director general (to themself), with an instruction. */
  referral: number
  instruction: string
}

type Door = 'rest-by-id' | 'rest-list' | 'graphql' | 'local-api' | 'file-url' | 'population'
const DOORS: Door[] = ['rest-by-id', 'rest-list', 'graphql', 'local-api', 'file-url', 'population']

let payload: Payload
const papers = new Map<Level, Paper>()
const users = new Map<string, User>()
const tokens = new Map<string, string>()

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  const sender = (await payload.create({ collection: 'correspondents', data: { name: 'استانداری (ماتریس دسترسی)', kind: 'organisation' } })).id
  const director = await tokenFor('director')
  for (const level of LEVELS) {
    const upload = await uploadFile('attachments', `پیوست-${level}.pdf`, tinyPdf, director)
    expect(upload.status).toBe(201)
    const subject = `ماتریس ${level} موضوع`
    const bodyMark = `متن-ماتریس-${level}`
    // Created by the system: no author, no addressee.
    const letter = await payload.create({
      collection: 'letters',
      data: {
        kind: 'incoming',
        status: 'registered',
        classification: level,
        urgency: 'normal',
        subject,
        body: plainToRichText(bodyMark),
        senderNumber: `SN-${level}`,
        sender: { relationTo: 'correspondents', value: sender },
        attachments: [upload.body.doc.id],
      },
    })
    const referencing = await payload.create({
      collection: 'letters',
      data: { kind: 'internal', status: 'draft', classification: 'normal', urgency: 'normal', subject: `عطف به ${level}`, inReplyTo: letter.id },
    })
    const file = (await payload.findByID({ collection: 'attachments', id: upload.body.doc.id })).filename!
    papers.set(level, { id: letter.id, subject, bodyMark, file, referencedBy: referencing.id, referral: 0, instruction: `هامش-ماتریس-${level}` })
  }
  for (const local of USERS) {
    users.set(local, await demoUser(payload, local))
    tokens.set(local, await tokenFor(local))
  }
  // From and to the director general, made by the system: nobody else gains a grant.
  const directorUser = users.get('director')!
  for (const paper of papers.values()) {
    const referral = await payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: paper.id }, from: directorUser.id, to: [directorUser.id], purpose: 'review', state: 'in-progress', instruction: paper.instruction } as never,
    })
    paper.referral = referral.id
  }
})

/** What a door shows this user of this paper: true = the paper's subject came through. */
async function peek(door: Door, local: string, paper: Paper): Promise<boolean> {
  const token = tokens.get(local)!
  const user = users.get(local)!
  switch (door) {
    case 'rest-by-id': {
      const res = await rest('GET', `/api/letters/${paper.id}?depth=0`, { token })
      if (res.status === 200) return res.body.subject === paper.subject
      expect(res.status).toBe(404)
      return false
    }
    case 'rest-list': {
      const res = await rest('GET', `/api/letters?where[id][equals]=${paper.id}&depth=0`, { token })
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBe(res.body.docs.length)
      return res.body.docs.some((d: { subject?: string }) => d.subject === paper.subject)
    }
    case 'graphql': {
      const res = await graphql(`{ Letter(id: ${paper.id}) { subject } Letters(where: { id: { equals: ${paper.id} } }) { totalDocs docs { subject } } }`, token)
      const one = res.body.data?.Letter?.subject === paper.subject
      const list = res.body.data?.Letters
      expect(list?.totalDocs).toBe(list?.docs.length)
      expect(one).toBe(list?.totalDocs === 1)
      return one || list?.docs.some((d: { subject?: string }) => d.subject === paper.subject)
    }
    case 'local-api': {
      const byId = await payload.findByID({ collection: 'letters', id: paper.id, user, overrideAccess: false, disableErrors: true, depth: 0 })
      const list = await payload.find({ collection: 'letters', where: { id: { equals: paper.id } }, user, overrideAccess: false, depth: 0 })
      expect(Boolean(byId)).toBe(list.totalDocs === 1)
      return byId?.subject === paper.subject || list.docs.some((d) => d.subject === paper.subject)
    }
    case 'file-url': {
      const res = await rest('GET', `/api/attachments/file/${paper.file}`, { token })
      if (res.status === 200) return true
      expect([403, 404]).toContain(res.status)
      return false
    }
    case 'population': {
      const res = await rest('GET', `/api/letters/${paper.referencedBy}?depth=1`, { token })
      expect(res.status).toBe(200)
      const reply = res.body.inReplyTo
      if (reply && typeof reply === 'object') return reply.subject === paper.subject
      // Not readable: the id alone (or nothing), never the paper.
      expect(reply === null || reply === undefined || reply === paper.id).toBe(true)
      return false
    }
  }
}

/** Every user × level × door: what each door showed against what the rule says it may. */
async function walkMatrix<D extends string>(
  doors: readonly D[],
  shows: (door: D, local: string, paper: Paper) => Promise<boolean>,
  may: (local: string, level: Level) => boolean,
): Promise<{ cells: number; leaks: string[]; refusals: string[] }> {
  let cells = 0
  const leaks: string[] = []
  const refusals: string[] = []
  for (const local of USERS) {
    for (const level of LEVELS) {
      for (const door of doors) {
        cells++
        const seen = await shows(door, local, papers.get(level)!)
        if (seen && !may(local, level)) leaks.push(`${local} × ${level} × ${door}`)
        if (!seen && may(local, level)) refusals.push(`${local} × ${level} × ${door}`)
      }
    }
  }
  return { cells, leaks, refusals }
}

describe('who may see what: one table of cases', () => {
  // 13 users × 5 levels × 6 doors, one request each: minutes on a shared, busy machine.
  it('lets every user read exactly the papers their clearance allows, through every door', { timeout: 300_000 }, async () => {
    const { cells, leaks, refusals } = await walkMatrix(DOORS, (door, local, paper) => peek(door, local, paper), (local, level) => expected(local, level))
    console.log(`access matrix: ${cells} cells checked (${USERS.length} users × ${LEVELS.length} levels × ${DOORS.length} doors), leaks = ${leaks.length}, wrongful refusals = ${refusals.length}`)
    expect(cells).toBe(USERS.length * LEVELS.length * DOORS.length)
    expect(leaks).toEqual([])
    expect(refusals).toEqual([])
  })

  it('never shows a readable paper without its body to those cleared, nor its body to anyone else', async () => {
    for (const local of ['director', 'expert.gis', 'admin']) {
      for (const level of LEVELS) {
        const paper = papers.get(level)!
        const res = await rest('GET', `/api/letters/${paper.id}?depth=0`, { token: tokens.get(local)! })
        const text = JSON.stringify(res.body)
        expect(text.includes(paper.bodyMark)).toBe(expected(local, level))
        expect(text.includes(`SN-${level}`)).toBe(expected(local, level))
      }
    }
  })
})

describe('copies and fresh uploads: the same table', () => {
  const raised = new Map<Level, { id: number; bodyMark: string }>()
  let fresh: { id: number; filename: string }

  beforeAll(async () => {
    const director = users.get('director')!
    const sender = (await payload.create({ collection: 'correspondents', data: { name: 'استانداری (ماتریس نسخه‌ها)', kind: 'organisation' } })).id
    for (const level of LEVELS) {
      const bodyMark = `متن-پیشین-ماتریس-${level}`
      // Written as normal (no author, no addressee), then raised by the director general with a reason.
      const letter = await payload.create({
        collection: 'letters',
        data: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject: `ماتریس نسخه ${level}`, body: plainToRichText(bodyMark), sender: { relationTo: 'correspondents', value: sender } },
      })
      if (level !== 'normal') {
        await payload.update({ collection: 'letters', id: letter.id, data: { classification: level, correctionReason: 'بالا بردن طبقه‌بندی' } as never, user: director, overrideAccess: false })
      }
      raised.set(level, { id: letter.id, bodyMark })
    }
    const upload = await uploadFile('attachments', 'بارگذاری-تازهٔ-ماتریس.pdf', tinyPdf, tokens.get('director')!)
    expect(upload.status).toBe(201)
    fresh = { id: upload.body.doc.id, filename: upload.body.doc.filename }
  })

  it('the history of a letter raised after it was written is read exactly by those cleared for it now, through every door', { timeout: 300_000 }, async () => {
    const leaks: string[] = []
    const refusals: string[] = []
    for (const local of USERS) {
      const token = tokens.get(local)!
      for (const level of LEVELS) {
        const { id, bodyMark } = raised.get(level)!
        const list = await rest('GET', `/api/letters/versions?where[parent][equals]=${id}&depth=0`, { token })
        const gql = await graphql(`{ versionsLetters(where: { parent: { equals: ${id} } }) { totalDocs docs { version { subject } } } }`, token)
        const local_ = await payload.findVersions({ collection: 'letters', where: { parent: { equals: id } }, depth: 0, user: users.get(local)!, overrideAccess: false })
        const seen = {
          'rest-versions': JSON.stringify(list.body).includes(bodyMark),
          'graphql-versions': (gql.body.data?.versionsLetters?.totalDocs ?? 0) > 0,
          'local-versions': JSON.stringify(local_.docs).includes(bodyMark),
        }
        for (const [door, shown] of Object.entries(seen)) {
          if (shown && !expected(local, level)) leaks.push(`${local} × ${level} × ${door}`)
          if (!shown && expected(local, level)) refusals.push(`${local} × ${level} × ${door}`)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(refusals).toEqual([])
  })

  it('a fresh upload no paper carries yet is read by its uploader alone, through every door', async () => {
    for (const local of USERS) {
      const token = tokens.get(local)!
      const file = await rest('GET', `/api/attachments/file/${fresh.filename}`, { token })
      const byId = await rest('GET', `/api/attachments/${fresh.id}?depth=0`, { token })
      const gql = await graphql(`{ Attachment(id: ${fresh.id}) { id } }`, token)
      const local_ = await payload.find({ collection: 'attachments', where: { id: { equals: fresh.id } }, user: users.get(local)!, overrideAccess: false })
      const shown = [file.status === 200, byId.status === 200, Boolean(gql.body.data?.Attachment), local_.totalDocs === 1]
      expect(shown, local).toEqual(Array(4).fill(local === 'director'))
    }
  })
})

/** Who follows every referral up (src/collections/Referrals: the director general and the office chief). */
const FOLLOWS_REFERRALS = new Set(['director', 'office'])
type ReferralDoor = 'rest-by-id' | 'rest-list' | 'graphql' | 'local-api' | 'filter'
const REFERRAL_DOORS: ReferralDoor[] = ['rest-by-id', 'rest-list', 'graphql', 'local-api', 'filter']

/** What a door shows this user of a referral's instruction: true = the instruction came through. */
async function peekInstruction(door: ReferralDoor, local: string, paper: Paper): Promise<boolean> {
  const token = tokens.get(local)!
  switch (door) {
    case 'rest-by-id': {
      const res = await rest('GET', `/api/referrals/${paper.referral}?depth=0`, { token })
      return res.status === 200 && res.body.instruction === paper.instruction
    }
    case 'rest-list': {
      const res = await rest('GET', `/api/referrals?where[id][equals]=${paper.referral}&depth=0`, { token })
      return JSON.stringify(res.body).includes(paper.instruction)
    }
    case 'graphql': {
      const res = await graphql(`{ Referral(id: ${paper.referral}) { instruction } Referrals(where: { id: { equals: ${paper.referral} } }) { docs { instruction } } }`, token)
      return JSON.stringify(res.body.data ?? {}).includes(paper.instruction)
    }
    case 'local-api': {
      const found = await payload.find({ collection: 'referrals', where: { id: { equals: paper.referral } }, user: users.get(local)!, overrideAccess: false, depth: 0 })
      return found.docs.some((d) => d.instruction === paper.instruction)
    }
    case 'filter': {
      // The instruction recovered by filtering: the true text finds the referral, a wrong one does not.
      const count = async (text: string) =>
        (await rest('GET', `/api/referrals/count?where[id][equals]=${paper.referral}&where[OR][0][instruction][equals]=${encodeURIComponent(text)}`, { token })).body.totalDocs
      return (await count(paper.instruction)) === 1 && (await count(`${paper.instruction}-نه`)) === 0
    }
  }
}

describe('a referral’s instruction is content of its paper: one table of cases', () => {
  it('shows it exactly to those who follow the referral and may read the paper’s content, through every door', async () => {
    const { cells, leaks, refusals } = await walkMatrix(
      REFERRAL_DOORS,
      (door, local, paper) => peekInstruction(door, local, paper),
      (local, level) => FOLLOWS_REFERRALS.has(local) && expected(local, level),
    )
    console.log(`referral instructions: ${cells} cells checked, leaks = ${leaks.length}, wrongful refusals = ${refusals.length}`)
    expect(leaks).toEqual([])
    expect(refusals).toEqual([])
  })
})

/** Meetings (issue 14): the same rule, the invitees being addressees who read what they are invited to. */
describe('meetings: the same table of cases', () => {
  type MeetingDoor = 'rest-by-id' | 'rest-list' | 'graphql' | 'local-api'
  const MEETING_DOORS: MeetingDoor[] = ['rest-by-id', 'rest-list', 'graphql', 'local-api']
  /** Invited by name to one meeting of each level: an expert cleared for confidential only. */
  const INVITEE = 'expert.gis'
  const meetings = new Map<string, { id: number; title: string; agendaMark: string }>()

  beforeAll(async () => {
    const invitee = users.get(INVITEE)!
    let day = 1
    for (const level of LEVELS) {
      for (const invited of [false, true]) {
        const title = `جلسهٔ ماتریس ${level}${invited ? ' با مدعو' : ''}`
        const agendaMark = `دستور-ماتریس-${level}-${invited ? 'مدعو' : 'بی‌مدعو'}`
        const start = new Date(`2027-02-${String(day).padStart(2, '0')}T10:00:00+03:30`)
        day++
        // Made by the system: no author; an addressee only where invited.
        const meeting = await payload.create({
          collection: 'meetings',
          data: {
            title,
            classification: level,
            start: start.toISOString(),
            end: new Date(start.getTime() + 3600_000).toISOString(),
            outsidePlace: 'سالن ماتریس',
            invitees: invited ? [{ relationTo: 'users' as const, value: invitee.id }] : [],
            agenda: [{ title: agendaMark }],
          } as never,
        })
        meetings.set(`${level}:${invited}`, { id: meeting.id, title, agendaMark })
      }
    }
  })

  async function shows(door: MeetingDoor, local: string, meeting: { id: number; title: string; agendaMark: string }): Promise<boolean> {
    const token = tokens.get(local)!
    switch (door) {
      case 'rest-by-id': {
        const res = await rest('GET', `/api/meetings/${meeting.id}?depth=0`, { token })
        if (res.status !== 200) {
          expect(res.status).toBe(404)
          return false
        }
        return JSON.stringify(res.body).includes(meeting.agendaMark)
      }
      case 'rest-list': {
        const res = await rest('GET', `/api/meetings?where[id][equals]=${meeting.id}&depth=0`, { token })
        expect(res.body.totalDocs).toBe(res.body.docs.length)
        return res.body.docs.some((d: { title?: string }) => d.title === meeting.title)
      }
      case 'graphql': {
        const res = await graphql(`{ Meeting(id: ${meeting.id}) { title } Meetings(where: { id: { equals: ${meeting.id} } }) { totalDocs docs { title } } }`, token)
        return JSON.stringify(res.body.data ?? {}).includes(meeting.title)
      }
      case 'local-api': {
        const found = await payload.find({ collection: 'meetings', where: { id: { equals: meeting.id } }, user: users.get(local)!, overrideAccess: false, depth: 0 })
        return found.docs.some((d) => d.title === meeting.title)
      }
    }
  }

  it('shows a meeting exactly to those cleared for it and to its invitee (top-secret excepted), through every door', { timeout: 300_000 }, async () => {
    const leaks: string[] = []
    const refusals: string[] = []
    for (const local of USERS) {
      for (const level of LEVELS) {
        for (const invited of [false, true]) {
          const may = expected(local, level) || (invited && local === INVITEE && level !== 'top-secret')
          for (const door of MEETING_DOORS) {
            const seen = await shows(door, local, meetings.get(`${level}:${invited}`)!)
            if (seen && !may) leaks.push(`${local} × ${level}${invited ? ' (invited)' : ''} × ${door}`)
            if (!seen && may) refusals.push(`${local} × ${level}${invited ? ' (invited)' : ''} × ${door}`)
          }
        }
      }
    }
    expect(leaks).toEqual([])
    expect(refusals).toEqual([])
  })
})
