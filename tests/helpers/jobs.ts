import type { Payload, Where } from 'payload'

/**
 * Runs queued jobs (only those of `tasks`, when given) until none is left: earlier test files
 * leave work in the shared queue, so a fixed batch might never reach this file's jobs.
 */
export async function runJobs(payload: Payload, tasks?: string[]): Promise<void> {
  const where: Where | undefined = tasks ? { taskSlug: { in: tasks } } : undefined
  for (let round = 0; round < 50; round++) {
    const result = await payload.jobs.run({ limit: 500, where })
    if ((result as { noJobsRemaining?: boolean }).noJobsRemaining) return
  }
  throw new Error('the job queue did not drain')
}
