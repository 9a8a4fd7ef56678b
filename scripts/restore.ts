/**
 * npm run restore -- <backup.tar.gz> [--force] [--media <dir>]
 * Restores a backup made by `npm run backup` into the database (DATABASE_URI or the embedded
 * one) and the media directory. The archive is checked whole first (every member against its
 * SHA-256 in the manifest): a damaged one is refused before anything is touched. The target
 * must be empty (no tables, no media files) unless --force, which replaces what is there.
 * Schema from the backup's own migrations, rows in one transaction, then any newer migrations,
 * the app role's grants, the files and checkpoints; last, the audit trail is verified
 * (exit 1 naming what does not hold). Run as the database owner, with the same DABIR_AUDIT_KEY.
 */
import '../src/server/loadEnv'

import fs from 'fs'
import path from 'path'

import type { Migration } from 'payload'
import { getPayload } from 'payload'

import config from '../payload.config'
import { checkpointFile } from '../src/server/auditCheckpoint'
import { verifyAuditTrail } from '../src/server/auditVerify'
import { BackupError, backupMigrations, clearTarget, loadRows, placeFiles, targetContents, unpackVerified } from '../src/server/backup'
import { resolveDatabase } from '../src/server/database'
import { auditKey } from '../src/server/env'
import { runMigrations } from '../src/server/migrate'
import { projectRoot } from '../src/server/paths'
import { option, runCli } from './cli'

runCli(async () => {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const mediaDir = path.resolve(option(args, '--media') ?? path.join(projectRoot, 'media'))
  const archive = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--media')
  if (!archive) throw new BackupError('usage: npm run restore -- <backup.tar.gz> [--force] [--media <dir>]')
  const key = auditKey()

  const { dir, manifest } = await unpackVerified(path.resolve(archive))
  const database = await resolveDatabase({ root: projectRoot, database: 'dabir' })
  try {
    const found = await targetContents(database.uri, mediaDir)
    const checkpoints = checkpointFile(database.uri)
    if (fs.existsSync(checkpoints) && fs.statSync(checkpoints).size) found.push(`the audit checkpoint file ${checkpoints} is not empty`)
    if (found.length && !force) {
      throw new BackupError(`refusing to restore over existing data: ${found.join('; ')}. Restore into an empty database and media directory, or pass --force to replace them — بازگردانی فقط در پایگاه‌دادهٔ خالی انجام می‌شود.`)
    }
    if (found.length) await clearTarget(database.uri, mediaDir)

    process.env.DATABASE_URI = database.uri
    const payload = await getPayload({ config })
    try {
      await payload.db.migrate({ migrations: backupMigrations(manifest) as unknown as Migration[] })
      await loadRows(database.uri, dir, manifest)
      await runMigrations(payload)
    } finally {
      await payload.destroy()
    }
    placeFiles(database.uri, dir, mediaDir)

    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
    const files = manifest.members.filter((m) => m.path.startsWith('media/')).length
    console.log(`restored ${manifest.createdAt} backup of ${manifest.database}: ${manifest.tables.length} tables, ${rows} rows, ${files} media files.`)
    const report = await verifyAuditTrail(database.uri, { key })
    if (report.ok) {
      console.log(`audit trail intact: ${report.checked} entries checked, ${report.checkpoints} checkpoints hold — بازگردانی انجام شد و زنجیرهٔ رویدادها سالم است.`)
      return
    }
    for (const finding of report.findings) console.error(`audit trail: ${finding.kind}: ${finding.message}`)
    process.exitCode = 1
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await database.stop()
  }
})
