import { APIError, type CollectionConfig, type Endpoint, type Field } from 'payload'

import { renderStampPdf, stampModel } from '../lib/pdf/stamp'
import { audit } from '../server/audit'
import { letterheadOf } from '../server/pdf/letterhead'
import { pdfResponse } from '../server/pdf/response'
import { refuse } from '../server/refuse'
import { unauthorised } from './unauthorised'

const msg = {
  notLoggedIn: 'برای دریافت برچسب ثبت وارد شوید.',
  badId: 'شناسهٔ سند نامعتبر است.',
  notFound: 'چنین سندی نیست.',
  draft: 'این سند هنوز ثبت نشده است؛ برچسب ثبت پس از ثبت و گرفتن شماره چاپ می‌شود.',
  cancelled: 'این سند باطل شده است؛ برای سند باطل‌شده برچسب ثبت چاپ نمی‌شود.',
  filename: (number: string) => `برچسب ثبت ${number.replace(/\//g, '-')}`,
}

/** The fields a registered record type keeps (letters today; minutes, directives … later). */
const REGISTRY_FIELDS = ['status', 'registryNumber', 'registryBook', 'registeredAt'] as const

/** Names of the fields that hold data at the top level of a record (through rows, collapsibles and unnamed tabs). */
function topLevelNames(fields: Field[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'tabs') for (const tab of field.tabs) ('name' in tab && tab.name ? into.add(tab.name) : topLevelNames(tab.fields, into))
    else if ('name' in field && field.name) into.add(field.name)
    else if ('fields' in field) topLevelNames(field.fields, into)
  }
  return into
}

/** Whether a collection numbers its records in a registry book, and so answers GET /:id/stamp. */
export function isRegisteredRecordType(collection: Pick<CollectionConfig, 'fields'>): boolean {
  const names = topLevelNames(collection.fields)
  return REGISTRY_FIELDS.every((name) => names.has(name))
}

type Doc = { status?: string; registryNumber?: string | null; registeredAt?: string | null; registryBook?: { name?: string } | number | null; classification?: string | null }

/**
 * GET /api/<collection>/:id/stamp — the registration stamp (برچسب ثبت, 80 × 40 mm) of a
 * registered record: its number in Persian digits, the Jalali date and time of registration
 * (Tehran), the registry book and a QR code of the number. Shows the record's header only, so
 * whoever may see the record may have it; a record the reader may not see answers as one that
 * does not exist (404, recorded in the trail); a draft or cancelled record is a 409. Every
 * stamp handed out is a download in the trail.
 */
export const stampEndpoint: Endpoint = {
  path: '/:id/stamp',
  method: 'get',
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    const config = req.payload.config.collections.find((c) => c.slug === collection)
    if (!collection || !config || !isRegisteredRecordType(config)) throw new APIError(msg.notFound, 404, null, true)
    if (!req.user || req.user.active === false) return unauthorised(msg.notLoggedIn)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1) throw new APIError(msg.badId, 400, null, true)

    const doc = (await req.payload
      .findByID({
        collection: collection as 'letters',
        id,
        depth: 1,
        select: { status: true, registryNumber: true, registeredAt: true, registryBook: true, classification: true },
        populate: { 'registry-books': { name: true } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch(() => null)) as Doc | null
    if (!doc) {
      // Unseen answers exactly as missing; only the trail records that it was asked for.
      const stored = (await req.payload.db.findOne({ collection: collection as 'letters', where: { id: { equals: id } }, req })) as Doc | null
      if (!stored) throw new APIError(msg.notFound, 404, null, true)
      await refuse(req, { action: 'download', collection, id, classification: stored.classification ?? null, message: msg.notFound, status: 404 })
    }
    const record = doc!
    if (record.status !== 'registered' || !record.registryNumber || !record.registeredAt) {
      throw new APIError(record.status === 'cancelled' ? msg.cancelled : msg.draft, 409, null, true)
    }
    const book = typeof record.registryBook === 'object' && record.registryBook ? String(record.registryBook.name ?? '') : ''
    const model = stampModel({ registryNumber: record.registryNumber, registeredAt: record.registeredAt, book, organisation: (await letterheadOf(req)).organisation })
    const [bytes] = await Promise.all([renderStampPdf(model), audit(req, { action: 'download', collection, id, classification: record.classification ?? null })])
    return pdfResponse(bytes, msg.filename(record.registryNumber))
  },
}
