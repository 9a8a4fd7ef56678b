/**
 * npm run seed:demo — the reference data plus one demo account per post and the admin,
 * all with the password in DABIR_DEMO_PASSWORD (required: no default password ever ships).
 */
import '../src/server/loadEnv'

import { seedDemo } from '../src/seed/seedDemo'
import { bootPayload, projectRoot } from '../src/server/boot'
import { runCli } from './cli'

runCli(async () => {
  const password = process.env.DABIR_DEMO_PASSWORD
  if (!password) {
    console.error('DABIR_DEMO_PASSWORD is not set: demo accounts need a password you choose, e.g.\n  DABIR_DEMO_PASSWORD=… npm run seed:demo')
    process.exit(2)
  }
  const booted = await bootPayload()
  try {
    const report = await seedDemo(booted.payload, projectRoot, password)
    console.log(`demo users: ${JSON.stringify(report)}`)
  } finally {
    await booted.close()
  }
})
