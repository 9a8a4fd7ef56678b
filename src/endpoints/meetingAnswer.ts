import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { idOf } from '../lib/compare'
import { meetingMessages } from '../lib/meetings/messages'
import { MEETING_ANSWER_LABELS, type MeetingAnswer } from '../lib/meetings/options'
import { toLatinDigits } from '../lib/persian'
import { ANSWER_CONTEXT, isInvitee, type AnswerContext } from '../server/meetings/invitations'
import { refuse } from '../server/refuse'
import { unauthorised } from './unauthorised'

const SUBSTITUTE_MAX = 200

/**
 * POST /api/meetings/:id/answer {answer: accepted | declined | substitute, substitute?} — an
 * invitee's answer to a meeting's invitation (invited by name, through the post they hold or
 * the unit they head), kept in the meeting's `answers` (one row a person; a later answer
 * replaces theirs). The meeting is read as the user (a meeting they may not see is one that
 * does not exist, 404); a non-invitee is a 403, a bad answer a 400, a held or cancelled
 * meeting a 409, each in Persian and recorded in the trail; nothing is stored on a refusal.
 */
export const meetingAnswerEndpoint: Endpoint = {
  path: '/:id/answer',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || user.active === false) return unauthorised(meetingMessages.answerNotLoggedIn)
    const id = Number(toLatinDigits(String(req.routeParams?.id ?? '')))
    const deny = (message: string, status: number): Promise<never> =>
      refuse(req, { message, status, action: 'update', collection: 'meetings', id: Number.isInteger(id) && id > 0 ? id : null })
    if (!Number.isInteger(id) || id < 1) return deny(meetingMessages.answerMeetingMissing, 404)
    const meeting = await req.payload.findByID({ collection: 'meetings', id, depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!meeting) return deny(meetingMessages.answerMeetingMissing, 404)
    if (!(await isInvitee(req, id, user.id))) return deny(meetingMessages.answerNotInvitee, 403)
    if (meeting.status === 'held' || meeting.status === 'cancelled') return deny(meetingMessages.answerClosed(meeting.status), 409)

    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { answer?: unknown; substitute?: unknown }
    const answer = body.answer
    if (typeof answer !== 'string' || !(answer in MEETING_ANSWER_LABELS)) return deny(meetingMessages.answerBad, 400)
    const substitute = typeof body.substitute === 'string' ? body.substitute.trim().slice(0, SUBSTITUTE_MAX) : ''
    if (answer === 'substitute' && !substitute) return deny(meetingMessages.answerSubstituteRequired, 400)

    const context: AnswerContext = { user: user.id, answer: answer as MeetingAnswer, substitute: answer === 'substitute' ? substitute : null }
    // A system write on the invitee's behalf, once checked above that they read the meeting and
    // are invited: an invitee may not edit the meeting, and the request changes nothing of it but
    // the server-set `answers` row (from `context`, under the row lock; `data` is empty). `req`
    // keeps the user, so the audit trail names them.
    const saved = await req.payload.update({ collection: 'meetings', id, data: {}, context: { [ANSWER_CONTEXT]: context }, req, overrideAccess: true, depth: 0 })
    const row = (saved.answers ?? []).find((r) => idOf(r.user) === user.id)
    return Response.json({ answer: row ?? null }, { status: 200 })
  },
}
