import { sql } from '@payloadcms/db-postgres'
import type { Access } from 'payload'

import { MEETING_READ } from '../collections/Meetings/readSpec'
import { TOP_SECRET } from '../lib/security/readRule'
import { executeOnRequest } from '../server/sqlOnRequest'
import { mayArrangeAnyMeeting } from './policies'
import { canSee, contentWhere, declareQueriesOf, readerOf, registerReadGrant } from './readRule'

/** Meetings a user sees: the clearance rule, with the invitees as addressees. */
export const readMeetings: Access = canSee('meetings', MEETING_READ)

// What a meeting's filters and sorts may name, under the same rule.
declareQueriesOf('meetings', MEETING_READ)

/** Meetings a user may change: those whose content they read, and arranged by them unless they arrange any. */
export const updateMeetings: Access = async ({ req }) => {
  const reader = await readerOf(req, 'meetings')
  if (!reader) return false
  const content = contentWhere(reader, MEETING_READ)
  if (mayArrangeAnyMeeting(req.user)) return content
  return { and: [content, { createdBy: { equals: reader.id } }] }
}

// An invitee reads the meeting it is invited to, agenda included: invited by name, through the
// post they hold, or through the unit they head. Top-secret stays the director general's alone.
registerReadGrant(async (req, collection) => {
  const user = req.user
  if (!user || collection !== 'meetings') return []
  const result = await executeOnRequest(
    req,
    sql`SELECT DISTINCT r.parent_id AS id FROM meetings_rels r JOIN meetings m ON m.id = r.parent_id
        WHERE r.path = 'invitees' AND m.classification <> ${TOP_SECRET} AND (
          r.users_id = ${user.id}
          OR r.posts_id IN (SELECT u.post_id FROM users u WHERE u.id = ${user.id})
          OR r.units_id IN (SELECT p.unit_id FROM posts p JOIN users u ON u.post_id = p.id WHERE u.id = ${user.id} AND p.is_unit_head))`,
  )
  return (result?.rows ?? []).map((row) => Number(row.id))
})
