import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

/**
 * The job queue is the system's and the admin's: everyone else — an expert, the secretariat,
 * an anonymous caller — may not queue, run or cancel a job, nor read or write the jobs
 * collection, through any door. A queue of its own, so running it touches no other test's jobs.
 */
const QUEUE = 'dabir-jobs-access'
const PEOPLE = ['expert.gis', 'office', 'admin'] as const
const mayManage = (who: string) => who === 'admin'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
})

const tokenOf = async (who: string) => (who === 'anonymous' ? undefined : tokenFor(who))
const reqAs = async (who: string) => createLocalReq({ user: { ...(await demoUser(payload, who)), collection: 'users' } as never }, payload)
// Payload answers a refused run with 401 and a refused collection request with 403.
const REFUSED = [401, 403]

describe('who may run the job queue', () => {
  it.each([...PEOPLE, 'anonymous'])('%s: /api/payload-jobs/run and /handle-schedules', async (who) => {
    const token = await tokenOf(who)
    for (const path of [`/api/payload-jobs/run?queue=${QUEUE}`, `/api/payload-jobs/handle-schedules?queue=${QUEUE}`]) {
      const res = await rest('GET', path, { token })
      if (mayManage(who)) expect(res.status, path).toBe(200)
      else expect(REFUSED, path).toContain(res.status)
    }
  })

  it.each([...PEOPLE, 'anonymous'])('%s: the jobs collection over REST (read by the admin only; nobody writes)', async (who) => {
    const token = await tokenOf(who)
    const job = await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: 2_000_000_000 }, queue: QUEUE })
    const list = await rest('GET', '/api/payload-jobs', { token })
    if (mayManage(who)) {
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(job.id)
    } else expect(REFUSED).toContain(list.status)
    const created = await rest('POST', '/api/payload-jobs', { token, body: { taskSlug: 'sendNotification', input: { notificationId: 2_000_000_000 }, queue: QUEUE } })
    expect(REFUSED).toContain(created.status)
    const cancelled = await rest('PATCH', `/api/payload-jobs/${job.id}`, { token, body: { hasError: true, error: { cancelled: true } } })
    expect([401, 403, 404]).toContain(cancelled.status)
    expect((await payload.findByID({ collection: 'payload-jobs', id: job.id })).hasError).toBeFalsy()
  })

  it.each([...PEOPLE, 'anonymous'])('%s: the jobs collection over GraphQL', async (who) => {
    const token = await tokenOf(who)
    const res = await graphql('{ PayloadJobs(where: { queue: { equals: "dabir-jobs-access" } }) { totalDocs } }', token)
    if (mayManage(who)) {
      expect(res.body.errors).toBeUndefined()
      expect(res.body.data.PayloadJobs.totalDocs).toBeGreaterThan(0)
    } else {
      expect(res.body.data?.PayloadJobs ?? null).toBeNull()
      expect(res.body.errors?.length).toBeGreaterThan(0)
    }
    const mutation = await graphql('mutation { createPayloadJob(data: { taskSlug: sendNotification, queue: "dabir-jobs-access" }) { id } }', token)
    expect(mutation.body.data?.createPayloadJob ?? null).toBeNull()
  })

  it.each(PEOPLE)('%s: queue, run and cancel through the Local API with access control on', async (who) => {
    const req = await reqAs(who)
    const queue = () => payload.jobs.queue({ task: 'sendNotification', input: { notificationId: 2_000_000_000 }, queue: QUEUE, req, overrideAccess: false })
    const run = () => payload.jobs.run({ queue: QUEUE, limit: 1, req, overrideAccess: false })
    const target = await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: 2_000_000_000 }, queue: QUEUE })
    const cancel = () => payload.jobs.cancel({ where: { id: { equals: target.id } }, queue: QUEUE, req, overrideAccess: false })
    if (mayManage(who)) {
      await expect(queue()).resolves.toBeTruthy()
      await expect(run()).resolves.toBeTruthy()
      await cancel()
    } else {
      await expect(queue()).rejects.toThrow()
      await expect(run()).rejects.toThrow()
      await expect(cancel()).rejects.toThrow()
      expect((await payload.findByID({ collection: 'payload-jobs', id: target.id })).hasError).toBeFalsy()
    }
  })

  it('the system still queues and runs its own jobs (hooks and the queue runner skip access)', async () => {
    const job = await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: 2_000_000_000 }, queue: QUEUE })
    await payload.jobs.run({ queue: QUEUE, limit: 100 })
    expect((await payload.findByID({ collection: 'payload-jobs', id: job.id })).completedAt).toBeTruthy()
  })
})
