import type { BreakReason, Checkpoint, ChainVerdict } from './chain'

/**
 * What `npm run audit:verify` found, each finding a kind and a sentence (English, then
 * Persian). Pure: the server gathers the facts (src/server/auditVerify.ts), this names them.
 */
export type FindingKind =
  | 'edited' // an entry's facts no longer give its hash
  | 'removed' // an entry missing inside the chain, or entries reordered
  | 'rehashed' // entries whose hashes were recomputed without the key (MAC fails)
  | 'forged' // the last entry was written without the key
  | 'unsigned' // an entry without a MAC after signed entries began
  | 'truncated' // a checkpoint names an entry past the end of the trail
  | 'rewritten' // a checkpoint's entry is there with another hash
  | 'bad-checkpoint' // a checkpoint line whose HMAC fails or that cannot be read
  | 'trigger' // the append-only trigger is missing or disabled
  | 'privileges' // the app's database role could rewrite the trail

export interface Finding {
  kind: FindingKind
  id?: number
  message: string
}

/** The chain's own verdict as a finding; `lastId` tells an appended forgery from a re-hashed run. */
export function chainFinding(verdict: Extract<ChainVerdict, { ok: false }>, lastId: number): Finding {
  const id = verdict.brokenId
  const byReason: Record<BreakReason, () => Finding> = {
    content: () => ({ kind: 'edited', id, message: `entry id=${id}: edited — its content does not match its hash — رویداد ${id} دستکاری شده است.` }),
    link: () => ({ kind: 'removed', id, message: `entry id=${id}: does not follow the entry before it — an entry was removed or reordered — زنجیره پیش از رویداد ${id} بریده شده است.` }),
    mac: () =>
      id === lastId
        ? { kind: 'forged', id, message: `entry id=${id}: forged entry appended — its HMAC fails (written without DABIR_AUDIT_KEY) — رویداد ${id} جعلی است و با کلید دفتر امضا نشده است.` }
        : {
            kind: 'rehashed',
            id,
            message: `entry id=${id}: re-hashed — entries id=${id} to id=${lastId} were rewritten with their hashes recomputed: the chain links but their HMACs fail (edited and recomputed without DABIR_AUDIT_KEY, or the key is not the one the trail was written with) — رویدادهای ${id} تا ${lastId} بازنویسی و دوباره چکیده‌گیری شده‌اند.`,
          },
    unsigned: () => ({ kind: 'unsigned', id, message: `entry id=${id}: unsigned — no HMAC though earlier entries are signed: forged or stripped — رویداد ${id} امضا ندارد.` }),
  }
  return byReason[verdict.reason]()
}

/** Compares the checkpoints with the entries the trail holds now. */
export function checkpointFindings(checkpoints: Checkpoint[], hashOf: ReadonlyMap<number, string>, lastId: number): Finding[] {
  const findings: Finding[] = []
  for (const c of checkpoints) {
    const hash = hashOf.get(c.id)
    if (c.id === 0) continue // a checkpoint of the empty trail
    if (hash === undefined && c.id > lastId) {
      findings.push({ kind: 'truncated', id: c.id, message: `the trail was truncated: the checkpoint of ${c.at} names entry id=${c.id}, but the trail ends at id=${lastId} — انتهای دفتر رویدادها حذف شده است (نقطهٔ وارسی ${c.id}، آخرین رویداد ${lastId}).` })
    } else if (hash === undefined) {
      findings.push({ kind: 'removed', id: c.id, message: `entry id=${c.id}, named by the checkpoint of ${c.at}, is gone — رویداد ${c.id} حذف شده است.` })
    } else if (hash !== c.hash) {
      findings.push({ kind: 'rewritten', id: c.id, message: `the chain was rewritten: entry id=${c.id} has another hash than the checkpoint of ${c.at} — زنجیره تا رویداد ${c.id} بازنویسی شده است.` })
    }
  }
  return findings
}

export function badCheckpointFinding(source: string, verdict: 'forged' | 'malformed'): Finding {
  return verdict === 'forged'
    ? { kind: 'bad-checkpoint', message: `checkpoint ${source}: its HMAC fails (forged, or another DABIR_AUDIT_KEY) — نقطهٔ وارسی ${source} امضای معتبر ندارد.` }
    : { kind: 'bad-checkpoint', message: `checkpoint ${source} cannot be read (expected: id, hash, time, HMAC) — نقطهٔ وارسی ${source} خوانا نیست.` }
}

export function triggerFinding(name: string, state: 'missing' | 'disabled'): Finding {
  return { kind: 'trigger', message: `the append-only trigger ${name} is ${state} on audit_log — محافظ «فقط‌افزودنی» دفتر رویدادها (${name}) ${state === 'missing' ? 'وجود ندارد' : 'غیرفعال شده است'}.` }
}

export function privilegeFinding(role: string, what: string): Finding {
  return { kind: 'privileges', message: `the app's database role ${role} ${what} — نقش پایگاه‌دادهٔ برنامه (${role}) بیش از افزودن و خواندن دفتر رویدادها اختیار دارد.` }
}
