import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idOf } from '../lib/compare'
import { addWorkingDays, formatJalaliDate, tehranDayRange } from '../lib/jalali'
import { holidayTable } from '../server/holidays'
import { overdueMail, reminderMail, type DailyItem } from '../lib/notify/dailyMail'
import type { Mail } from '../lib/notify/referralMail'
import { PURPOSE_LABELS, type Purpose } from '../lib/referrals'
import type { Notification } from '../payload-types'
import { queueMail, referralLink } from '../server/notify'
import { executeOnRequest } from '../server/sqlOnRequest'
import { workingMorningTask } from './workingMorningTask'

type Row = { user_id: string; referral_id: string; deadline: Date; letter_id: string | null; purpose: string }

/**
 * Every working morning (07:00 Tehran): to each user, a reminder of what falls due on the
 * next working day and the list of what is overdue; to the supervisor of each overdue user's
 * post (its reports-to), that user's overdue list. One mail per person and kind a day (the
 * dedupe key holds the Jalali date), queued for the sending task.
 *
 * A system action: no person asks, so reads run with access control skipped on purpose
 * (`overrideAccess: true`). What reaches a mail is bounded by the mail itself: a classified
 * paper is named only by its number and level (src/lib/notify/dailyMail.ts).
 */
export const dailyReferralMailTask = workingMorningTask('dailyReferralMail', async (req, now, today) => {
  const tomorrow = tehranDayRange(addWorkingDays(today, 1, await holidayTable(req)))
  const open = sql`i.state IN ('sent', 'seen', 'in-progress')`
  const select = sql`SELECT i.user_id, i.referral_id, i.deadline, i.letter_id, r.purpose FROM referral_inbox i JOIN referrals r ON r.id = i.referral_id::int`
  const due = ((await executeOnRequest(req, sql`${select} WHERE ${open} AND i.deadline >= ${tomorrow.start.toISOString()} AND i.deadline < ${tomorrow.end.toISOString()}`))?.rows ?? []) as Row[]
  const late = ((await executeOnRequest(req, sql`${select} WHERE ${open} AND i.deadline < ${now.toISOString()}`))?.rows ?? []) as Row[]

  const items = await itemsFor(req, [...due, ...late])
  const stamp = formatJalaliDate(now)
  let queued = 0
  const send = async (userId: number, kind: Notification['kind'], key: string, mail: Mail) => {
    if (await queueMail(req, { ...mail, kind, to: userId, dedupeKey: `${kind}:${key}:${stamp}` })) queued++
  }
  const byUser = (rows: Row[]) => {
    const map = new Map<number, DailyItem[]>()
    for (const r of rows) map.set(Number(r.user_id), [...(map.get(Number(r.user_id)) ?? []), items.get(Number(r.referral_id))!])
    return map
  }
  const names = async (id: number) => (await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true }))?.fullName ?? ''

  for (const [userId, list] of byUser(due)) await send(userId, 'deadline-reminder', String(userId), reminderMail(await names(userId), list))
  for (const [userId, list] of byUser(late)) {
    const name = await names(userId)
    await send(userId, 'overdue-list', String(userId), overdueMail(name, list))
    const supervisor = await supervisorOf(req, userId)
    if (supervisor !== null && supervisor !== userId) await send(supervisor, 'overdue-supervisor', `${supervisor}:${userId}`, overdueMail(await names(supervisor), list, name))
  }
  return queued
})

async function itemsFor(req: PayloadRequest, rows: Row[]): Promise<Map<number, DailyItem>> {
  const letterIds = [...new Set(rows.map((r) => Number(r.letter_id)).filter((id) => Number.isFinite(id) && id > 0))]
  const letters = letterIds.length
    ? (await req.payload.find({ collection: 'letters', where: { id: { in: letterIds } }, depth: 0, pagination: false, req, overrideAccess: true, select: { registryNumber: true, subject: true, classification: true } })).docs
    : []
  const byId = new Map(letters.map((l) => [l.id, l]))
  return new Map(
    rows.map((r) => {
      const letter = byId.get(Number(r.letter_id))
      return [
        Number(r.referral_id),
        {
          registryNumber: letter?.registryNumber ?? null,
          subject: letter?.subject ?? '',
          classification: letter?.classification ?? 'top-secret',
          purposeLabel: PURPOSE_LABELS[r.purpose as Purpose],
          deadline: new Date(r.deadline).toISOString(),
          link: referralLink(req, r.referral_id),
        },
      ]
    }),
  )
}

/** The holder of the post the user's post reports to. */
async function supervisorOf(req: PayloadRequest, userId: number): Promise<number | null> {
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const postId = idOf(user?.post)
  if (postId === null) return null
  const post = await req.payload.findByID({ collection: 'posts', id: postId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const above = idOf(post?.reportsTo)
  if (above === null) return null
  const boss = await req.payload.findByID({ collection: 'posts', id: above, depth: 0, req, overrideAccess: true, disableErrors: true })
  return idOf(boss?.holder)
}
