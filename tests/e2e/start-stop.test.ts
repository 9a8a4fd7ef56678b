import { spawn, spawnSync, type ChildProcess } from 'child_process'
import fs from 'fs'

import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { checkpointFile } from '../../src/server/auditCheckpoint'
import { freePort } from '../../src/server/database'
import { repoRoot } from '../helpers/seed'

/**
 * `npm start` as a person runs it and stops it: Ctrl+C (SIGINT to the terminal's whole process
 * group) and SIGTERM (to npm alone, as `kill` does). Everything it started — npm's shell, tsx,
 * the script, `next start` and its workers — must be gone and the exit clean. The run's build is
 * reused (the e2e setup made it current), so each start is the database phases and the server.
 */

type Proc = { pid: number; ppid: number; pgid: number; command: string }

function processTable(): Proc[] {
  const out = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,pgid=,args='], { encoding: 'utf8' }).stdout
  return out
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), command: m[4] }))
}

/** Every process below `root`, and every process in a group one of them leads (next's own group). */
function treeOf(root: number): Proc[] {
  const table = processTable()
  const found = new Map<number, Proc>()
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    for (const p of table) {
      if ((p.ppid === pid || (p.pgid === pid && p.pid !== pid)) && !found.has(p.pid)) {
        found.set(p.pid, p)
        queue.push(p.pid)
      }
    }
  }
  return [...found.values()]
}

const alive = (pids: number[]) => {
  const table = new Map(processTable().map((p) => [p.pid, p]))
  // A zombie already exited; only its parent's reaping is pending.
  return pids.filter((pid) => table.has(pid) && !/<defunct>/.test(table.get(pid)!.command))
}

function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

const created: string[] = []
async function freshDatabase(label: string): Promise<string> {
  const base = inject('databaseUri')
  const name = `${new URL(base).pathname.slice(1)}_${label}`.slice(0, 60)
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  created.push(name)
  return withDatabase(base, name)
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('databaseUri') })
  await admin.connect()
  for (const name of created) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`DROP ROLE IF EXISTS "${name}_app"`).catch(() => undefined)
    fs.rmSync(checkpointFile(withDatabase(inject('databaseUri'), name)), { force: true })
  }
  await admin.end()
})

function startApp(databaseUri: string, port: number) {
  let output = ''
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: repoRoot,
    // Its own process group, as a terminal gives a foreground job.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URI: databaseUri, PORT: String(port), DABIR_DEMO_PASSWORD: '' },
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const until = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs
    while (!pattern.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`no ${pattern} from npm start:\n${output.slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return { child, exited, until, output: () => output }
}

/** Sends the signal as a person would, and waits for npm start to exit. */
async function stop(app: ReturnType<typeof startApp>, signal: 'SIGINT' | 'SIGTERM') {
  const pid = app.child.pid!
  // Ctrl+C reaches the terminal's whole foreground group; `kill` reaches npm alone.
  if (signal === 'SIGINT') process.kill(-pid, 'SIGINT')
  else process.kill(pid, 'SIGTERM')
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`npm start still running 60 s after ${signal}:\n${app.output().slice(-3000)}`)), 60_000),
  )
  return Promise.race([app.exited, timeout])
}

describe('npm start stops cleanly, leaving no process behind', () => {
  it.each([['SIGTERM' as const], ['SIGINT' as const]])('%s once the server answers: next and its workers gone, exit 0', async (signal) => {
    const databaseUri = await freshDatabase(`stop_${signal.toLowerCase()}`)
    const port = await freePort()
    const app = startApp(databaseUri, port)
    await app.until(/Dabir is ready after/, 5 * 60_000)
    expect((await fetch(`http://127.0.0.1:${port}/api/users/me`)).status).toBeLessThan(500)
    // Each phase was announced and timed.
    for (const phase of ['Database', 'Migrations', 'Reference data', 'Server']) {
      expect(app.output()).toContain(`▸ ${phase}:`)
      expect(app.output()).toMatch(new RegExp(`${phase} done in \\d+\\.\\d s`))
    }

    const tree = treeOf(app.child.pid!)
    expect(tree.some((p) => /next/.test(p.command)), tree.map((p) => p.command).join('\n')).toBe(true)

    const { code } = await stop(app, signal)
    expect(code, app.output().slice(-3000)).toBe(0)
    expect(app.output()).toContain('Dabir stopped.')
    // Its processes go with it; give the last reaping a moment.
    const deadline = Date.now() + 10_000
    while (alive(tree.map((p) => p.pid)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    const left = alive(tree.map((p) => p.pid))
    expect(left, tree.filter((p) => left.includes(p.pid)).map((p) => p.command).join('\n')).toEqual([])
    await expect(fetch(`http://127.0.0.1:${port}/api/users/me`)).rejects.toThrow()
  })

  it('SIGTERM during the migrations: they finish, nothing is started after them, exit 0', async () => {
    const databaseUri = await freshDatabase('stop_migrating')
    const port = await freePort()
    const app = startApp(databaseUri, port)
    await app.until(/▸ Migrations:/, 2 * 60_000)
    const { code } = await stop(app, 'SIGTERM')
    expect(code, app.output().slice(-3000)).toBe(0)
    expect(app.output()).toContain('Dabir stopped.')
    expect(app.output()).not.toContain('▸ Reference data:')
    expect(app.output()).not.toContain('▸ Server:')
    await expect(fetch(`http://127.0.0.1:${port}/api/users/me`)).rejects.toThrow()
  })
})
