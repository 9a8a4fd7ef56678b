import type { CollectionConfig } from 'payload'

import { readMailContent } from '../../access/notifications'
import { jalaliCompanion } from '../../fields/jalaliCompanion'
import { jalaliDate } from '../../fields/jalaliDate'
import { hasRole } from '../../lib/security/roles'

/**
 * اعلان‌ها: every mail Dabir sends, one record each, written in the same transaction as what
 * caused it and sent by the job queue. `dedupeKey` is unique: the same event never makes two
 * mails, and a mail whose sending was interrupted is never sent a second time.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: 'اعلان', plural: 'اعلان‌ها' },
  admin: { useAsTitle: 'subject', defaultColumns: ['createdAt', 'toEmail', 'kind', 'subject', 'status'], group: 'کارتابل' },
  access: {
    // Mine; the director and the office chief see all (to follow up what was announced).
    read: ({ req }) => {
      const user = req.user
      if (!user || user.active === false) return false
      if (hasRole(user, 'director') || hasRole(user, 'secretariat')) return true
      return { to: { equals: user.id } }
    },
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'نوع',
      required: true,
      options: [
        { value: 'referral-new', label: 'ارجاع تازه' },
        { value: 'referral-returned', label: 'ارجاع عودت‌شده' },
        { value: 'referral-done', label: 'ارجاع انجام‌شده' },
        { value: 'deadline-reminder', label: 'یادآوری مهلت' },
        { value: 'overdue-list', label: 'فهرست دیرکرد' },
        { value: 'overdue-supervisor', label: 'دیرکرد زیردستان' },
        { value: 'director-digest', label: 'گزارش روزانهٔ مدیرکل' },
        { value: 'meeting-invitation', label: 'دعوت به جلسه' },
        { value: 'meeting-update', label: 'تغییر جلسه' },
        { value: 'meeting-postponement', label: 'تعویق جلسه' },
        { value: 'meeting-cancellation', label: 'لغو جلسه' },
      ],
    },
    // Optional only so the foreign key can clear it; accounts are deactivated, not deleted.
    { name: 'to', type: 'relationship', relationTo: 'users', label: 'گیرنده', index: true },
    { name: 'toEmail', type: 'email', label: 'نشانی', required: true },
    { name: 'subject', type: 'text', label: 'موضوع', required: true, access: { read: readMailContent } },
    { name: 'text', type: 'textarea', label: 'متن', access: { read: readMailContent } },
    { name: 'html', type: 'code', label: 'HTML', admin: { language: 'html' }, access: { read: readMailContent } },
    { name: 'referral', type: 'relationship', relationTo: 'referrals', label: 'ارجاع' },
    { name: 'meeting', type: 'relationship', relationTo: 'meetings', label: 'جلسه', index: true },
    // A meeting mail's iCalendar file (.ics, RFC 5545) as queued, and its iTIP method.
    { name: 'calendar', type: 'textarea', label: 'پروندهٔ تقویم (ics)', access: { read: readMailContent } },
    {
      name: 'calendarMethod',
      type: 'select',
      label: 'روش تقویم',
      options: [
        { value: 'REQUEST', label: 'دعوت یا تغییر' },
        { value: 'CANCEL', label: 'لغو' },
      ],
    },
    { name: 'dedupeKey', type: 'text', label: 'کلید یکتایی', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      label: 'وضعیت',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: 'در صف' },
        { value: 'sending', label: 'در حال ارسال' },
        { value: 'sent', label: 'ارسال‌شده' },
        { value: 'failed', label: 'ناموفق (تلاش دوباره)' },
        { value: 'withheld', label: 'نگه‌داشته (گیرنده دیگر اجازهٔ خواندن سند را ندارد)' },
      ],
    },
    { name: 'attempts', type: 'number', label: 'تلاش‌ها', defaultValue: 0 },
    { name: 'lastError', type: 'text', label: 'آخرین خطا' },
    jalaliDate({ name: 'sentAt', label: 'زمان ارسال', withTime: true }),
    jalaliCompanion('sentAtJalali', 'sentAt', 'زمان ارسال (شمسی)'),
  ],
}
