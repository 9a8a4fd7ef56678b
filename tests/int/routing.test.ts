import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Letter } from '../../src/payload-types'
import { runJobs } from '../helpers/jobs'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
let otherSender: number
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))

async function postId(key: string) {
  return (await payload.find({ collection: 'posts', where: { key: { equals: key } }, depth: 0, limit: 1 })).docs[0]!
}

// Registering queues the proposals; the job queue makes them.
const register = async (data: Record<string, unknown>) => {
  const letter = await registerIncoming(payload, sender, data)
  await runJobs(payload, ['proposeReferrals'])
  return letter
}

const draftsOf = async (letter: Letter) =>
  (await payload.find({ collection: 'referrals', where: { and: [{ 'record.value': { equals: letter.id } }, { state: { equals: 'draft' } }] }, depth: 0, sort: 'id' })).docs

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری کازرون (مسیریابی)', kind: 'county-governorate' } })).id
  otherSender = (await payload.create({ collection: 'correspondents', data: { name: 'حزب نمونه', kind: 'party' } })).id
})

describe('routing rules propose the first referrals', () => {
  it('without a matching rule, a registered incoming letter gets one draft to the office chief for triage', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'نامه‌ای بی‌قاعده' })
    // Proposed by the job queue, not inside the registration.
    expect(await draftsOf(letter)).toHaveLength(0)
    await runJobs(payload, ['proposeReferrals'])
    const drafts = await draftsOf(letter)
    expect(drafts).toHaveLength(1)
    const office = await demoUser(payload, 'office')
    expect(drafts[0]).toMatchObject({ purpose: 'review', state: 'draft' })
    expect(drafts[0]!.to!.map(idOf)).toEqual([office.id])
    expect(idOf(drafts[0]!.from)).toBe(office.id)
  })

  it('rules fire in order, stop where told, skip recipients below the classification; drafts reach nobody until sent', async () => {
    const token = await tokenFor('office')
    const headElections = await postId('head-elections')
    const headPolitical = await postId('head-political')
    const expertGis = await postId('expert-gis')
    const make = async (body: Record<string, unknown>) => {
      const res = await rest('POST', '/api/routing-rules', { token, body })
      expect(res.status).toBe(201)
      return res.body.doc.id as number
    }
    const byKeyword = await make({ name: 'انتخابات', order: 1, keywords: ['انتخابات'], toPost: headElections.id, purpose: 'action' })
    const bySender = await make({ name: 'از حزب', order: 2, senders: [otherSender], toUnit: headPolitical.unit, purpose: 'review', stop: true })
    const catchAll = await make({ name: 'همه', order: 3, toPost: expertGis.id, purpose: 'information' })
    try {
      const letter = await register({ subject: 'گزارش انتخابات حزب', sender: { relationTo: 'correspondents', value: otherSender } })
      const drafts = await draftsOf(letter)
      const headE = await demoUser(payload, 'head.elections')
      const headP = await demoUser(payload, 'head.political')
      expect(drafts.map((d) => d.to!.map(idOf)[0])).toEqual([headE.id, headP.id])

      // A secret letter: the catch-all's expert (confidential) is below it and is left out.
      const secret = await register({ subject: 'سری بی‌کلیدواژه', classification: 'secret' })
      expect(await draftsOf(secret)).toHaveLength(0)
      const normal = await register({ subject: 'عادی بی‌کلیدواژه' })
      expect((await draftsOf(normal)).map((d) => d.purpose)).toEqual(['information'])

      // Until sent, the recipient sees nothing; the office chief edits and sends it.
      const draft = drafts[0]!
      const headToken = await tokenFor('head.elections')
      expect((await rest('GET', `/api/referrals/${draft.id}`, { token: headToken })).status).toBe(404)
      expect((await rest('GET', '/api/kartabl', { token: headToken })).body.inbox.docs.map((d: { id: number }) => d.id)).not.toContain(draft.id)
      const edited = await rest('PATCH', `/api/referrals/${draft.id}`, { token, body: { instruction: 'فوری بررسی شود', purpose: 'reply' } })
      expect(edited.status).toBe(200)
      const sent = await rest('PATCH', `/api/referrals/${draft.id}`, { token, body: { state: 'sent' } })
      expect(sent.status).toBe(200)
      expect(sent.body.doc.history.map((h: { state: string }) => h.state)).toEqual(['draft', 'sent'])
      const desk = await rest('GET', '/api/kartabl', { token: headToken })
      const row = desk.body.inbox.docs.find((d: { id: number }) => d.id === draft.id)
      expect(row).toMatchObject({ purpose: 'reply', instruction: 'فوری بررسی شود', state: 'sent' })
    } finally {
      for (const id of [byKeyword, bySender, catchAll]) await payload.delete({ collection: 'routing-rules', id })
    }
  })

  it('a letter cancelled before the queue reaches it gets no proposal, and the job ends without an error to retry', async () => {
    const letter = await registerIncoming(payload, sender, { subject: 'نامه‌ای که زود باطل شد' })
    const cancel = await rest('PATCH', `/api/letters/${letter.id}`, { token: await tokenFor('office'), body: { status: 'cancelled', cancelReason: 'ثبت تکراری' } })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    await runJobs(payload, ['proposeReferrals'])
    expect(await draftsOf(letter)).toHaveLength(0)
    const jobs = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'proposeReferrals' } }, depth: 0, pagination: false, overrideAccess: true })).docs
    const job = jobs.find((j) => (j.input as { letterId?: number }).letterId === letter.id)!
    expect(job).toBeTruthy()
    expect(job.hasError).toBeFalsy()
    expect(job.completedAt).toBeTruthy()
    expect(job.totalTried ?? 0).toBeLessThanOrEqual(1)
  })

  it('only the office chief keeps the rules', async () => {
    const res = await rest('POST', '/api/routing-rules', { token: await tokenFor('expert.gis'), body: { name: 'من', order: 1, purpose: 'action' } })
    expect(res.status).toBe(403)
  })
})
