import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { PayloadEmailAdapter as EmailAdapter, SendEmailOptions } from 'payload'

/** The addresses of a mail's `to` as one line (`a@x, b@y`), as Payload names them. */
function addressList(to: SendEmailOptions['to']): string {
  const one = (a: unknown) => (typeof a === 'string' ? a : ((a as { address?: string })?.address ?? ''))
  if (Array.isArray(to)) return to.map(one).join(', ')
  return one(to)
}

/**
 * Without SMTP the mail is written to the log whole: who it is for, its subject and its
 * plain-text part (every mail Dabir sends has one, src/jobs/sendNotification.ts), so a demo machine's
 * operator can read a password-reset link or a notification there. One `info` entry a mail.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: process.env.SMTP_FROM || 'dabir@localhost',
  defaultFromName: process.env.SMTP_FROM_NAME || 'دبیر',
  sendEmail: async (message) => {
    const to = addressList(message.to)
    // A mail without a text part (none of ours; Payload's own, if any) is logged with its HTML.
    const text = typeof message.text === 'string' ? message.text : typeof message.html === 'string' ? message.html : ''
    payload.logger.info({ mail: { to, subject: message.subject } }, `Mail (no SMTP_HOST, written to the log)\nTo: ${to}\nSubject: ${message.subject ?? ''}\n\n${text}`)
  },
})

/**
 * SMTP from the environment. Without SMTP_HOST outgoing mail is written to the log
 * (logEmailAdapter; fine for a demo machine).
 */
export function emailFromEnv(): EmailAdapter | ReturnType<typeof nodemailerAdapter> {
  const host = process.env.SMTP_HOST
  if (!host) return logEmailAdapter
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
