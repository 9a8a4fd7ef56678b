import { APIError, type Endpoint } from 'payload'

import { mayReadDigest } from '../access/policies'
import { digestDocument } from '../lib/digest'
import { jalaliDateOf, parseJalaliDate } from '../lib/jalali'
import { renderDocumentPdf } from '../lib/pdf'
import { toLatinDigits } from '../lib/persian'
import { audit } from '../server/audit'
import { buildDigest } from '../server/digest/build'
import { letterheadOf } from '../server/pdf/letterhead'
import { pdfResponse } from '../server/pdf/response'
import { refuse } from '../server/refuse'
import { unauthorised } from './unauthorised'

const msg = {
  notLoggedIn: 'برای دیدن گزارش روزانه وارد شوید.',
  denied: 'گزارش روزانه برای مدیرکل، معاونان و رییس دفتر است.',
  badDate: (error: string) => `تاریخ نامعتبر است: ${error}`,
  badFormat: 'قالب باید json یا pdf باشد.',
}

/**
 * GET /api/digest?date=1405/09/02&format=json|pdf — the director's daily digest on demand,
 * built as the caller (their clearance decides what it names). Default: today.
 */
export const digestEndpoint: Endpoint = {
  path: '/digest',
  method: 'get',
  handler: async (req) => {
    if (!req.user || req.user.active === false) return unauthorised(msg.notLoggedIn)
    if (!mayReadDigest(req.user)) await refuse(req, { action: 'read', collection: 'digest', message: msg.denied, status: 403 })
    const dateText = toLatinDigits(req.searchParams.get('date') ?? '').trim()
    const parsed = dateText ? parseJalaliDate(dateText) : { ok: true as const, value: jalaliDateOf(new Date()) }
    if (!parsed.ok) throw new APIError(msg.badDate(parsed.error), 400, null, true)
    const format = req.searchParams.get('format') ?? 'json'
    if (format !== 'json' && format !== 'pdf') throw new APIError(msg.badFormat, 400, null, true)

    const digest = await buildDigest(req, parsed.value)
    if (format === 'json') return Response.json(digest)
    const bytes = await renderDocumentPdf(digestDocument(digest, await letterheadOf(req)))
    await audit(req, { action: 'download', collection: 'digest', message: digest.dateJalali })
    return pdfResponse(bytes, `گزارش روزانه ${digest.dateJalali.replace(/\//g, '-')}`)
  },
}
