import type { PayloadRequest, TaskConfig } from 'payload'

import { isWorkingDay, jalaliDateOf, type JalaliDate } from '../lib/jalali'
import { holidayTable } from '../server/holidays'

type MorningTask = TaskConfig<{ input: { at?: string }; output: { queued: number } }>

/**
 * A task that runs every working morning at 07:00 Tehran and queues mail: `run` gets the
 * moment (`input.at` in tests, else now) and its Jalali day, and says how many mails it queued.
 * Closed days (Fridays, holidays) do nothing.
 */
export function workingMorningTask(slug: string, run: (req: PayloadRequest, now: Date, today: JalaliDate) => Promise<number>): MorningTask {
  return {
    slug,
    retries: 2,
    inputSchema: [{ name: 'at', type: 'text' }],
    outputSchema: [{ name: 'queued', type: 'number' }],
    // 03:30 UTC is 07:00 in Tehran (no DST since 1402).
    schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
    handler: async ({ input, req }) => {
      const now = input?.at ? new Date(input.at) : new Date()
      const today = jalaliDateOf(now)
      if (!isWorkingDay(today, await holidayTable(req))) return { output: { queued: 0 } }
      return { output: { queued: await run(req, now, today) } }
    },
  }
}
