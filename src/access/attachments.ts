import type { Access, Where } from 'payload'

import type { Reader } from '../lib/security/readRule'
import { contentWhere, readerOf, type ReadSpec } from './readRule'

export const ATTACHMENT_READ: ReadSpec = { authorFields: ['createdBy'] }

/**
 * An attachment is the content of the papers that carry it: it carries their highest
 * classification (raised when a letter is saved) and is read under the content rule, by
 * clearance, grant, or as its uploader. A fresh upload that no paper carries yet (`carried`)
 * is its uploader's alone, whatever its classification says. File URLs and thumbnails go
 * through the same access.
 */
export const readAttachments: Access = async ({ req }) => {
  const reader = await readerOf(req, 'attachments')
  return reader ? attachmentsReadBy(reader) : false
}

/** `where` for the attachments a reader may read (see readAttachments). */
export function attachmentsReadBy(reader: Reader): Where {
  return { and: [contentWhere(reader, ATTACHMENT_READ), { or: [{ carried: { equals: true } }, { createdBy: { equals: reader.id } }] }] }
}
