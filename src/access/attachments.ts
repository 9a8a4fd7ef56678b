import type { Access } from 'payload'

import { canReadContentOf } from './readRule'

/**
 * An attachment is the content of the letters it belongs to: it carries their highest
 * classification (raised when a letter is saved) and is read under the content rule, by
 * clearance, grant, or as its uploader. File URLs and thumbnails go through the same access.
 */
export const readAttachments: Access = canReadContentOf('attachments', { authorFields: ['createdBy'] })
