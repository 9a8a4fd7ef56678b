import { createLocalReq } from 'payload'

import { withCheckpoint } from '../lib/audit/checkpointMail'
import { digestMail } from '../lib/digest'
import { formatJalaliDate } from '../lib/jalali'
import { checkpointNow } from '../server/auditCheckpoint'
import { buildDigest } from '../server/digest/build'
import { appBaseUrl, queueMail } from '../server/notify'
import { workingMorningTask } from './workingMorningTask'

/**
 * Every working morning at 07:00 Tehran: the daily digest to each active director general,
 * built as that director (their clearance and the read rule decide what it holds) and mailed
 * with classified papers named by number and level only, with a link to the full PDF.
 * One mail a director a day (the dedupe key holds the Jalali date).
 *
 * The directors are found as the system (no person asks); everything in the digest is read
 * as the director, with access control on.
 *
 * Each mail ends with a signed checkpoint of the audit trail's head, written to the checkpoint
 * file at the same moment: a copy out of the server's reach (src/server/auditCheckpoint.ts).
 */
export const directorDigestTask = workingMorningTask('directorDigest', async (req, now, today) => {
  // Who gets the mail is the system's question; what the mail holds is read as each director below.
  const directors = await req.payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'director' } }, { active: { not_equals: false } }] }, depth: 0, limit: 20, overrideAccess: true, req })
  const base = appBaseUrl(req)
  const stamp = formatJalaliDate(today)
  let queued = 0
  const checkpoint = directors.docs.length ? await checkpointNow(req.payload, now) : ''
  for (const director of directors.docs) {
    const asDirector = await createLocalReq({ user: { ...director, collection: 'users' } }, req.payload)
    const digest = await buildDigest(asDirector, today, now)
    const mail = withCheckpoint(digestMail(digest, director.fullName, `${base}/api/digest?date=${stamp}&format=pdf`), checkpoint)
    if (await queueMail(req, { ...mail, kind: 'director-digest', to: director.id, dedupeKey: `director-digest:${director.id}:${stamp}` })) queued++
  }
  return queued
})
