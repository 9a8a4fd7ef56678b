import { meetingMessages } from './messages'
import { MAX_MEETING_HOURS } from './options'

const instant = (value: unknown): number | null => {
  if (value instanceof Date) return value.getTime()
  if (typeof value !== 'string' || value.trim() === '') return null
  const t = new Date(value).getTime()
  return Number.isNaN(t) ? null : t
}

/** Why a meeting's start and end are refused (Persian), or null when they make a meeting. */
export function meetingTimesError(start: unknown, end: unknown): string | null {
  if (start === undefined || start === null || start === '') return meetingMessages.startRequired
  if (end === undefined || end === null || end === '') return meetingMessages.endRequired
  const from = instant(start)
  const to = instant(end)
  if (from === null || to === null) return meetingMessages.badTime
  if (to <= from) return meetingMessages.endBeforeStart
  if (to - from > MAX_MEETING_HOURS * 3600_000) return meetingMessages.tooLong
  return null
}

/** The moves of a meeting's status; the same state is no move. */
const MOVES: Record<string, readonly string[]> = {
  planned: ['held', 'postponed', 'cancelled'],
  // A postponed meeting is planned again at its new time, or called off.
  postponed: ['planned', 'cancelled'],
  held: [],
  cancelled: [],
}

export const isLegalMove = (from: string, to: string): boolean => from === to || (MOVES[from] ?? []).includes(to)
