import type { ReadSpec } from '../../access/readRule'
import { letterMessages } from '../../lib/letters/messages'

/**
 * Who a letter belongs to for the read rule: its author and registrar, its addressees; and what
 * a filter or sort may name. The body is not listed (rich text: full-text lookup is the search's
 * job), nor the corrections (they carry old content).
 */
export const LETTER_READ: ReadSpec = {
  authorFields: ['createdBy', 'registeredBy'],
  addresseeFields: ['recipients', 'copies'],
  query: {
    header: [
      'id', 'kind', 'status', 'classification', 'urgency', 'subject', 'summaryMachineMade', 'keywords',
      'sender', 'recipients', 'copies', 'senderDate', 'follows', 'inReplyTo', 'signedBy', 'signedAt',
      'dossier', 'archived', 'registryBook', 'registryNumber', 'registryNumberKey', 'registryYear', 'registrySeq',
      'registeredAt', 'registeredBy', 'createdBy', 'cancelReason', 'cancelledAt', 'cancelledBy', 'createdAt', 'updatedAt',
    ],
    // detectedReferences are the registry numbers the body mentions: content, for a filter.
    content: ['summary', 'senderNumber', 'senderNumberKey', 'attachments', 'detectedReferences'],
    refusals: { body: letterMessages.bodyNotQueryable },
  },
}

