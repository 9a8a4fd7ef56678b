/**
 * npm run audit:verify
 * Checks the audit trail's hash chain. Exit 0 when it holds; exit 1 naming the first entry
 * that was edited, removed or reordered.
 */
import '../src/server/loadEnv'

import { resolveDatabase } from '../src/server/database'
import { projectRoot } from '../src/server/paths'
import { verifyAuditTrail } from '../src/server/auditVerify'
import { runCli } from './cli'

runCli(async () => {
  const database = await resolveDatabase({ root: projectRoot, database: 'dabir' })
  try {
    const verdict = await verifyAuditTrail(database.uri)
    if (verdict.ok) {
      console.log(`audit trail intact: ${verdict.checked} entries checked — زنجیرهٔ رویدادها سالم است.`)
      return
    }
    const why = verdict.reason === 'content' ? 'its content does not match its hash' : 'it does not follow the entry before it'
    console.error(`audit trail broken at entry id=${verdict.brokenId}: ${why} — زنجیرهٔ رویدادها در رویداد ${verdict.brokenId} شکسته است.`)
    process.exitCode = 1
  } finally {
    await database.stop()
  }
})
