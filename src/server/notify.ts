import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { contentReadableNow } from '../access/readableNow'
import { idOf } from '../lib/compare'
import { executeOnRequest } from './sqlOnRequest'

import type { Mail } from '../lib/notify/referralMail'
import type { Notification } from '../payload-types'

/**
 * The app's address in mail links: `serverURL` (SERVER_URL) when set, as it must be in
 * production behind a proxy; otherwise this server on this machine, on the port `npm start`
 * listens on (PORT, default 3000), so a link in a mail opens the app that sent it.
 */
export function appBaseUrl(req: PayloadRequest): string {
  return req.payload.config.serverURL || process.env.SERVER_URL || `http://localhost:${process.env.PORT || '3000'}`
}

/** Where a person opens a referral in the admin. */
export function referralLink(req: PayloadRequest, referralId: number | string): string {
  return `${appBaseUrl(req)}/admin/collections/referrals/${referralId}`
}

/**
 * Records a mail and queues its sending, on `req` (so a rolled-back cause sends nothing).
 * A system action: the recipient's address is read and the notification written with access
 * control skipped on purpose, since no person is asking. Nothing for an inactive or address-less
 * account, and nothing twice for the same `dedupeKey`. `to` is an account (a notification in the
 * system as well as a mail), or a bare address for someone outside it (a meeting's invited
 * correspondent). A mail may carry a calendar event (nodemailer's `icalEvent`): its `.ics` text
 * is stored on the notification as it was when queued, and sent as stored.
 */
export async function queueMail(
  req: PayloadRequest,
  mail: Mail & {
    kind: Notification['kind']
    to: number | { email: string }
    dedupeKey: string
    referral?: number
    meeting?: number
    icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string }
  },
): Promise<boolean> {
  const { payload } = req
  const { to, icalEvent, ...rest } = mail
  let toEmail: string
  let toUser: number | null = null
  if (typeof to === 'number') {
    const user = await payload.findByID({ collection: 'users', id: to, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!user?.email || user.active === false) return false
    toEmail = user.email
    toUser = user.id
  } else {
    if (!to.email) return false
    toEmail = to.email
  }
  const seen = await payload.count({ collection: 'notifications', where: { dedupeKey: { equals: mail.dedupeKey } }, req, overrideAccess: true })
  if (seen.totalDocs) return false
  const calendar = icalEvent ? { calendar: icalEvent.content, calendarMethod: icalEvent.method } : {}
  const note = await payload.create({ collection: 'notifications', data: { ...rest, ...calendar, to: toUser, toEmail, status: 'queued' }, req, overrideAccess: true })
  await payload.jobs.queue({ task: 'sendNotification', input: { notificationId: note.id }, req })
  return true
}

/**
 * Whether a queued mail about a referral's paper may still go to its recipient: the paper as it
 * is now must be readable to them (a referral recalled, or a paper raised above their clearance
 * without a referral, withholds what was queued before). Mails about no single paper go.
 */
export async function mailStillReadable(payload: Payload, note: Pick<Notification, 'to' | 'referral'>): Promise<boolean> {
  const referral = idOf(note.referral)
  const to = idOf(note.to)
  if (referral === null || to === null) return true
  // The recipient's account, read as the system; the paper itself is then judged as the recipient.
  const recipient = await payload.findByID({ collection: 'users', id: to, depth: 0, overrideAccess: true, disableErrors: true })
  if (!recipient || recipient.active === false) return false
  const req = await createLocalReq({ user: { ...recipient, collection: 'users' } }, payload)
  const found = await executeOnRequest(req, sql`SELECT letters_id FROM referrals_rels WHERE parent_id = ${referral} AND path = 'record' AND letters_id IS NOT NULL LIMIT 1`)
  const letter = found?.rows[0]?.letters_id
  if (letter === undefined || letter === null) return true
  return (await contentReadableNow(req, 'letters', letter)) !== false
}
