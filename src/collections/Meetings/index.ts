import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { allowIf } from '../../access'
import { readMeetings, updateMeetings } from '../../access/meetings'
import { mayPlanMeetings } from '../../access/policies'
import { contentField, ruleSelect } from '../../access/readRule'
import { meetingAnswerEndpoint } from '../../endpoints/meetingAnswer'
import { jalaliCompanion } from '../../fields/jalaliCompanion'
import { jalaliDate } from '../../fields/jalaliDate'
import { recordTabs } from '../../fields/recordTabs'
import { serverSet } from '../../fields/serverSet'
import { refuseAboveClearance } from '../../hooks/refuseAboveClearance'
import { refuseForeignRelations } from '../../hooks/refuseForeignRelations'
import { toOptions } from '../../lib/letters/options'
import { meetingMessages } from '../../lib/meetings/messages'
import { INVITEE_COLLECTIONS, MEETING_ANSWER_LABELS, MEETING_STATUS_LABELS } from '../../lib/meetings/options'
import { clearanceOptions } from '../../lib/security/clearance'
import { keepSequenceAndAnswers, queueInvitations } from '../../server/meetings/invitations'
import { lockBeforeWrite, refuseStaleUpdate } from '../../server/rowLock'
import { setAuthor } from '../Letters/hooks/setAuthor'
import { bookMeeting } from './hooks/bookMeeting'
import { checkMeeting, inviteStandingMembers } from './hooks/checkMeeting'
import { MEETING_READ } from './readSpec'

const content = contentField('meetings', MEETING_READ)

/** Whoever arranged a meeting stays its author: a save cannot claim another. */
const keepAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && 'createdBy' in data) data.createdBy = originalDoc?.createdBy ?? null
  return data
}

/**
 * جلسات: the meetings of the commissions and the director general's own, with their time,
 * room, invitees and agenda. No room and no person is booked twice at once: the database holds
 * it (hooks/bookMeeting.ts). Invitees are addressees for the read rule (src/access/meetings.ts).
 */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: 'جلسه', plural: 'جلسات' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startJalali', 'commission', 'place', 'status', 'classification'],
    listSearchableFields: ['title'],
    group: 'دبیرخانه',
  },
  defaultSort: '-start',
  forceSelect: ruleSelect(MEETING_READ, ['status', 'start', 'end']),
  access: {
    read: readMeetings,
    create: allowIf(mayPlanMeetings),
    update: updateMeetings,
    // A meeting is cancelled (with a reason), never deleted.
    delete: () => false,
  },
  hooks: {
    beforeValidate: [
      refuseForeignRelations('meetings', 'invitees', INVITEE_COLLECTIONS, { foreign: meetingMessages.badInvitee, missing: meetingMessages.inviteeMissing }),
      inviteStandingMembers,
    ],
    // An update by id reads the meeting only once it alone may move it.
    beforeOperation: [lockBeforeWrite('meetings')],
    beforeChange: [refuseStaleUpdate('meetings'), setAuthor, keepAuthor, refuseAboveClearance('meetings'), checkMeeting, keepSequenceAndAnswers],
    // The invitations after the booking: a refused booking rolls back before anything is queued.
    afterChange: [bookMeeting, queueInvitations],
  },
  endpoints: [meetingAnswerEndpoint],
  fields: [
    recordTabs({
      details: [
        { name: 'title', type: 'text', label: 'عنوان', required: true },
        { name: 'commission', type: 'relationship', relationTo: 'commissions', label: 'کمیسیون', admin: { description: 'خالی برای جلسه‌ای که به کمیسیونی وابسته نیست' } },
        {
          type: 'row',
          fields: [
            jalaliDate({ name: 'start', label: 'آغاز', required: true, withTime: true, index: true }),
            jalaliDate({ name: 'end', label: 'پایان', required: true, withTime: true }),
          ],
        },
        jalaliCompanion('startJalali', 'start', 'تاریخ جلسه (شمسی)'),
        {
          type: 'row',
          fields: [
            { name: 'place', type: 'relationship', relationTo: 'places', label: 'اتاق', filterOptions: { active: { equals: true } } },
            { name: 'outsidePlace', type: 'text', label: 'مکان بیرونی', admin: { description: 'برای جلسه‌ای بیرون از اتاق‌های دفتر' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', label: 'وضعیت', required: true, defaultValue: 'planned', options: toOptions(MEETING_STATUS_LABELS), index: true },
            { name: 'classification', type: 'select', label: 'طبقه‌بندی', required: true, defaultValue: 'normal', options: clearanceOptions, index: true },
          ],
        },
        {
          name: 'statusReason',
          type: 'textarea',
          label: 'علت تعویق یا لغو',
          access: { read: content },
          admin: { condition: (data) => data?.status === 'postponed' || data?.status === 'cancelled' },
        },
        {
          name: 'invitees',
          type: 'relationship',
          relationTo: [...INVITEE_COLLECTIONS],
          hasMany: true,
          label: 'مدعوان',
          admin: { description: 'اگر کمیسیون تعیین شود و مدعوی انتخاب نشود، اعضای ثابت کمیسیون دعوت می‌شوند.' },
        },
      ],
      content: [
        {
          name: 'agenda',
          type: 'array',
          label: 'دستور جلسه',
          labels: { singular: 'بند دستور جلسه', plural: 'بندهای دستور جلسه' },
          access: { read: content },
          fields: [
            { name: 'title', type: 'text', label: 'عنوان بند', required: true },
            { name: 'presenter', type: 'relationship', relationTo: ['users', 'posts', 'correspondents'], label: 'ارائه‌کننده' },
            { name: 'records', type: 'relationship', relationTo: ['letters', 'dossiers'], hasMany: true, label: 'سوابق مرتبط (نامه‌ها و پرونده‌ها)' },
          ],
        },
      ],
      record: [
        { name: 'createdBy', type: 'relationship', label: 'برنامه‌ریز جلسه', relationTo: 'users', admin: serverSet('createdBy') },
        // The calendar entry's SEQUENCE (src/server/meetings/invitations.ts): raised on each change the invitees are told of.
        { name: 'sequence', type: 'number', label: 'شمارهٔ بازنگری دعوت', defaultValue: 0, admin: serverSet('sequence') },
        {
          name: 'answers',
          type: 'array',
          label: 'پاسخ مدعوان',
          labels: { singular: 'پاسخ', plural: 'پاسخ‌ها' },
          admin: serverSet('answers'),
          fields: [
            { name: 'user', type: 'relationship', relationTo: 'users', label: 'پاسخ‌دهنده', required: true },
            { name: 'answer', type: 'select', label: 'پاسخ', required: true, options: toOptions(MEETING_ANSWER_LABELS) },
            { name: 'substitute', type: 'text', label: 'جانشین' },
            jalaliDate({ name: 'answeredAt', label: 'زمان پاسخ', withTime: true }),
          ],
        },
      ],
    }),
  ],
}
