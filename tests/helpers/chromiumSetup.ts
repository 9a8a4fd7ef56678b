// The browser test's one system package. Before the e2e project builds and starts anything:
// Chromium at CHROMIUM_PATH is used as it is; missing, it is installed with apt-get when this
// process may (root, apt-get present); otherwise the run stops here with the one command to run.
import { spawnSync } from 'child_process'
import fs from 'fs'

import { CHROMIUM_PATH } from './browser'

export const INSTALL_COMMAND = 'sudo apt-get install -y chromium'

const canInstall = () => process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0

export default function setup(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return
  if (process.env.CHROMIUM_PATH || !canInstall()) {
    throw new Error(`The browser test needs Chromium, not found at ${CHROMIUM_PATH}. Run: ${INSTALL_COMMAND} (or set CHROMIUM_PATH to a Chromium), then npm test again.`)
  }
  console.log('Chromium is missing: installing it with apt-get (the browser test drives it)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 })
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}). Run: ${INSTALL_COMMAND}, then npm test again.`)
  }
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium, but it is not at ${CHROMIUM_PATH}: set CHROMIUM_PATH to it.`)
}
