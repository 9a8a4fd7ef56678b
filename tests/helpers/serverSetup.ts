import { spawn, type ChildProcess } from 'child_process'

import type { TestProject } from 'vitest/node'

import { freePort } from '../../src/server/database'
import { DEMO_PASSWORD, repoRoot } from './seed'


declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

async function waitForServer(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log()}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`npm start did not answer at ${url} in time:\n${log()}`)
}

/**
 * The app as a newcomer starts it — `npm start` (migrations, reference data, build when
 * needed, next start) with the demo accounts — on this run's fresh test database.
 */
export default async function setup(project: TestProject) {
  const databaseUri = process.env.DABIR_TEST_DATABASE_URI
  if (!databaseUri) throw new Error('databaseSetup must run first')
  const port = await freePort()
  let output = ''
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URI: databaseUri, PORT: String(port), DABIR_DEMO_PASSWORD: DEMO_PASSWORD },
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForServer(`${baseUrl}/api/users/me`, child, () => output.slice(-4000), 15 * 60_000)
  project.provide('baseUrl', baseUrl)

  return async () => {
    if (child.pid && child.exitCode === null) {
      // As Ctrl+C: npm start stops next's process group and exits by itself (tests/e2e/start-stop.test.ts).
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGINT')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))])
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
}
