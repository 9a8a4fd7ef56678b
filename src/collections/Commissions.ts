import type { CollectionConfig } from 'payload'

import { allowIf, isAuthenticated } from '../access'
import { mayKeepCommissions } from '../access/policies'
import { toOptions } from '../lib/letters/options'
import { COMMISSION_KIND_LABELS, MEMBER_COLLECTIONS } from '../lib/meetings/options'
import { apiOnly } from '../fields/serverSet'
import { refuseForeignRelations } from '../hooks/refuseForeignRelations'
import { meetingMessages } from '../lib/meetings/messages'

/**
 * کمیسیون‌ها: the commissions and working groups whose meetings the directorate arranges
 * (seed 000; data/commissions.json). Their standing members are a new meeting's invitees by
 * default.
 */
export const Commissions: CollectionConfig = {
  slug: 'commissions',
  labels: { singular: 'کمیسیون', plural: 'کمیسیون‌ها' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'parentCouncil', 'secretaryPost', 'active'], group: 'دبیرخانه' },
  access: {
    read: isAuthenticated,
    create: allowIf(mayKeepCommissions),
    update: allowIf(mayKeepCommissions),
    // Meetings keep their commission: a commission is deactivated, never deleted.
    delete: () => false,
  },
  hooks: {
    beforeValidate: [refuseForeignRelations('commissions', 'standingMembers', MEMBER_COLLECTIONS, { foreign: meetingMessages.badMember, missing: meetingMessages.memberMissing })],
  },
  fields: [
    { name: 'name', type: 'text', label: 'نام', required: true, unique: true },
    { type: 'row', fields: [
      { name: 'kind', type: 'select', label: 'نوع', required: true, defaultValue: 'other', options: toOptions(COMMISSION_KIND_LABELS), index: true },
      { name: 'parentCouncil', type: 'text', label: 'شورای بالادست', admin: { description: 'مانند «شورای تأمین استان»' } },
    ] },
    { type: 'row', fields: [
      { name: 'chair', type: 'text', label: 'رییس', admin: { description: 'مانند «استاندار» یا «معاون سیاسی، امنیتی و اجتماعی استاندار»' } },
      { name: 'secretaryPost', type: 'relationship', relationTo: 'posts', label: 'سمت دبیر' },
    ] },
    {
      name: 'standingMembers',
      type: 'relationship',
      relationTo: [...MEMBER_COLLECTIONS],
      hasMany: true,
      label: 'اعضای ثابت',
      admin: { description: 'مدعوان پیش‌فرض جلسه‌های این کمیسیون (کاربر، سمت، یا طرف مکاتبه با نشانی ایمیل)' },
    },
    { name: 'active', type: 'checkbox', label: 'فعال', defaultValue: true, index: true },
    // Where the seed found it (file and line); stored as data/ writes it.
    { name: 'source', type: 'text', label: 'منبع', admin: apiOnly() },
    { name: 'seedKey', type: 'text', label: 'کلید داده', unique: true, index: true, admin: apiOnly() },
  ],
}
