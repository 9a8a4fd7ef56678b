import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { idOf } from '../lib/compare'
import { formatJalaliDate, parseJalaliDate, tehranDayRange } from '../lib/jalali'
import { summariseDwell, type DwellSummary, type HistoryEntry } from '../lib/referrals'
import { unauthorised } from './unauthorised'

const HOUR = 3_600_000

function dayParam(value: string | null, name: 'from' | 'to') {
  if (!value) throw new APIError(`تاریخ «${name}» را به شمسی بفرستید، مانند ۱۴۰۵/۰۹/۰۱.`, 400, null, true)
  const parsed = parseJalaliDate(value)
  if (!parsed.ok) throw new APIError(`تاریخ «${name}» نامعتبر است: ${parsed.error}`, 400, null, true)
  return tehranDayRange(parsed.value)
}

/** Hours, one decimal: what a person reads in a report. */
const hours = (summary: DwellSummary, key: 'total' | 'average') =>
  Object.fromEntries(Object.entries(summary[key]).map(([state, ms]) => [state, Math.round((ms / HOUR) * 10) / 10]))

const report = (summary: DwellSummary) => ({ count: summary.count, totalHours: hours(summary, 'total'), averageHours: hours(summary, 'average') })

/**
 * GET /api/reports/dwell?from=&to= — رسوب: how long referrals made in a Jalali date range sat
 * in each state, per recipient and per recipient's unit. Through the referrals' read access:
 * the director and the office chief see the directorate, everyone else their own referrals.
 */
export const dwellReportEndpoint: Endpoint = {
  path: '/reports/dwell',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user || user.active === false) return unauthorised('برای دیدن گزارش وارد شوید.')
    const from = dayParam(req.searchParams.get('from'), 'from')
    const to = dayParam(req.searchParams.get('to'), 'to')
    if (from.start > to.start) throw new APIError('تاریخ آغاز پس از تاریخ پایان است.', 400, null, true)

    const found = await req.payload.find({
      collection: 'referrals',
      where: { and: [{ createdAt: { greater_than_equal: from.start.toISOString() } }, { createdAt: { less_than: to.end.toISOString() } }] },
      select: { to: true, history: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    const recipients = [...new Set(found.docs.flatMap((r) => (r.to ?? []).map(idOf)).filter((id): id is number => id !== null))]
    const people = recipients.length
      ? (await req.payload.find({ collection: 'users', where: { id: { in: recipients } }, depth: 1, pagination: false, req, overrideAccess: true, select: { fullName: true, post: true } })).docs
      : []
    const unitOf = new Map(people.map((p) => [p.id, p.post && typeof p.post === 'object' ? idOf(p.post.unit) : null]))

    const byUser = new Map<number, { history: HistoryEntry[] }[]>()
    const byUnit = new Map<number, { history: HistoryEntry[] }[]>()
    for (const r of found.docs) {
      const item = { history: ((r.history ?? []) as { state: string; at: string }[]).map((h) => ({ state: h.state as HistoryEntry['state'], at: h.at })) }
      for (const id of (r.to ?? []).map(idOf)) {
        if (id === null) continue
        byUser.set(id, [...(byUser.get(id) ?? []), item])
        const unit = unitOf.get(id)
        if (unit !== null && unit !== undefined) byUnit.set(unit, [...(byUnit.get(unit) ?? []), item])
      }
    }
    const now = new Date()
    const names = new Map(people.map((p) => [p.id, p.fullName]))
    return Response.json({
      from: formatJalaliDate(from.start),
      to: formatJalaliDate(new Date(to.end.getTime() - 1)),
      all: report(summariseDwell(found.docs.map((r) => ({ history: (r.history ?? []) as HistoryEntry[] })), now)),
      users: [...byUser].map(([id, items]) => ({ user: id, fullName: names.get(id) ?? null, ...report(summariseDwell(items, now)) })),
      units: [...byUnit].map(([id, items]) => ({ unit: id, ...report(summariseDwell(items, now)) })),
    })
  },
}
