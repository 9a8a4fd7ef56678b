/**
 * npm run bench:admin — how fast the warm admin answers in a real browser, against a bare
 * Payload list page in the same run.
 *
 * 1. A fresh database (bench/benchDatabase.ts: migrated, reference data, demo accounts) filled
 *    through the Local API as people would: BENCH_LETTERS letters (default 3,000; incoming,
 *    outgoing and internal; most registered; a spread of classifications, senders and
 *    recipients) and a referral for every other one (from the director to the office chief, and
 *    from the office chief to the deputies, heads and experts), each write audited as usual.
 * 2. `npm start` on that database — the production build (built first when the sources changed,
 *    as tests/helpers/serverSetup.ts), the restricted database role, the job queue off so queued
 *    routing proposals do not run in the middle of a measurement.
 * 3. Debian's Chromium (playwright-core, tests/helpers/browser.ts) logs in as the office chief,
 *    warms every page (BENCH_WARM navigations each), then measures BENCH_RUNS (default 15)
 *    full navigations per page, round-robin across the pages so a burst of load on the shared
 *    machine falls on all of them alike. Per navigation:
 *    - `visible`: from the navigation's start to the page's main content being visible (the
 *      list's rows, the edit form's fields, the kartabl's table …), in ms;
 *    - `ttfb`: the document request's time to its first byte (server work before streaming);
 *    - `doc`: the document request until its last byte (Next streams the whole RSC render).
 *
 * Baseline: Payload's own list of `divisions` (تقسیمات کشوری, ~1,000 rows from the reference
 * data): a collection with the same kinds of columns as the letters list (text, select, a
 * relationship cell) and no custom component, no read rule beyond "signed in", no afterRead
 * hook and no audit of reads — Payload as it comes, in the same server, browser and session.
 * No bench-only collection is declared: the app ships no code for its benchmark.
 *
 * Prints p50/p95 per page and the ratio of each page's p95 to the baseline's. The target of
 * issue 13 is visible p95 < 1,000 ms on every page.
 *
 * BENCH_REUSE=<database> measures again on a database an earlier run kept with BENCH_KEEP=1.
 * BENCH_ONLY=letters-list,edit (page keys) measures a subset.
 */
import '../src/server/loadEnv'

import { spawn, type ChildProcess } from 'child_process'

import pg from 'pg'
import { createLocalReq, getAccessResults, type Payload } from 'payload'
import type { Page } from 'playwright-core'

import { launchBrowser } from '../tests/helpers/browser'
import { plainToRichText } from '../src/lib/letters/text'
import { freePort } from '../src/server/database'
import { appRoleName } from '../src/server/databaseRoles'
import { projectRoot } from '../src/server/paths'
import { BENCH_PASSWORD, openBenchDatabase, percentile, runBench } from './benchDatabase'

const LETTERS = Number(process.env.BENCH_LETTERS || 3000)
/** Written through the Local API; the rest are copies of these made in SQL (BENCH_LETTERS_API). */
const LETTERS_API = Math.min(LETTERS, Number(process.env.BENCH_LETTERS_API || 300))
const RUNS = Number(process.env.BENCH_RUNS || 15)
const WARM = Number(process.env.BENCH_WARM || 3)
const CONCURRENCY = 4

interface PageSpec {
  key: string
  label: string
  path: string
  /** The page's main content: measured when the first match is visible. */
  ready: string
}

async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++)
    }),
  )
}

/**
 * The letters and referrals of a working office: LETTERS_API written through the Local API as
 * its people (every hook, version, audit entry and kartabl row as in use), then copied in SQL
 * up to LETTERS (the copies' rows, relationships, keywords, referrals and kartabl rows shifted
 * by a fixed id offset; their registry numbers get a suffix so they stay unique).
 */
async function fill(payload: Payload, raw: pg.Pool): Promise<void> {
  const users = (await payload.find({ collection: 'users', pagination: false, depth: 0 })).docs
  const byEmail = (local: string) => users.find((u) => u.email === `${local}@demo.dabir.ir`)!
  const office = await payload.findByID({ collection: 'users', id: byEmail('office').id })
  const director = await payload.findByID({ collection: 'users', id: byEmail('director').id })
  // Recipients cleared for the paper: deputies (secret) for any letter, heads and experts for the rest.
  const deputies = ['deputy.political', 'deputy.elections'].map(byEmail).map((u) => u.id)
  const staff = [...deputies, ...['head.political', 'head.elections', 'expert.political', 'expert.elections', 'expert.divisions'].map(byEmail).map((u) => u.id)]
  const posts = (await payload.find({ collection: 'posts', pagination: false, depth: 0 })).docs.map((p) => p.id)
  const senders: number[] = []
  for (let i = 0; i < 20; i++) {
    senders.push((await payload.create({ collection: 'correspondents', data: { name: `فرمانداری نمونهٔ ${i + 1}`, kind: 'county-governorate' } })).id)
  }
  const kinds = ['incoming', 'incoming', 'incoming', 'outgoing', 'internal'] as const
  const levels = ['normal', 'normal', 'normal', 'normal', 'confidential', 'confidential', 'secret'] as const
  const letters: number[] = []
  const started = Date.now()
  await pool(LETTERS_API, CONCURRENCY, async (i) => {
    const kind = kinds[i % kinds.length]!
    const letter = await payload.create({
      collection: 'letters',
      data: {
        kind,
        status: i % 10 === 9 ? 'draft' : 'registered',
        classification: levels[i % levels.length]!,
        urgency: i % 6 === 0 ? 'urgent' : 'normal',
        subject: `گزارش شمارهٔ ${i + 1} دربارهٔ برگزاری جلسهٔ شورای تأمین شهرستان`,
        summary: 'خلاصهٔ نامه برای آزمون کارایی پیشخوان.',
        body: plainToRichText('متن نامه: گزارش جلسه، تصمیم‌ها و درخواست اقدام. '.repeat(8)),
        keywords: ['انتخابات', 'شورا'],
        senderNumber: kind === 'incoming' ? `${1000 + i}/ف` : undefined,
        senderDate: kind === 'incoming' ? new Date(Date.now() - (i % 30) * 86_400_000).toISOString() : undefined,
        sender: kind === 'incoming' ? { relationTo: 'correspondents', value: senders[i % senders.length]! } : { relationTo: 'posts', value: posts[i % posts.length]! },
        recipients: [{ relationTo: 'posts', value: posts[(i + 1) % posts.length]! }],
      } as never,
      user: office,
      overrideAccess: false,
      depth: 0,
    })
    letters[i] = letter.id
    if (i % 100 === 99) console.log(`  ${i + 1} letters (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  })
  // A referral for every other registered letter: a third to the office chief, the rest onward.
  const referred = letters.map((id, index) => ({ id, index })).filter(({ index }) => index % 10 !== 9 && index % 2 === 0)
  await pool(referred.length, CONCURRENCY, async (i) => {
    const toOffice = i % 3 === 0
    const cleared = levels[referred[i]!.index % levels.length] === 'secret' ? deputies : staff
    await payload.create({
      collection: 'referrals',
      data: {
        record: { relationTo: 'letters', value: referred[i]!.id },
        to: [toOffice ? office.id : cleared[i % cleared.length]!],
        purpose: i % 4 === 0 ? 'information' : 'action',
        instruction: 'بررسی و اقدام لازم',
      } as never,
      user: toOffice ? director : office,
      overrideAccess: false,
      depth: 0,
    })
  })
  await copyInSql(raw, Math.ceil(LETTERS / LETTERS_API))
  console.log(`Filled in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const columnsOf = async (raw: pg.Pool, table: string) =>
  (await raw.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`, [table])).rows.map(
    (r) => r.column_name as string,
  )

/** Copies every letter and referral `times - 1` times, ids shifted by a multiple of an offset. */
async function copyInSql(raw: pg.Pool, times: number) {
  const { rows } = await raw.query(`SELECT (SELECT max(id) FROM letters) AS l, (SELECT max(id) FROM referrals) AS r`)
  const lOff = Math.pow(10, String(rows[0].l).length)
  const rOff = Math.pow(10, String(rows[0].r ?? 1).length)
  const copy = async (table: string, k: number, overrides: Record<string, string>, from: string, withId?: string) => {
    const cols = await columnsOf(raw, table)
    const list = (withId ? ['id', ...cols] : cols).map((c) => `"${c}"`).join(', ')
    const values = (withId ? [withId, ...cols.map((c) => overrides[c] ?? `"${c}"`)] : cols.map((c) => overrides[c] ?? `"${c}"`)).join(', ')
    await raw.query(`INSERT INTO "${table}" (${list}) SELECT ${values} FROM "${table}" WHERE ${from}`.replaceAll('$k', String(k)))
  }
  for (let k = 1; k < times; k++) {
    const lk = `${k} * ${lOff}`
    const rk = `${k} * ${rOff}`
    await copy('letters', k, {
      subject: `subject || ' (${k})'`,
      registry_seq: `registry_seq + ${lk}`,
      registry_number: `registry_number || '-${k}'`,
      registry_number_key: `registry_number_key || '-${k}'`,
    }, `id < ${lOff}`, `id + ${lk}`)
    await copy('letters_rels', k, { parent_id: `parent_id + ${lk}`, letters_id: `letters_id + ${lk}` }, `parent_id < ${lOff}`)
    await copy('letters_texts', k, { parent_id: `parent_id + ${lk}` }, `parent_id < ${lOff}`)
    await copy('referrals', k, { parent_id: `parent_id + ${rk}` }, `id < ${rOff}`, `id + ${rk}`)
    await copy('referrals_rels', k, { parent_id: `parent_id + ${rk}`, letters_id: `letters_id + ${lk}`, referrals_id: `referrals_id + ${rk}` }, `parent_id < ${rOff}`)
    await copy('referral_inbox', k, { referral_id: `referral_id + ${rk}`, letter_id: `letter_id + ${lk}` }, `referral_id < ${rOff}`)
  }
  for (const table of ['letters', 'referrals']) await raw.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`)
}

/**
 * The server's steps behind the pages, in-process through the Local API as the office chief
 * (medians of 9 after one to warm, in ms): what the docs' "where the time goes" table shows.
 */
async function serverSteps(payload: Payload, letterId: number) {
  const office = (await payload.find({ collection: 'users', where: { email: { equals: 'office@demo.dabir.ir' } }, depth: 0 })).docs[0]!
  const user = { ...(await payload.findByID({ collection: 'users', id: office.id })), collection: 'users' } as never
  const req = () => createLocalReq({ user }, payload)
  const list = (collection: 'divisions' | 'letters' | 'referrals', extra: object = {}) => async () =>
    payload.find({ collection, depth: 0, draft: true, includeLockStatus: true, limit: 10, overrideAccess: false, user, req: await req(), ...extra })
  const steps: [string, () => Promise<unknown>][] = [
    ['getAccessResults (every admin page)', async () => getAccessResults({ req: await req() })],
    ['find 10 divisions (baseline list)', list('divisions')],
    ['find 10 letters, whole documents', list('letters', { select: undefined })],
    ['find 10 letters, no joins', list('letters', { joins: false })],
    ["find 10 letters, the list's columns", list('letters', { select: { registryNumber: true, registeredAtJalali: true, kind: true, subject: true, sender: true, classification: true, urgency: true, status: true } })],
    ['find 10 referrals', list('referrals')],
    ['a letter by id, depth 0', async () => payload.findByID({ collection: 'letters', id: letterId, depth: 0, draft: true, overrideAccess: false, user, req: await req() })],
  ]
  console.log('\nServer steps, Local API as the office chief (median of 9, ms)')
  for (const [label, step] of steps) {
    await step()
    const times: number[] = []
    for (let i = 0; i < 9; i++) {
      const t = performance.now()
      await step()
      times.push(performance.now() - t)
    }
    console.log(`${label.padEnd(40)} ${percentile(times, 50).toFixed(1).padStart(8)}`)
  }
}

/** `npm start` on the bench database; resolves once it answers, with its base URL. */
async function startServer(databaseUri: string): Promise<{ baseUrl: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort()
  let output = ''
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URI: databaseUri, PORT: String(port), DABIR_DEMO_PASSWORD: BENCH_PASSWORD, DABIR_JOBS_AUTORUN: '0' },
  })
  child.stdout!.on('data', (d) => {
    output += d
    // The phases, so a first build's minutes are not silent.
    for (const line of String(d).split('\n')) if (/^(▸|  \S.* done in|Dabir is ready)/.test(line)) console.log(`  [npm start] ${line.trim()}`)
  })
  child.stderr!.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20 * 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.slice(-4000)}`)
    if (Date.now() > deadline) throw new Error(`npm start did not answer in time:\n${output.slice(-4000)}`)
    // Ready once start.ts says so: it has loaded the login page once by then.
    if (output.includes('Dabir is ready')) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  const stop = async () => {
    if (!child.pid || child.exitCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    process.kill(-child.pid, 'SIGINT')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))])
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  return { baseUrl, child, stop }
}

interface Sample {
  visible: number
  ttfb: number
  doc: number
}

/** One full navigation: time to the main content, and the document request's timings. */
async function navigate(page: Page, url: string, ready: string): Promise<Sample> {
  const started = Date.now()
  const response = await page.goto(url, { waitUntil: 'commit', timeout: 60_000 })
  if (!response || response.status() >= 400) throw new Error(`${url}: HTTP ${response?.status()}`)
  if (new URL(page.url()).pathname.includes('/login')) throw new Error(`${url}: sent to the login page`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 })
  const visible = Date.now() - started
  await page.waitForLoadState('load', { timeout: 60_000 })
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    return { ttfb: nav.responseStart - nav.requestStart, doc: nav.responseEnd - nav.requestStart }
  })
  return { visible, ...timing }
}

async function main() {
  const db = await openBenchDatabase()
  const { payload } = db
  const databaseUri = process.env.DATABASE_URI!
  if (!db.reused) {
    await fill(payload, db.raw).catch(async (error) => {
      await db.close()
      throw error
    })
    await db.raw.query('VACUUM ANALYZE')
  }
  // The edit page of letter no. 41: incoming, registered, confidential (its read is audited), with no referral.
  const letterId = (await payload.find({ collection: 'letters', sort: 'id', limit: 41, depth: 0, pagination: false })).docs[40]!.id
  await serverSteps(payload, letterId)
  const counts = await db.raw.query(
    `SELECT (SELECT count(*) FROM letters) AS letters, (SELECT count(*) FROM referrals) AS referrals,
            (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM divisions) AS divisions`,
  )
  const c = counts.rows[0]
  const pages: PageSpec[] = [
    { key: 'baseline', label: 'baseline: Payload list of divisions', path: '/admin/collections/divisions', ready: '.collection-list .table tbody tr' },
    { key: 'dashboard', label: 'dashboard with the kartabl', path: '/admin', ready: '.kartabl :is(table, h2)' },
    { key: 'letters-list', label: 'letters list', path: '/admin/collections/letters', ready: '.collection-list .table tbody tr' },
    { key: 'edit', label: "a letter's edit page", path: `/admin/collections/letters/${letterId}`, ready: '.document-fields #field-subject' },
    { key: 'create', label: 'create form', path: '/admin/collections/letters/create', ready: '.document-fields #field-subject' },
    { key: 'lookup', label: 'lookup', path: '/admin/lookup', ready: '.lookup form' },
    { key: 'referrals-list', label: 'referrals list', path: '/admin/collections/referrals', ready: '.collection-list .table tbody tr' },
    { key: 'audit-list', label: 'audit log list', path: '/admin/collections/audit-log', ready: '.collection-list .table tbody tr' },
  ]
  const only = process.env.BENCH_ONLY?.split(',')
  const measured = only ? pages.filter((p) => p.key === 'baseline' || only.includes(p.key)) : pages

  const server = await startServer(databaseUri)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', 'office@demo.dabir.ir')
    await page.fill('input[name="password"]', BENCH_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

    // The audit log is read by the auditor only: a second session for its page.
    const auditorContext = await browser.newContext({ locale: 'fa-IR', viewport: { width: 1366, height: 900 } })
    const auditorPage = await auditorContext.newPage()
    await auditorPage.goto(`${server.baseUrl}/admin/login`)
    await auditorPage.fill('input[name="email"]', 'auditor@demo.dabir.ir')
    await auditorPage.fill('input[name="password"]', BENCH_PASSWORD)
    await auditorPage.click('button[type="submit"]')
    await auditorPage.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    const pageFor = (spec: PageSpec) => (spec.key === 'audit-list' ? auditorPage : page)

    for (const spec of measured) for (let i = 0; i < WARM; i++) await navigate(pageFor(spec), server.baseUrl + spec.path, spec.ready)
    const samples = new Map<string, Sample[]>(measured.map((p) => [p.key, []]))
    for (let run = 0; run < RUNS; run++) {
      for (const spec of measured) samples.get(spec.key)!.push(await navigate(pageFor(spec), server.baseUrl + spec.path, spec.ready))
      if (run % 5 === 4) console.log(`  round ${run + 1} of ${RUNS}`)
    }

    console.log(
      `\nAdmin pages, warm, ${RUNS} navigations each after ${WARM} to warm (${db.label}; ${c.letters} letters, ${c.referrals} referrals, ` +
        `${c.audit} audit entries, ${c.divisions} divisions); as the office chief (the audit log as the auditor)`,
    )
    const base = percentile(samples.get('baseline')!.map((s) => s.visible), 95)
    console.log('page                                   | visible p50 | visible p95 | ttfb p50 | ttfb p95 | doc p50 | doc p95 | p95 ÷ baseline')
    let met = true
    for (const spec of measured) {
      const s = samples.get(spec.key)!
      const p = (key: keyof Sample, q: number) => percentile(s.map((x) => x[key]), q)
      const p95 = p('visible', 95)
      if (p95 >= 1000) met = false
      console.log(
        `${spec.label.padEnd(38)} | ${p('visible', 50).toFixed(0).padStart(11)} | ${p95.toFixed(0).padStart(11)} | ${p('ttfb', 50).toFixed(0).padStart(8)} | ${p('ttfb', 95).toFixed(0).padStart(8)} | ${p('doc', 50).toFixed(0).padStart(7)} | ${p('doc', 95).toFixed(0).padStart(7)} | ${(p95 / base).toFixed(2).padStart(6)}×`,
      )
    }
    console.log(`target: every page visible p95 < 1000 ms: ${met ? 'met' : 'NOT met'}`)
  } finally {
    await browser.close().catch(() => {})
    await server.stop()
    const role = appRoleName(new URL(databaseUri).pathname.slice(1))
    await db.close()
    // The restricted role `npm start` made for the bench database (roles are cluster-wide).
    if (!db.reused && process.env.BENCH_KEEP !== '1') {
      const admin = new pg.Client({ connectionString: databaseUri.replace(/\/[^/]*$/, '/postgres') })
      await admin.connect()
      await admin.query(`DROP ROLE IF EXISTS "${role}"`).catch(() => undefined)
      await admin.end()
    }
  }
}

runBench(main)
