import { createLocalReq, type TaskConfig } from 'payload'

import { digestMail } from '../lib/digest'
import { defaultHolidays, formatJalaliDate, isWorkingDay, jalaliDateOf } from '../lib/jalali'
import { buildDigest } from '../server/digest/build'
import { queueMail } from '../server/notify'

/**
 * Every working morning at 07:00 Tehran: the daily digest to each active director general,
 * built as that director (their clearance and the read rule decide what it holds) and mailed
 * with classified papers named by number and level only, with a link to the full PDF.
 * One mail a director a day (the dedupe key holds the Jalali date).
 *
 * The directors are found as the system (no person asks); everything in the digest is read
 * as the director, with access control on.
 */
export const directorDigestTask: TaskConfig<{ input: { at?: string }; output: { queued: number } }> = {
  slug: 'directorDigest',
  retries: 2,
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [{ name: 'queued', type: 'number' }],
  // 03:30 UTC is 07:00 in Tehran (no DST since 1402).
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ input, req }) => {
    const now = input?.at ? new Date(input.at) : new Date()
    const today = jalaliDateOf(now)
    if (!isWorkingDay(today, defaultHolidays)) return { output: { queued: 0 } }
    const directors = await req.payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'director' } }, { active: { not_equals: false } }] }, depth: 0, limit: 20, overrideAccess: true, req })
    const base = req.payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
    const stamp = formatJalaliDate(today)
    let queued = 0
    for (const director of directors.docs) {
      const asDirector = await createLocalReq({ user: { ...director, collection: 'users' } }, req.payload)
      const digest = await buildDigest(asDirector, today, now)
      const mail = digestMail(digest, director.fullName, `${base}/api/digest?date=${stamp}&format=pdf`)
      if (await queueMail(req, { ...mail, kind: 'director-digest', to: director.id, dedupeKey: `director-digest:${director.id}:${stamp}` })) queued++
    }
    return { output: { queued } }
  },
}
