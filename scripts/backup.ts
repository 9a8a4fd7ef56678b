/**
 * npm run backup [-- --out <file.tar.gz>] [--media <dir>]
 * One archive of the database, the uploaded files and the audit checkpoints, with a manifest
 * of SHA-256 checksums (src/server/backup.ts). Default file:
 * `<DABIR_BACKUP_DIR or backups/>/dabir-<database>-<UTC time>.tar.gz`. A signed checkpoint of
 * the audit trail is written first, so the archive carries the head it holds.
 */
import '../src/server/loadEnv'

import path from 'path'

import pg from 'pg'

import { databaseName, writeCheckpoint } from '../src/server/auditCheckpoint'
import { createBackup } from '../src/server/backup'
import { resolveDatabase } from '../src/server/database'
import { projectRoot } from '../src/server/paths'
import { option, runCli } from './cli'

runCli(async () => {
  const args = process.argv.slice(2)
  const mediaDir = path.resolve(option(args, '--media') ?? path.join(projectRoot, 'media'))
  const database = await resolveDatabase({ root: projectRoot, database: 'dabir' })
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const out = path.resolve(option(args, '--out') ?? path.join(process.env.DABIR_BACKUP_DIR || path.join(projectRoot, 'backups'), `dabir-${databaseName(database.uri)}-${stamp}.tar.gz`))
    const pool = new pg.Pool({ connectionString: database.uri, max: 1 })
    try {
      await writeCheckpoint(pool, database.uri)
    } finally {
      await pool.end()
    }
    const manifest = await createBackup({ uri: database.uri, mediaDir, out })
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
    const files = manifest.members.filter((m) => m.path.startsWith('media/')).length
    console.log(`backup written: ${out} (${manifest.tables.length} tables, ${rows} rows, ${files} media files, audit trail up to entry ${manifest.auditHead?.id ?? 0}) — پشتیبان نوشته شد.`)
  } finally {
    await database.stop()
  }
})
