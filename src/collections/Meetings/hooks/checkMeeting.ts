import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { changedKeys, idOf } from '../../../lib/compare'
import { meetingMessages } from '../../../lib/meetings/messages'
import { isLegalMove, meetingTimesError } from '../../../lib/meetings/times'
import { refuse } from '../../../server/refuse'

type Data = Record<string, unknown>

/** The value a save leaves: what it sends, else what is stored. */
const after = (data: Data, original: Data | undefined, key: string) => (key in data ? data[key] : original?.[key])

const isEmpty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0)

/**
 * beforeValidate: a meeting of a commission whose invitees are left empty invites the
 * commission's standing members (editable afterwards).
 */
export const inviteStandingMembers: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const commissionId = idOf(after(data, originalDoc, 'commission'))
  if (commissionId === null || !isEmpty(after(data, originalDoc, 'invitees'))) return data
  // Read as the person arranging the meeting (commissions are every signed-in user's to read).
  const commission = await req.payload.findByID({ collection: 'commissions', id: commissionId, depth: 0, req, user: req.user ?? undefined, overrideAccess: !req.user, disableErrors: true })
  const members = (commission?.standingMembers ?? []).map((m) => ({ relationTo: m.relationTo, value: idOf(m.value) }))
  if (members.length) data.invitees = members
  return data
}

/**
 * beforeChange: the times make a meeting (end after start, at most twelve hours); a room or an
 * outside place, not both; the status moves planned → held | postponed | cancelled (postponed
 * → planned | cancelled), a reason written for postponing or cancelling; a held meeting keeps
 * its time and place. Bad input is a 400, an illegal move a 409, in Persian.
 */
export const checkMeeting: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const action = operation === 'create' ? 'create' : 'update'
  const deny = (message: string, status = 400) => refuse(req, { message, status, action, collection: 'meetings', id: originalDoc?.id, classification: (data.classification ?? originalDoc?.classification) as string })
  const timesError = meetingTimesError(after(data, originalDoc, 'start'), after(data, originalDoc, 'end'))
  if (timesError) return deny(timesError)
  const outside = after(data, originalDoc, 'outsidePlace')
  if (idOf(after(data, originalDoc, 'place')) !== null && typeof outside === 'string' && outside.trim() !== '') return deny(meetingMessages.placeOrOutside)

  const status = String(after(data, originalDoc, 'status') ?? 'planned')
  if (operation === 'create') {
    if (status !== 'planned') return deny(meetingMessages.createPlanned)
    return data
  }
  const from = String(originalDoc?.status ?? 'planned')
  if (!isLegalMove(from, status)) return deny(meetingMessages.illegalMove(from, status), 409)
  if (from === 'held' && changedKeys(originalDoc ?? {}, data, ['start', 'end', 'place', 'outsidePlace']).length) return deny(meetingMessages.heldNotMoved, 409)
  if (status !== from && (status === 'postponed' || status === 'cancelled')) {
    const reason = data.statusReason
    if (typeof reason !== 'string' || reason.trim() === '') return deny(meetingMessages.reasonRequired(status))
  }
  // A meeting planned again drops the reason it was postponed for.
  if (status === 'planned' && from === 'postponed' && !('statusReason' in data)) data.statusReason = null
  return data
}
