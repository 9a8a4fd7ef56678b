import fs from 'fs'
import path from 'path'

import { simpleParser, type ParsedMail } from 'mailparser'
import { inject } from 'vitest'

import { MAIL_DOMAIN } from './users'

export const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address

/**
 * Every mail the run's SMTP server has received so far for this test file's accounts
 * (tests/helpers/users.ts), oldest first, parsed, with its raw text. The sink is shared by the
 * run; another file's mail is not this file's business.
 */
export async function receivedMails(): Promise<(ParsedMail & { raw: string })[]> {
  const dir = inject('mailDir')
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()
  const mails = await Promise.all(
    files.map(async (f) => {
      const raw = fs.readFileSync(path.join(dir, f))
      return Object.assign(await simpleParser(raw), { raw: raw.toString('utf8') })
    }),
  )
  return mails.filter((mail) => addressOf(mail)?.endsWith(`@${MAIL_DOMAIN}`))
}
