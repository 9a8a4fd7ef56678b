/**
 * npm run bench:kartabl — how fast a user's kartabl answers when they have 10,000 open
 * referrals among 1,000,000 in all (BENCH_TOTAL and BENCH_MINE to change).
 *
 * Referrals are bulk-inserted with SQL (their shape is what Payload writes: the row, the `to`
 * and `record` relationship rows, and the kartabl rows the referrals' hook keeps). Then GET /api/kartabl is timed through Payload's REST
 * handler in-process with the user's JWT, against a raw-SQL baseline running the same
 * queries (first inbox page, first sent page, the counts, the grants, the papers) on the same database.
 * Prints p50/p95/p99 in ms; the target is p95 ≤ 50 ms.
 */
import '../src/server/loadEnv'

import { handleEndpoints } from 'payload'

import { plainToRichText } from '../src/lib/letters/text'

import { BENCH_PASSWORD, openBenchDatabase, runBench, percentile } from './benchDatabase'

const TOTAL = Number(process.env.BENCH_TOTAL || 1_000_000)
const MINE = Number(process.env.BENCH_MINE || 10_000)
const RUNS = Number(process.env.BENCH_RUNS || 200)

async function main() {
  const db = await openBenchDatabase()
  const { payload, raw } = db
  const users = (await payload.find({ collection: 'users', pagination: false, depth: 0 })).docs
  const me = users.find((u) => u.email === 'expert.political@demo.dabir.ir')!
  const office = users.find((u) => u.email === 'office@demo.dabir.ir')!
  const others = users.filter((u) => u.id !== me.id).map((u) => u.id)
  const officeUser = await payload.findByID({ collection: 'users', id: office.id })
  const sender = await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری نمونه', kind: 'county-governorate' } })
  const letters: number[] = []
  for (let i = 0; i < 200; i++) {
    const l = await payload.create({
      collection: 'letters',
      data: { kind: 'incoming', status: 'registered', classification: 'normal', urgency: 'normal', subject: `نامهٔ کارتابل ${i}`, sender: { relationTo: 'correspondents', value: sender.id }, senderNumber: `BK-${i}`, senderDateJalali: '۱۴۰۵/۰۸/۰۱', body: plainToRichText(`نامهٔ کارتابل ${i}`) } as never,
      user: officeUser,
      overrideAccess: false,
    })
    letters.push(l.id)
  }

  // Registering those letters proposed triage drafts (routing rules); start from no referrals.
  await raw.query('DELETE FROM referral_inbox; DELETE FROM referrals_history; DELETE FROM referrals_rels; DELETE FROM referrals')
  const started = Date.now()
  // Mine: the first MINE rows are open and to me; as many again to me are closed; the rest go
  // to the others, a quarter of them open. Deadlines spread ±30 days around now.
  await raw.query(
    `INSERT INTO referrals (from_id, purpose, instruction, deadline, state, created_at, updated_at)
     SELECT $1, 'action', 'بررسی و اقدام', now() + ((g % 60) - 30) * interval '1 day',
            (CASE WHEN g <= $3 THEN (ARRAY['sent','seen','in-progress'])[1 + g % 3]
                  WHEN g <= 2 * $3 THEN 'done'
                  ELSE (ARRAY['sent','done','done','done'])[1 + g % 4] END)::enum_referrals_state,
            now() - (g % 1000) * interval '1 minute', now()
     FROM generate_series(1, $2) AS g`,
    [office.id, TOTAL, MINE],
  )
  await raw.query(
    `INSERT INTO referrals_rels ("order", parent_id, path, users_id)
     SELECT 1, r.id, 'to', CASE WHEN r.id - m.lo < 2 * $2 THEN $1 ELSE ($3::int[])[1 + (r.id % array_length($3::int[], 1))] END
     FROM referrals r, (SELECT min(id) AS lo FROM referrals) m`,
    [me.id, MINE, others],
  )
  await raw.query(
    `INSERT INTO referrals_rels ("order", parent_id, path, letters_id)
     SELECT NULL, r.id, 'record', ($1::int[])[1 + (r.id % array_length($1::int[], 1))] FROM referrals r`,
    [letters],
  )
  // The kartabl rows the referrals' hook keeps, for the bulk-loaded referrals.
  await raw.query(
    `INSERT INTO referral_inbox (referral_id, user_id, state, deadline, sent_at, letter_id)
     SELECT t.parent_id, t.users_id, r.state::text::enum_referral_inbox_state, r.deadline, r.created_at, rec.letters_id
     FROM referrals_rels t JOIN referrals r ON r.id = t.parent_id
     LEFT JOIN referrals_rels rec ON rec.parent_id = r.id AND rec.path = 'record'
     WHERE t.path = 'to'`,
  )
  await raw.query('VACUUM ANALYZE referrals')
  await raw.query('VACUUM ANALYZE referrals_rels')
  await raw.query('VACUUM ANALYZE referral_inbox')
  console.log(`\nKartabl, ${TOTAL.toLocaleString('en')} referrals, ${MINE.toLocaleString('en')} open to the user (${db.label}); loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`)

  const login = await payload.login({ collection: 'users', data: { email: me.email, password: BENCH_PASSWORD } })
  const viaRest = async () => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost:3000/api/kartabl', { headers: { Authorization: `JWT ${login.token}` } }),
    })
    if (response.status !== 200) throw new Error(`kartabl ${response.status}: ${await response.text()}`)
    const body = await response.json()
    if (body.inbox.totalDocs !== MINE) throw new Error(`kartabl shows ${body.inbox.totalDocs} open referrals, expected ${MINE}`)
  }

  const open = `state IN ('sent','seen','in-progress')`
  const viaSql = async () => {
    await Promise.all([
      raw.query(
        `SELECT r.*, i.letter_id FROM referral_inbox i JOIN referrals r ON r.id = i.referral_id::int
         WHERE i.user_id = $1 AND i.${open} ORDER BY i.deadline, i.sent_at, i.referral_id LIMIT 20`,
        [me.id],
      ),
      raw.query(`SELECT r.* FROM referrals r WHERE r.from_id = $1 AND r.${open} ORDER BY r.deadline, r.created_at LIMIT 20`, [me.id]),
      raw.query(
        `SELECT count(*) FILTER (WHERE state = 'sent'), count(*) FILTER (WHERE state = 'seen'), count(*) FILTER (WHERE state = 'in-progress'),
                count(*) FILTER (WHERE deadline < now()) FROM referral_inbox WHERE user_id = $1 AND ${open}`,
        [me.id],
      ),
      raw.query(`SELECT DISTINCT letter_id FROM referral_inbox WHERE user_id = $1 AND state NOT IN ('recalled', 'draft')`, [me.id]),
      raw.query(`SELECT id, registry_number, urgency, classification, registered_at, subject FROM letters WHERE id = ANY($1::int[])`, [letters.slice(0, 20)]),
    ])
  }

  const measure = async (fn: () => Promise<void>) => {
    for (let i = 0; i < 10; i++) await fn() // warm up
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      await fn()
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) }
  }
  const base = await measure(viaSql)
  const api = await measure(viaRest)
  console.log('mode               |  p50 ms |  p95 ms |  p99 ms')
  for (const [mode, r] of [['raw SQL', base], ['GET /api/kartabl', api]] as const) {
    console.log(`${mode.padEnd(18)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p95.toFixed(1).padStart(7)} | ${r.p99.toFixed(1).padStart(7)}`)
  }
  console.log(`target p95 ≤ 50 ms: ${api.p95 <= 50 ? 'met' : 'NOT met'} (${(api.p95 / base.p95).toFixed(1)}× the raw-SQL p95)`)
  await db.close()
}

runBench(main)
