import type { Payload, Where } from 'payload'

/** When this test file started (this module is loaded once per file). */
const FILE_STARTED = new Date().toISOString()

/**
 * Runs this test file's queued jobs (only those of `tasks`, when given) until none is left.
 * Jobs earlier files queued and left are not this file's: running them would mail this file's
 * accounts (a post's holder, every director) about another file's papers.
 */
export async function runJobs(payload: Payload, tasks?: string[]): Promise<void> {
  const mine: Where = { createdAt: { greater_than_equal: FILE_STARTED } }
  const where: Where = tasks ? { and: [mine, { taskSlug: { in: tasks } }] } : mine
  for (let round = 0; round < 50; round++) {
    const result = await payload.jobs.run({ limit: 500, where })
    if ((result as { noJobsRemaining?: boolean }).noJobsRemaining) return
  }
  throw new Error('the job queue did not drain')
}
