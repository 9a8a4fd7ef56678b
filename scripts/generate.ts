/**
 * Regenerates the committed generated files: src/payload-types.ts and the admin import map.
 * CI runs this and fails if git sees a difference.
 */
import { execFileSync } from 'child_process'

const run = (args: string[]) =>
  execFileSync('npx', ['payload', ...args], {
    stdio: 'inherit',
    env: { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'generate-only', NODE_OPTIONS: '--no-deprecation --conditions=production' },
  })

run(['generate:types'])
run(['generate:importmap'])
