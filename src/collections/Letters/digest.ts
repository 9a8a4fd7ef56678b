import type { Letter } from '../../payload-types'
import type { DigestItem, DigestSectionResult } from '../../lib/digest'
import { formatJalaliDate } from '../../lib/jalali'
import { URGENCY_LABELS, type Urgency } from '../../lib/letters/options'
import { richTextToPlain } from '../../lib/letters/text'
import { isClearanceLevel } from '../../lib/security/clearance'
import { condenseReports } from '../../lib/summarize'
import type { DigestContext, DigestSectionSpec } from '../../server/digest/types'

// Immediate and very urgent papers first.
const URGENCY_ORDER: Urgency[] = ['immediate', 'very-urgent', 'urgent', 'normal']

const senderName = (l: Letter) => {
  const value = l.sender?.value
  return value && typeof value === 'object' ? String((value as { name?: string; title?: string }).name ?? (value as { title?: string }).title ?? '') : ''
}

/** Letters registered in the digest's window, as the reader may see them (content fields only where they may read it). */
async function newLetters(ctx: DigestContext): Promise<Letter[]> {
  const found = await ctx.req.payload.find({
    collection: 'letters',
    where: { and: [{ status: { equals: 'registered' } }, { registeredAt: { greater_than_equal: ctx.from.toISOString() } }, { registeredAt: { less_than: ctx.to.toISOString() } }] },
    sort: 'registeredAt',
    depth: 1,
    limit: 500,
    overrideAccess: false,
    user: ctx.req.user,
    req: ctx.req,
  })
  return found.docs
}

const item = (l: Letter, lines: string[] = []): DigestItem => ({
  number: l.registryNumber ?? null,
  title: l.subject,
  classification: isClearanceLevel(l.classification) ? l.classification : 'top-secret',
  summary: l.summary ?? null,
  lines,
})

/** «نامه‌های تازه»: by urgency, immediate and very urgent first, each with its summary. */
const newLettersSection: DigestSectionSpec = {
  key: 'new-letters',
  order: 10,
  build: async (ctx): Promise<DigestSectionResult> => {
    const letters = await newLetters(ctx)
    return {
      key: 'new-letters',
      title: 'نامه‌های ثبت‌شدهٔ تازه',
      groups: URGENCY_ORDER.map((urgency) => ({
        heading: URGENCY_LABELS[urgency],
        items: letters.filter((l) => (l.urgency ?? 'normal') === urgency).map((l) => item(l, [`فرستنده: ${senderName(l)}`, `ثبت: ${formatJalaliDate(l.registeredAt!, { digits: 'persian' })}`])),
      })),
    }
  },
}

/** «خلاصه گزارش‌های واصله»: the incoming papers the reader may read, condensed. */
const briefingSection: DigestSectionSpec = {
  key: 'briefing',
  order: 20,
  build: async (ctx) => {
    const readable = (await newLetters(ctx)).filter((l) => l.kind === 'incoming' && (l.summary || l.body))
    if (!readable.length) return null
    const byTitle = new Map(readable.map((l) => [l.subject, l]))
    const briefing = condenseReports(
      readable.map((l) => ({ title: l.subject, text: l.summary || richTextToPlain(l.body), source: senderName(l), date: formatJalaliDate(l.registeredAt!), urgency: l.urgency })),
    )
    return {
      key: 'briefing',
      title: briefing.heading,
      intro: briefing.overview,
      groups: [{ items: briefing.items.map((b) => ({ ...item(byTitle.get(b.title)!, b.source ? [b.source] : []), summary: b.summary })) }],
    }
  },
}

export const letterDigestSections: DigestSectionSpec[] = [newLettersSection, briefingSection]
