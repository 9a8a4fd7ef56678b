import fs from 'fs'
import path from 'path'

import { simpleParser, type ParsedMail } from 'mailparser'
import { inject } from 'vitest'

/** Every mail the test SMTP server has received so far, oldest first, parsed, with its raw text. */
export async function receivedMails(): Promise<(ParsedMail & { raw: string })[]> {
  const dir = inject('mailDir')
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (f) => {
      const raw = fs.readFileSync(path.join(dir, f))
      return Object.assign(await simpleParser(raw), { raw: raw.toString('utf8') })
    }),
  )
}

export const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address
