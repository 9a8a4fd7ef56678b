import type { ReadSpec } from '../../access/readRule'

/**
 * Who a meeting belongs to for the read rule: whoever arranged it, and its invitees (addressees:
 * a post or a unit sees the meeting's header as a letter's addressee does; an invited user, a
 * post's holder and a unit's head read it whole, src/access/meetings.ts). The agenda is content.
 */
export const MEETING_READ: ReadSpec = {
  authorFields: ['createdBy'],
  addresseeFields: ['invitees'],
  query: {
    header: ['id', 'title', 'commission', 'start', 'end', 'place', 'outsidePlace', 'invitees', 'classification', 'status', 'createdBy', 'createdAt', 'updatedAt'],
    content: ['agenda', 'statusReason'],
  },
}
