import type { TaskConfig } from 'payload'

import { checkpointNow } from '../server/auditCheckpoint'

type CheckpointTask = TaskConfig<{ input: { at?: string }; output: { line: string } }>

/**
 * Every day at 06:55 Tehran (holidays too): a signed checkpoint of the audit trail's head,
 * appended to the checkpoint file (src/server/auditCheckpoint.ts). The director's morning mail
 * carries a fresh one of its own on working days (src/jobs/directorDigest.ts).
 */
export const auditCheckpointTask: CheckpointTask = {
  slug: 'auditCheckpoint',
  retries: 2,
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [{ name: 'line', type: 'text' }],
  // 03:25 UTC is 06:55 in Tehran (no DST since 1402).
  schedule: [{ cron: '0 25 3 * * *', queue: 'default' }],
  handler: async ({ input, req }) => ({ output: { line: await checkpointNow(req.payload, input?.at ? new Date(input.at) : undefined) } }),
}
