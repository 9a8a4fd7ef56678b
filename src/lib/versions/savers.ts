/** A version: its id and when it was saved (ms since the epoch). */
export type SavedVersion = { id: number | string; at: number }
/** An audit-trail entry that saved the record: when (ms) and by whom. */
export type SaveEntry = { at: number; actorId: number | null }

/** An entry further than this from a version's time is not its save (a version written by the system). */
export const SAVER_WINDOW_MS = 120_000

/** Audit actions that write a record, hence leave a version. */
export const SAVING_ACTIONS = ['create', 'update', 'register', 'correct', 'cancel'] as const

/**
 * Who saved each version: Payload does not keep a version's author, the audit trail does, one
 * entry per save, written in the same request a moment after the version's `updatedAt`. Each
 * version takes the nearest entry within SAVER_WINDOW_MS; none → no author (`null`).
 */
export function matchSavers(versions: readonly SavedVersion[], entries: readonly SaveEntry[], windowMs = SAVER_WINDOW_MS): Map<number | string, number | null> {
  const out = new Map<number | string, number | null>()
  for (const v of versions) {
    let best: SaveEntry | null = null
    for (const e of entries) {
      const d = Math.abs(e.at - v.at)
      if (d <= windowMs && (best === null || d < Math.abs(best.at - v.at))) best = e
    }
    out.set(v.id, best?.actorId ?? null)
  }
  return out
}
