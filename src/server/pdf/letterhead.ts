import fs from 'fs/promises'
import path from 'path'

import type { PayloadRequest } from 'payload'

import type { Letterhead } from '../../lib/pdf'
import { idOf } from '../../lib/compare'

// Every PDF carries the letterhead, which changes once in a long while: kept for a minute,
// and dropped at once when it is saved (the global's afterChange calls forgetLetterhead).
// What is kept is frozen, and the logo's bytes (a typed array cannot be frozen) are copied out
// for each request, so no render can change what the next one prints.
let cached: { value: Readonly<Letterhead>; until: number } | null = null
const KEEP_MS = 60_000

export function forgetLetterhead(): void {
  cached = null
}

/** The letterhead settings, with the logo's bytes when one is set and its file is there. */
export async function letterheadOf(req: PayloadRequest): Promise<Letterhead> {
  if (!req.user) throw new Error('letterheadOf needs a logged-in user')
  if (!cached || cached.until <= Date.now()) cached = { value: Object.freeze(await readLetterhead(req)), until: Date.now() + KEEP_MS }
  const { value } = cached
  return { ...value, logo: value.logo ? new Uint8Array(value.logo) : null }
}

async function readLetterhead(req: PayloadRequest): Promise<Letterhead> {
  const settings = await req.payload.findGlobal({ slug: 'letterhead', depth: 0, req, overrideAccess: false, user: req.user })
  let logo: Uint8Array | null = null
  const logoId = idOf(settings.logo)
  if (logoId !== null) {
    // The logo is a public mark on every printed page: read as the system, from the uploads folder.
    const file = await req.payload.findByID({ collection: 'attachments', id: logoId, depth: 0, overrideAccess: true, disableErrors: true, req })
    const dir = req.payload.collections.attachments.config.upload.staticDir
    if (file?.filename && dir) logo = await fs.readFile(path.join(dir, path.basename(file.filename))).catch(() => null)
  }
  return { organisation: settings.organisation, unit: settings.unit ?? undefined, address: settings.address ?? undefined, logo }
}
