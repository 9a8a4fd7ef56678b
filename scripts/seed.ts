/**
 * npm run seed [-- --org data/org/x.json ...] [--divisions data/y.json | --no-divisions]
 * Loads the organisation chart(s) and the country divisions. Idempotent.
 */
import '../src/server/loadEnv'

import { parseArgs } from 'util'

import { seedReferenceData } from '../src/seed/seedReferenceData'
import { bootPayload, projectRoot } from '../src/server/boot'
import { runCli } from './cli'

runCli(async () => {
  const { values } = parseArgs({
    options: {
      org: { type: 'string', multiple: true },
      divisions: { type: 'string' },
      'no-divisions': { type: 'boolean' },
    },
  })
  const booted = await bootPayload()
  try {
    const report = await seedReferenceData(booted.payload, projectRoot, {
      orgFiles: values.org,
      divisionsFile: values['no-divisions'] ? null : values.divisions,
    })
    for (const [file, r] of Object.entries(report.organisations)) {
      console.log(`${file}: units ${JSON.stringify(r.units)}, posts ${JSON.stringify(r.posts)}`)
    }
    if (report.divisions) console.log(`divisions: ${JSON.stringify(report.divisions)}`)
    if (report.holidays) console.log(`holidays: ${JSON.stringify(report.holidays)}`)
    if (report.commissions) console.log(`commissions: ${JSON.stringify(report.commissions)}`)
  } finally {
    await booted.close()
  }
})
