import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '../../../lib/compare'
import { toInstant } from '../../../lib/jalali'
import { defaultDeadline, type State } from '../../../lib/referrals'
import { holidayTable } from '../../../server/holidays'
import { executeOnRequest } from '../../../server/sqlOnRequest'

// One holiday change counts deadlines at a time: the second waits for the first to commit and
// then reads both holidays (read committed), so two closures saved together both count.
const HOLIDAY_CHANGE_LOCK = 7_140_503

/** Set on req.context while deadlines are moved, so the referral's own guard lets the system move them. */
export const RECOMPUTING_DEADLINES = 'recomputingDeadlines'

/** Not closed: the deadline still matters (a draft is sent with the deadline it has). */
const NOT_CLOSED: State[] = ['draft', 'sent', 'seen', 'in-progress']

/**
 * A holiday added, moved or removed: every referral still open whose deadline was counted by
 * default (from the paper's urgency in working days) is counted again from the moment it was
 * made, on the request's transaction. Each move is a referral update, so it is in the audit
 * trail next to the holiday change that caused it. A deadline a person set is left alone.
 * Returns how many deadlines moved.
 */
export async function recomputeDeadlines(req: PayloadRequest): Promise<number> {
  await executeOnRequest(req, sql`SELECT pg_advisory_xact_lock(${HOLIDAY_CHANGE_LOCK})`, { requireTransaction: true })
  const open = await req.payload.find({
    collection: 'referrals',
    where: { and: [{ deadlineByDefault: { equals: true } }, { state: { in: NOT_CLOSED } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!open.docs.length) return 0
  const holidays = await holidayTable(req)
  const settings = await req.payload.findGlobal({ slug: 'referral-settings', depth: 0, req, overrideAccess: true })
  const letterIds = [...new Set(open.docs.map((r) => idOf((r.record as { value?: unknown })?.value)).filter((id): id is number => id !== null))]
  const letters = await req.payload.find({ collection: 'letters', where: { id: { in: letterIds } }, depth: 0, pagination: false, overrideAccess: true, req, select: { urgency: true } })
  const urgencyOf = new Map(letters.docs.map((l) => [l.id, l.urgency]))
  let moved = 0
  const before = req.context[RECOMPUTING_DEADLINES]
  req.context[RECOMPUTING_DEADLINES] = true
  try {
    for (const referral of open.docs) {
      const urgency = urgencyOf.get(idOf((referral.record as { value?: unknown })?.value) as number)
      if (!urgency) continue
      const referredAt = referral.history?.[0]?.at ?? referral.createdAt
      const deadline = defaultDeadline(urgency, referredAt, { days: settings.deadlineDays as never, holidays })
      if (referral.deadline && toInstant(referral.deadline).getTime() === new Date(deadline).getTime()) continue
      await req.payload.update({ collection: 'referrals', id: referral.id, data: { deadline }, depth: 0, overrideAccess: true, req })
      moved++
    }
  } finally {
    req.context[RECOMPUTING_DEADLINES] = before
  }
  return moved
}

export const recomputeOpenDeadlines: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const same = operation === 'update' && previousDoc?.date === doc.date
  if (!same) await recomputeDeadlines(req)
  return doc
}

export const recomputeOpenDeadlinesAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputeDeadlines(req)
  return doc
}
