import type { Payload, PayloadRequest } from 'payload'

import { COMMISSION_KIND_LABELS } from '../lib/meetings/options'
import { SeedError } from './SeedError'
import { emptyTally, type SeedTally } from './tally'

type CommissionEntry = {
  key: string
  name: string
  kind: string
  parentCouncil?: string
  secretaryPost?: string
  source: { file: string; lines: number[]; quote?: string }
}

/** Where the seed names it: `shared/seeds/000_….txt, lines 39, 88`. */
const sourceText = (source: CommissionEntry['source']) => `${source.file}, line${source.lines.length > 1 ? 's' : ''} ${source.lines.join(', ')}`

/**
 * The commissions seed 000 names (data/commissions.json), keyed by `key`; an existing one is
 * the office's own (members, chair, active) and is left alone. The secretary's post is looked
 * up by its key in the file's organisation; when that organisation is not loaded it stays empty.
 */
export async function seedCommissions(payload: Payload, data: unknown, fileName: string, req: PayloadRequest): Promise<SeedTally> {
  const file = data as { organisation?: string; commissions?: CommissionEntry[] }
  if (!Array.isArray(file?.commissions)) throw new SeedError([`${fileName}: فهرست «commissions» وجود ندارد`])
  const errors: string[] = []
  file.commissions.forEach((c, i) => {
    const where = `${fileName}: commissions[${i}] (${c?.key ?? '؟'})`
    if (!c?.key || !c.name) errors.push(`${where}: «key» و «name» لازم است`)
    if (!(c?.kind in COMMISSION_KIND_LABELS)) errors.push(`${where}: «kind» نامعتبر است`)
    if (!c?.source?.file || !Array.isArray(c.source.lines) || !c.source.lines.length) errors.push(`${where}: «source» (پرونده و سطر) لازم است`)
  })
  if (errors.length) throw new SeedError(errors)

  const tally = emptyTally()
  for (const entry of file.commissions) {
    const found = await payload.find({ collection: 'commissions', where: { seedKey: { equals: entry.key } }, depth: 0, limit: 1, req })
    if (found.docs[0]) {
      tally.unchanged++
      continue
    }
    let secretaryPost: number | null = null
    if (entry.secretaryPost) {
      const post = await payload.find({
        collection: 'posts',
        where: { and: [{ organisation: { equals: file.organisation ?? '' } }, { key: { equals: entry.secretaryPost } }] },
        depth: 0,
        limit: 1,
        req,
      })
      secretaryPost = post.docs[0]?.id ?? null
    }
    await payload.create({
      collection: 'commissions',
      data: {
        seedKey: entry.key,
        name: entry.name,
        kind: entry.kind as keyof typeof COMMISSION_KIND_LABELS,
        parentCouncil: entry.parentCouncil ?? null,
        secretaryPost,
        active: true,
        source: sourceText(entry.source),
      },
      req,
    })
    tally.created++
  }
  return tally
}
