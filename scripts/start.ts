/**
 * npm start      — the app in production mode: .env, database (DATABASE_URI or the embedded
 *                  one under .data/), migrations, reference data on an empty database, a
 *                  build when the sources changed, then `next start` on PORT (default 3000),
 *                  connected as the restricted app role (src/server/databaseRoles.ts), with a
 *                  signed checkpoint of the audit trail's head written at each start.
 * npm run dev    — the same with `next dev` and schema push, on its own database (dabir_dev),
 *                  so push never meets the migrated database.
 */
import '../src/server/loadEnv'

import { spawn, spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'

import { seedDemo } from '../src/seed/seedDemo'
import { seedHolidayFiles, seedReferenceData } from '../src/seed/seedReferenceData'
import { checkpointNow } from '../src/server/auditCheckpoint'
import { bootPayload, projectRoot } from '../src/server/boot'
import { appDatabaseUri } from '../src/server/databaseRoles'
import { runCli } from './cli'

const dev = process.argv.includes('--dev')
const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next')

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

/** A production build is reused until a source, the config or the lockfile is newer. */
function buildIsCurrent(): boolean {
  const buildId = path.join(projectRoot, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  const built = fs.statSync(buildId).mtimeMs
  const inputs = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
  return inputs.every((p) => newestMtime(path.join(projectRoot, p)) <= built)
}

runCli(async () => {
  const booted = await bootPayload({ database: dev ? 'dabir_dev' : 'dabir', migrate: !dev })
  const { payload, database } = booted
  const units = await payload.count({ collection: 'units' })
  if (units.totalDocs === 0) {
    console.log('Empty database: loading the organisation chart and country divisions…')
    await seedReferenceData(payload, projectRoot)
  } else if ((await payload.count({ collection: 'holidays' })).totalDocs === 0) {
    // A database from before the holidays collection: its calendar is loaded once.
    console.log('Loading the holidays (data/iran-holidays.json)…')
    await seedHolidayFiles(payload, projectRoot)
  }
  if (process.env.DABIR_DEMO_PASSWORD) await seedDemo(payload, projectRoot, process.env.DABIR_DEMO_PASSWORD)
  if (!dev) await checkpointNow(payload)
  await payload.destroy()

  const port = process.env.PORT || '3000'
  // No telemetry: an office registry does not report home (and this network has no way out).
  // The server owns nothing in its database; `npm run dev` keeps the owner, since schema push is DDL.
  const env = { ...process.env, DATABASE_URI: dev ? database.uri : appDatabaseUri(database.uri), PORT: port, NEXT_TELEMETRY_DISABLED: '1' }
  if (!dev && !buildIsCurrent()) {
    console.log('Building the app (first start or changed sources; a few minutes)…')
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
    if (build.status !== 0) throw new Error('next build failed')
  }
  console.log(`Dabir: http://localhost:${port}/admin${database.embedded ? ' (embedded PostgreSQL, data in .data/)' : ''}`)
  const child = spawn(nextBin, [dev ? 'dev' : 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: dev ? 'development' : 'production' },
  })
  const stop = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)))
  await database.stop()
  if (code !== 0) process.exit(code)
})
