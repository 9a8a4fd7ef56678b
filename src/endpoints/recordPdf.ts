import { APIError, type Endpoint } from 'payload'

import { audit } from '../server/audit'
import { pdfResponse } from '../server/pdf/response'
import { pdfSpecOf } from '../server/pdf/types'
import { refuse } from '../server/refuse'
import { unauthorised } from './unauthorised'

const msg = {
  notLoggedIn: 'برای دریافت PDF وارد شوید.',
  badId: 'شناسهٔ سند نامعتبر است.',
  notFound: 'چنین سندی نیست.',
  denied: 'شما اجازهٔ خواندن متن این سند را ندارید.',
}

/**
 * GET /api/<collection>/:id/pdf for a collection that declares `custom.pdf`. The record is
 * read as the user; one whose header only they may read is a 403, one they may not see at all
 * answers as one that does not exist (404), both recorded in the audit trail; every PDF handed
 * out is a download in the trail.
 */
export const recordPdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    const config = req.payload.config.collections.find((c) => c.slug === collection)
    const spec = pdfSpecOf(config)
    if (!collection || !spec) throw new APIError(msg.notFound, 404, null, true)
    if (!req.user || req.user.active === false) return unauthorised(msg.notLoggedIn)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1) throw new APIError(msg.badId, 400, null, true)

    const doc = (await req.payload
      .findByID({ collection: collection as 'letters', id, depth: 1, select: spec.select as never, populate: spec.populate as never, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as Record<string, unknown> | null
    if (!doc) {
      // A record the reader may not see answers exactly as one that does not exist: only the
      // audit trail, out of the reader's sight, records that it was asked for.
      const stored = (await req.payload.db.findOne({ collection: collection as 'letters', where: { id: { equals: id } }, req })) as Record<string, unknown> | null
      if (!stored) throw new APIError(msg.notFound, 404, null, true)
      await refuse(req, { action: 'download', collection, id, classification: (stored.classification as string | undefined) ?? null, message: msg.notFound, status: 404 })
    }
    const target = { action: 'download' as const, collection, id, classification: (doc!.classification as string | undefined) ?? null }
    if (!(await spec.readable(doc!, req))) await refuse(req, { ...target, message: msg.denied, status: 403 })

    // The trail's write runs while the PDF is drawn; both must finish before it is handed out.
    const [bytes] = await Promise.all([spec.render(doc!, req), audit(req, target)])
    return pdfResponse(bytes, spec.filename(doc!))
  },
}
