import fs from 'fs'
import path from 'path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { checkpointFile } from '../../src/server/auditCheckpoint'
import { assertReachable, startEmbedded, type DatabaseHandle } from '../../src/server/database'
import { repoRoot } from './seed'


declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

type Shared = { server: Promise<DatabaseHandle>; users: number }
const shared = globalThis as typeof globalThis & { __dabirTestServer?: Shared }

/**
 * One server for every project of the run (unit, int and e2e set up in the same process):
 * two embedded servers on one data directory would collide.
 */
async function acquireServer(): Promise<DatabaseHandle> {
  if (!shared.__dabirTestServer) {
    const server = (async (): Promise<DatabaseHandle> => {
      if (process.env.DATABASE_URI) {
        await assertReachable(process.env.DATABASE_URI)
        return { uri: process.env.DATABASE_URI, embedded: false, stop: async () => {} }
      }
      return startEmbedded({ dataDir: path.join(repoRoot, '.data', 'test-postgres'), database: 'postgres', port: 54339 })
    })()
    shared.__dabirTestServer = { server, users: 0 }
  }
  shared.__dabirTestServer.users++
  return shared.__dabirTestServer.server
}

async function releaseServer() {
  const entry = shared.__dabirTestServer
  if (!entry) return
  entry.users--
  if (entry.users === 0) {
    shared.__dabirTestServer = undefined
    await (await entry.server).stop()
  }
}

function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * A fresh, empty database for this run: on the server of DATABASE_URI when set
 * (CI uses the machine's PostgreSQL), else on an embedded server under .data/.
 * Migrations are applied by the first Payload the tests start, as in production.
 */
export default async function setup(project: TestProject) {
  const server = await acquireServer()
  const name = `dabir_test_${project.name}_${Date.now()}_${process.pid}`
  const admin = new pg.Client({ connectionString: server.uri })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const uri = withDatabase(server.uri, name)
  project.provide('databaseUri', uri)
  process.env.DABIR_TEST_DATABASE_URI = uri

  return async () => {
    const client = new pg.Client({ connectionString: server.uri })
    await client.connect()
    // The test workers' pools may still be closing: a forced drop would end their connections
    // under them (an uncaught 57P01 in a worker fails the run). Wait for them first (55006:
    // still in use), and force only what is left after that.
    for (let attempt = 0; attempt < 20; attempt++) {
      const dropped = await client.query(`DROP DATABASE IF EXISTS "${name}"`).then(
        () => true,
        (error: { code?: string }) => {
          if (error.code !== '55006') throw error
          return false
        },
      )
      if (dropped) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    // The app's restricted role of that database (src/server/databaseRoles.ts); roles are cluster-wide.
    await client.query(`DROP ROLE IF EXISTS "${name}_app"`).catch(() => undefined)
    await client.end()
    // …and its audit checkpoints (written by `npm start` in the e2e run and by the daily jobs).
    fs.rmSync(checkpointFile(uri), { force: true })
    await releaseServer()
  }
}
