import fs from 'fs'
import os from 'os'
import path from 'path'

import { SMTPServer } from 'smtp-server'
import type { TestProject } from 'vitest/node'

import { freePort } from '../../src/server/database'

declare module 'vitest' {
  export interface ProvidedContext {
    smtpPort: number
    mailDir: string
  }
}

/**
 * A real SMTP server for the run, in-process: every message it accepts is written as an .eml
 * file to a fresh directory, which the tests read (tests/helpers/mail.ts).
 */
export default async function setup(project: TestProject) {
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dabir-mail-'))
  let n = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        fs.writeFileSync(path.join(mailDir, `${Date.now()}-${String(++n).padStart(5, '0')}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  project.provide('smtpPort', port)
  project.provide('mailDir', mailDir)
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    fs.rmSync(mailDir, { recursive: true, force: true })
  }
}
