import path from 'path'
import { fileURLToPath } from 'url'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { assertReachable, startEmbedded, type DatabaseHandle } from '../../src/server/database'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
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
  let server: DatabaseHandle
  if (process.env.DATABASE_URI) {
    await assertReachable(process.env.DATABASE_URI)
    server = { uri: process.env.DATABASE_URI, embedded: false, stop: async () => {} }
  } else {
    server = await startEmbedded({ dataDir: path.join(root, '.data', 'test-postgres'), database: 'postgres', port: 54339 })
  }
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
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.end()
    await server.stop()
  }
}
