/**
 * npm run migrate:create -- <name> [--skip-empty]
 * Writes a migration for the difference between the committed schema snapshot and the
 * config, against a throwaway embedded database so no real data is touched.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

import { startEmbedded } from '../src/server/database'
import { projectRoot } from '../src/server/boot'
import { runCli } from './cli'

runCli(async () => {
  const [name = 'change', ...flags] = process.argv.slice(2)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-migrate-'))
  fs.chmodSync(dataDir, 0o777)
  const db = await startEmbedded({ dataDir: path.join(dataDir, 'pg'), database: 'dabir_migrate' })
  try {
    execFileSync('npx', ['payload', 'migrate:create', name, ...flags], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URI: db.uri, PAYLOAD_SECRET: 'migrate-create', NODE_OPTIONS: '--no-deprecation --conditions=production' },
    })
  } finally {
    await db.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
