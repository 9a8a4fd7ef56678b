import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { idOf } from '../lib/compare'
import { formatJalaliDate } from '../lib/jalali'
import { isOverdue } from '../lib/referrals'
import type { Referral } from '../payload-types'

const OPEN = ['sent', 'seen', 'in-progress']

const pageParam = (value: string | null, fallback: number, max: number) => {
  const n = Number(value ?? fallback)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new APIError('شمارهٔ صفحه یا اندازهٔ صفحه نامعتبر است.', 400, null, true)
  return n
}

/** What a kartabl row shows of the paper: its number always, its subject only to a reader. */
async function describeRecords(req: PayloadRequest, referrals: Referral[]) {
  const ids = [...new Set(referrals.map((r) => idOf(r.record?.value)).filter((id): id is number => id !== null))]
  if (!ids.length) return new Map<number, Record<string, unknown>>()
  const select = { registryNumber: true, urgency: true, classification: true, registeredAt: true } as const
  const all = await req.payload.find({ collection: 'letters', where: { id: { in: ids } }, select, depth: 0, pagination: false, overrideAccess: true, req })
  const readable = await req.payload.find({
    collection: 'letters',
    where: { id: { in: ids } },
    select: { subject: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const subjects = new Map(readable.docs.map((l) => [l.id, l.subject]))
  return new Map(
    all.docs.map((l) => [
      l.id,
      {
        relationTo: 'letters',
        id: l.id,
        registryNumber: l.registryNumber ?? null,
        subject: subjects.get(l.id) ?? null,
        urgency: l.urgency,
        classification: l.classification,
        registeredAtJalali: l.registeredAt ? formatJalaliDate(l.registeredAt) : null,
      },
    ]),
  )
}

async function section(req: PayloadRequest, where: Where, page: number, limit: number) {
  const found = await req.payload.find({
    collection: 'referrals',
    where,
    // Overdue first, then by deadline: an overdue referral is one whose deadline has passed.
    sort: ['deadline', 'createdAt'],
    page,
    limit,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const records = await describeRecords(req, found.docs)
  const now = new Date()
  return {
    docs: found.docs.map((r) => ({
      id: r.id,
      purpose: r.purpose,
      state: r.state,
      instruction: r.instruction ?? null,
      from: idOf(r.from),
      to: (r.to ?? []).map(idOf),
      deadline: r.deadline ?? null,
      deadlineJalali: r.deadline ? formatJalaliDate(r.deadline) : null,
      createdAt: r.createdAt,
      createdAtJalali: formatJalaliDate(r.createdAt),
      overdue: isOverdue({ state: r.state, deadline: r.deadline }, now),
      record: records.get(idOf(r.record?.value) ?? -1) ?? null,
    })),
    totalDocs: found.totalDocs,
    page: found.page ?? page,
  }
}

/**
 * GET /api/kartabl — the logged-in user's desk: referrals to them that are still open
 * (overdue first, then by deadline), the open referrals they sent, and counts by state.
 */
export const kartablEndpoint: Endpoint = {
  path: '/kartabl',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || user.active === false) return Response.json({ errors: [{ message: 'برای دیدن کارتابل وارد شوید.' }] }, { status: 401 })
    const params = req.searchParams
    const limit = pageParam(params.get('limit'), 20, 100)
    const toMe: Where = { and: [{ to: { contains: user.id } }, { state: { in: OPEN } }] }
    const byMe: Where = { and: [{ from: { equals: user.id } }, { state: { in: OPEN } }] }
    const now = new Date().toISOString()
    const count = async (extra: Where) =>
      (await req.payload.count({ collection: 'referrals', where: { and: [toMe, extra] }, overrideAccess: false, user, req })).totalDocs
    const [inbox, sent, cSent, cSeen, cInProgress, cOverdue] = await Promise.all([
      section(req, toMe, pageParam(params.get('page'), 1, 100_000), limit),
      section(req, byMe, pageParam(params.get('sentPage'), 1, 100_000), limit),
      count({ state: { equals: 'sent' } }),
      count({ state: { equals: 'seen' } }),
      count({ state: { equals: 'in-progress' } }),
      count({ deadline: { less_than: now } }),
    ])
    return Response.json({ inbox, sent, counts: { sent: cSent, seen: cSeen, inProgress: cInProgress, overdue: cOverdue } })
  },
}
