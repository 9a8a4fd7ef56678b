import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP from the environment. Without SMTP_HOST no adapter is configured and
 * Payload writes outgoing mail to the log instead (fine for a demo machine).
 */
export function emailFromEnv() {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM || 'dabir@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || 'دبیر',
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE === 'true' || port === 465,
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
