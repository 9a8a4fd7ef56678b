/**
 * npm run audit:verify [-- --checkpoint "<line from the director's mail>" …]
 * Checks the audit trail: the hash chain and every entry's HMAC (DABIR_AUDIT_KEY), the signed
 * checkpoints (the database's checkpoint file and any given here) against the entries they
 * name, the append-only triggers, and the app's database role. Exit 0 when all hold; exit 1
 * with one line per finding, naming what was done (truncated, re-hashed, forged, trigger…).
 */
import '../src/server/loadEnv'

import { resolveDatabase } from '../src/server/database'
import { auditKey } from '../src/server/env'
import { projectRoot } from '../src/server/paths'
import { verifyAuditTrail } from '../src/server/auditVerify'
import { runCli } from './cli'

function checkpointArgs(argv: string[]): string[] {
  const lines: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--checkpoint' && argv[i + 1] !== undefined) lines.push(argv[++i]!)
    else if (argv[i]!.startsWith('--checkpoint=')) lines.push(argv[i]!.slice('--checkpoint='.length))
  }
  return lines
}

runCli(async () => {
  const database = await resolveDatabase({ root: projectRoot, database: 'dabir' })
  try {
    const report = await verifyAuditTrail(database.uri, { key: auditKey(), extraCheckpoints: checkpointArgs(process.argv.slice(2)) })
    if (report.ok) {
      const unsigned = report.unsigned ? `, ${report.unsigned} older entries without HMAC` : ''
      console.log(
        `audit trail intact: ${report.checked} entries checked (hash chain and HMACs${unsigned}), ${report.checkpoints} checkpoints hold, ` +
          `append-only triggers enabled, app role ${report.appRole} may only read and append — زنجیرهٔ رویدادها سالم است.`,
      )
      return
    }
    for (const finding of report.findings) console.error(`audit trail: ${finding.kind}: ${finding.message}`)
    process.exitCode = 1
  } finally {
    await database.stop()
  }
})
