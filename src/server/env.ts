import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'

/**
 * Loads `.env` from the project root into process.env (values already set win),
 * creating it with a freshly generated PAYLOAD_SECRET on first start so a new
 * machine needs no manual configuration.
 */
export function ensureEnv(root: string): { created: boolean } {
  const file = path.join(root, '.env')
  let created = false
  if (!fs.existsSync(file)) {
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(
      file,
      [
        '# Written by Dabir on first start. Keep it private; do not commit it.',
        `PAYLOAD_SECRET=${secret}`,
        '# DATABASE_URI=postgres://user:password@host:5432/dabir',
        '# PORT=3000',
        '# SMTP_HOST= SMTP_PORT=587 SMTP_USER= SMTP_PASS= SMTP_FROM=',
        '',
      ].join('\n'),
      { mode: 0o600 },
    )
    created = true
  }
  process.loadEnvFile(file)
  if (!process.env.PAYLOAD_SECRET) {
    // An existing .env without a secret: add one rather than run unsigned.
    const secret = randomBytes(32).toString('hex')
    fs.appendFileSync(file, `\nPAYLOAD_SECRET=${secret}\n`)
    process.env.PAYLOAD_SECRET = secret
  }
  return { created }
}
