import type { ReadSpec } from '../../access/readRule'

/** Who a letter belongs to for the read rule: its author and registrar, its addressees. */
export const LETTER_READ: ReadSpec = {
  authorFields: ['createdBy', 'registeredBy'],
  addresseeFields: ['recipients', 'copies'],
}

/** What an addressee without the clearance does not see: the paper's content. */
export const LETTER_CONTENT_FIELDS = ['body', 'summary', 'senderNumber', 'senderNumberKey', 'attachments', 'corrections'] as const
