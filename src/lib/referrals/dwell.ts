// Dwell time (رسوب): how long a referral sat in each state, derived from its history.
import { toInstant } from '../jalali'
import { REFERRAL_STATES, isFinalState, type State } from './states'

export type HistoryEntry = { state: State; at: string }
export type DwellSummary = {
  count: number
  /** Milliseconds summed over all referrals. */
  total: Record<State, number>
  /** Referrals that were ever in the state. */
  visited: Record<State, number>
  /** total / visited: the mean stay of the referrals that were there, 0 if none. */
  average: Record<State, number>
}

const zeros = (): Record<State, number> =>
  Object.fromEntries(REFERRAL_STATES.map((s) => [s, 0])) as Record<State, number>

/**
 * Milliseconds spent in each state. `history` is in order, starting with `sent` at creation;
 * the last state runs until `now` unless it is final (a closed referral no longer dwells).
 */
export function dwellTimes(history: readonly HistoryEntry[], now: Date): Record<State, number> {
  const result = zeros()
  history.forEach((entry, i) => {
    const start = toInstant(entry.at).getTime()
    const next = history[i + 1]
    const end = next
      ? toInstant(next.at).getTime()
      : isFinalState(entry.state)
        ? start
        : now.getTime()
    // Clocks of different servers can disagree slightly; a negative stay is noise, not time.
    result[entry.state] += Math.max(0, end - start)
  })
  return result
}

export function summariseDwell(
  referrals: readonly { history: readonly HistoryEntry[] }[],
  now: Date,
): DwellSummary {
  const total = zeros()
  const visited = zeros()
  for (const { history } of referrals) {
    const times = dwellTimes(history, now)
    for (const s of REFERRAL_STATES) total[s] += times[s]
    for (const s of new Set(history.map((h) => h.state))) visited[s] += 1
  }
  const average = zeros()
  for (const s of REFERRAL_STATES) average[s] = visited[s] ? total[s] / visited[s] : 0
  return { count: referrals.length, total, visited, average }
}
