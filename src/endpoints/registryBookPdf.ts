import { sql } from '@payloadcms/db-postgres'
import { APIError, type Endpoint } from 'payload'

import { readerOf } from '../access/readRule'
import { mayPrintRegistryBook } from '../access/policies'
import { formatJalaliDate, nowInTehran, parseDayRange, rangeMessages, tehranDayRange } from '../lib/jalali'
import { LETTER_KIND_LABELS } from '../lib/letters/options'
import { renderRegistryBookPdf, type RegistryBookRow } from '../lib/pdf'
import { toPersianDigits } from '../lib/persian'
import { bookLines } from '../lib/registry/bookRows'
import { CLEARANCE_LABELS, isClearanceLevel } from '../lib/security/clearance'
import { canSeeRecord } from '../lib/security/readRule'
import { audit } from '../server/audit'
import { ADDRESSED, letterRowFacts } from '../server/letterRows'
import { letterheadOf } from '../server/pdf/letterhead'
import { pdfResponse } from '../server/pdf/response'
import { refuse } from '../server/refuse'
import { executeOnRequest } from '../server/sqlOnRequest'
import { unauthorised } from './unauthorised'

export const MAX_BOOK_ROWS = 5000

const msg = {
  notLoggedIn: 'برای دریافت دفتر اندیکاتور وارد شوید.',
  denied: 'چاپ دفتر اندیکاتور در اختیار دبیرخانه، امضاکنندگان و حسابرس است.',
  badBook: 'دفتر را با شناسهٔ عددی آن بدهید (book=).',
  noBook: 'چنین دفتری نیست.',
  tooMany: (n: number) => `این بازه ${toPersianDigits(String(n))} شماره دارد؛ بیش از ${toPersianDigits(String(MAX_BOOK_ROWS))} شماره را در چند بازهٔ کوتاه‌تر بگیرید.`,
  missing: '— شماره بدون نامه —',
}

type Row = Record<string, unknown>

/**
 * GET /api/registry-book.pdf?book=&from=&to= — the registry book (دفتر اندیکاتور) of a Jalali
 * period (default: this Jalali year): one row per number in order, cancelled ones as «باطل»,
 * and the subject and party (the sender of an incoming paper, every recipient of the others, in
 * their order) only of papers the reader may see. A download in the trail.
 */
export const registryBookPdfEndpoint: Endpoint = {
  path: '/registry-book.pdf',
  method: 'get',
  handler: async (req) => {
    if (!req.user || req.user.active === false) return unauthorised(msg.notLoggedIn)
    const target = { action: 'download' as const, collection: 'registry-books' }
    if (!mayPrintRegistryBook(req.user)) await refuse(req, { ...target, message: msg.denied, status: 403 })

    const bookText = req.searchParams.get('book')?.trim() ?? ''
    if (!/^\d{1,9}$/.test(bookText)) throw new APIError(msg.badBook, 400, null, true)
    const book = await req.payload.findByID({ collection: 'registry-books', id: Number(bookText), depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    if (!book) throw new APIError(msg.noBook, 404, null, true)

    const range = parseDayRange(req.searchParams.get('from'), req.searchParams.get('to'))
    if (!range.ok) throw new APIError(rangeMessages.badDate(range.field, range.error), 400, null, true)
    const year = nowInTehran().jy
    const from = range.from ?? tehranDayRange({ jy: year, jm: 1, jd: 1 }).start
    const to = range.to ?? tehranDayRange({ jy: year + 1, jm: 1, jd: 1 }).start
    if (from >= to) throw new APIError(rangeMessages.reversed, 400, null, true)

    const where = sql`l.registry_book_id = ${book.id} AND l.registry_seq IS NOT NULL AND l.registered_at >= ${from.toISOString()} AND l.registered_at < ${to.toISOString()}`
    const [count] = (await executeOnRequest(req, sql`SELECT count(*) AS n FROM letters l WHERE ${where}`))?.rows ?? []
    if (Number(count?.n) > MAX_BOOK_ROWS) throw new APIError(msg.tooMany(Number(count?.n)), 400, null, true)
    const rows: Row[] =
      (
        await executeOnRequest(
          req,
          sql`SELECT l.id, l.registry_number, l.registry_year::int AS year, l.registry_seq::int AS seq, l.registered_at, l.kind, l.status,
                     l.classification, l.subject, l.created_by_id, l.registered_by_id,
                     (SELECT string_agg(COALESCE(c.name, p.title, u.name), '، ' ORDER BY r."order" NULLS FIRST, r.id) FROM letters_rels r
                        LEFT JOIN correspondents c ON c.id = r.correspondents_id LEFT JOIN posts p ON p.id = r.posts_id LEFT JOIN units u ON u.id = r.units_id
                      WHERE r.parent_id = l.id AND r.path = (CASE WHEN l.kind = 'incoming' THEN 'sender' ELSE 'recipients' END)) AS party,
                     ${ADDRESSED} AS addressed
              FROM letters l WHERE ${where}`,
        )
      )?.rows ?? []

    const reader = await readerOf(req, 'letters', { addressees: true })
    const lines = bookLines(rows.map((r) => ({ ...r, year: Number(r.year), seq: Number(r.seq) }) as Row & { year: number; seq: number }))
    const printed: RegistryBookRow[] = lines.map((line) => {
      if (line.kind === 'missing') {
        return { number: `${toPersianDigits(String(line.year))} / ${toPersianDigits(String(line.seq))}`, date: '', kind: '', party: '', subject: msg.missing, classification: '', cancelled: false }
      }
      const r = line.row
      const visible = canSeeRecord(reader, letterRowFacts(r))
      return {
        number: String(r.registry_number ?? ''),
        date: formatJalaliDate(new Date(r.registered_at as string).toISOString()),
        kind: LETTER_KIND_LABELS[r.kind as keyof typeof LETTER_KIND_LABELS] ?? String(r.kind),
        party: visible ? String(r.party ?? '') : '',
        subject: visible ? String(r.subject ?? '') : null,
        classification: isClearanceLevel(r.classification) ? CLEARANCE_LABELS[r.classification] : String(r.classification),
        cancelled: r.status === 'cancelled',
      }
    })
    const lastDay = new Date(to.getTime() - 1)
    const bytes = await renderRegistryBookPdf({
      letterhead: await letterheadOf(req),
      title: `دفتر اندیکاتور — ${book.name}`,
      period: `از ${toPersianDigits(formatJalaliDate(from.toISOString()))} تا ${toPersianDigits(formatJalaliDate(lastDay.toISOString()))}`,
      rows: printed,
      generatedAt: toPersianDigits(formatJalaliDate(new Date().toISOString())),
    })
    await audit(req, { ...target, id: book.id, message: `${rows.length} شماره` })
    return pdfResponse(bytes, `دفتر اندیکاتور ${book.code}`)
  },
}
