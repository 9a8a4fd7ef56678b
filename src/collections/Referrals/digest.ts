import type { Where } from 'payload'

import type { DigestItem } from '../../lib/digest'
import { idOf } from '../../lib/compare'
import { formatJalaliDate } from '../../lib/jalali'
import { toPersianDigits } from '../../lib/persian'
import { STATE_LABELS, type State } from '../../lib/referrals'
import { isClearanceLevel } from '../../lib/security/clearance'
import type { Referral } from '../../payload-types'
import type { DigestContext, DigestSectionSpec } from '../../server/digest/types'

const OPEN: State[] = ['sent', 'seen', 'in-progress']
const DAY_MS = 86_400_000

/** Open referrals matching `where`, as the reader may see them (the referrals' own read rule). */
async function openReferrals(ctx: DigestContext, where: Where): Promise<Referral[]> {
  const found = await ctx.req.payload.find({
    collection: 'referrals',
    where: { and: [{ state: { in: OPEN } }, where] },
    sort: 'deadline',
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    user: ctx.req.user,
    req: ctx.req,
  })
  return found.docs
}

/**
 * The papers of some referrals: number and level always (as on the kartabl); the subject only
 * of papers the reader may see. Numbers and levels are read as the system, subjects as the reader.
 */
async function papersOf(ctx: DigestContext, referrals: Referral[]) {
  const ids = [...new Set(referrals.map((r) => idOf(r.record?.value)).filter((id): id is number => id !== null))]
  if (!ids.length) return new Map<number, Omit<DigestItem, 'lines'>>()
  const where = { id: { in: ids } }
  const all = await ctx.req.payload.find({ collection: 'letters', where, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req: ctx.req, select: { registryNumber: true, classification: true } })
  const seen = await ctx.req.payload.find({ collection: 'letters', where, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user: ctx.req.user, req: ctx.req, select: { subject: true } })
  const subjects = new Map(seen.docs.map((l) => [l.id, l.subject]))
  return new Map(
    all.docs.map((l) => [
      l.id,
      { number: l.registryNumber ?? null, title: subjects.get(l.id) ?? null, classification: isClearanceLevel(l.classification) ? l.classification : ('top-secret' as const) },
    ]),
  )
}

/** Names, posts and units of the recipients: the org chart, read as the system. */
async function recipientsOf(ctx: DigestContext, referrals: Referral[]) {
  const ids = [...new Set(referrals.flatMap((r) => (r.to ?? []).map(idOf)).filter((id): id is number => id !== null))]
  const users = ids.length ? (await ctx.req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 2, limit: ids.length, overrideAccess: true, req: ctx.req })).docs : []
  return new Map(
    users.map((u) => {
      const post = typeof u.post === 'object' ? u.post : null
      const unit = post && typeof post.unit === 'object' ? post.unit : null
      return [u.id, { name: u.fullName, unit: unit?.name ?? 'بدون واحد' }]
    }),
  )
}

const deadlineLine = (r: Referral, now: Date) => {
  if (!r.deadline) return 'بی‌مهلت'
  const late = Math.floor((now.getTime() - Date.parse(r.deadline)) / DAY_MS)
  return `مهلت ${toPersianDigits(formatJalaliDate(r.deadline))}${late > 0 ? `، ${toPersianDigits(String(late))} روز دیرکرد` : ''}`
}

/** Referrals past their deadline across the directorate, by the recipient's unit. */
const overdueSection: DigestSectionSpec = {
  key: 'overdue-referrals',
  order: 30,
  build: async (ctx) => {
    const referrals = await openReferrals(ctx, { deadline: { less_than: ctx.now.toISOString() } })
    const [papers, people] = await Promise.all([papersOf(ctx, referrals), recipientsOf(ctx, referrals)])
    const byUnit = new Map<string, DigestItem[]>()
    for (const r of referrals) {
      const paper = papers.get(idOf(r.record?.value) ?? -1)
      for (const to of (r.to ?? []).map(idOf)) {
        const person = people.get(to ?? -1)
        const unit = person?.unit ?? 'بدون واحد'
        const item: DigestItem = { number: paper?.number ?? null, title: paper?.title ?? null, classification: paper?.classification ?? 'top-secret', lines: [`نزد ${person?.name ?? '—'}`, deadlineLine(r, ctx.now)] }
        byUnit.set(unit, [...(byUnit.get(unit) ?? []), item])
      }
    }
    return {
      key: 'overdue-referrals',
      title: 'ارجاع‌های دیرکرد، به تفکیک واحد',
      groups: [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b, 'fa')).map(([heading, items]) => ({ heading, items })),
    }
  },
}

/** The reader's own referrals still open: the follow-up of their orders (پیگیری دستورها). */
const myOrdersSection: DigestSectionSpec = {
  key: 'my-open-orders',
  order: 40,
  build: async (ctx) => {
    const referrals = await openReferrals(ctx, { from: { equals: ctx.req.user!.id } })
    const [papers, people] = await Promise.all([papersOf(ctx, referrals), recipientsOf(ctx, referrals)])
    return {
      key: 'my-open-orders',
      title: 'پیگیری دستورها: ارجاع‌های شما که هنوز باز است',
      groups: OPEN.map((state) => ({
        heading: STATE_LABELS[state],
        items: referrals
          .filter((r) => r.state === state)
          .map((r) => {
            const paper = papers.get(idOf(r.record?.value) ?? -1)
            const names = (r.to ?? []).map((id) => people.get(idOf(id) ?? -1)?.name ?? '—').join('، ')
            return { number: paper?.number ?? null, title: paper?.title ?? null, classification: paper?.classification ?? 'top-secret', lines: [`به ${names}`, deadlineLine(r, ctx.now)] }
          }),
      })),
    }
  },
}

export const referralDigestSections: DigestSectionSpec[] = [overdueSection, myOrdersSection]
