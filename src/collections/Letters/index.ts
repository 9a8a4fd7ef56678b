import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access'
import { deleteLetters, readLetters, readLetterVersions, updateLetters } from '../../access/letters'
import { contentField, ruleSelect } from '../../access/readRule'
import { frozenAfterRegistration as frozen } from '../../access/frozenAfterRegistration'
import { jalaliCompanion as jalaliField, jalaliOf } from '../../fields/jalaliCompanion'
import { jalaliDate } from '../../fields/jalaliDate'
import { LETTER_KIND_LABELS, LETTER_STATUS_LABELS, toOptions, URGENCY_LABELS } from '../../lib/letters/options'
import { clearanceOptions } from '../../lib/security/clearance'
import { assignRegistryNumber } from './hooks/assignRegistryNumber'
import { auditReads } from '../../hooks/audit/auditReads'
import { recordDenials } from '../../hooks/audit/recordDenials'
import { hideUnseenLinks } from '../../hooks/hideUnseenLinks'
import { refuseAboveClearance } from '../../hooks/refuseAboveClearance'
import { checkLinks } from './hooks/checkLinks'
import { classifyAttachments } from './hooks/classifyAttachments'
import { detectReferences } from './hooks/detectReferences'
import { fileLetter } from './hooks/fileLetter'
import { freezeRegistered, hideCorrectionsAboveClearance } from './hooks/freezeRegistered'
import { readSenderDateJalali } from './hooks/readSenderDateJalali'
import { fillSummary } from './hooks/fillSummary'
import { guardStatus } from './hooks/guardStatus'
import { keepHiddenLinks } from './hooks/keepHiddenLinks'
import { injectTestFault } from './hooks/injectTestFault'
import { keepArchived } from './hooks/keepArchived'
import { queueProposals } from './hooks/queueProposals'
import { referralTreeOf } from './hooks/referralTreeOf'
import { refuseDelete } from './hooks/refuseDelete'
import { refuseDuplicate } from './hooks/refuseDuplicate'
import { refuseRepeatedLetterMove } from './hooks/refuseRepeatedMove'
import { refuseServerFields } from './hooks/refuseServerFields'
import { setAuthor } from './hooks/setAuthor'
import { LETTER_READ } from './readSpec'
import { lockBeforeWrite, refuseStaleUpdate } from '../../server/rowLock'
import { letterDigestSections } from './digest'
import { letterPdf } from './pdf'
import { letterSearch } from './search'

const content = contentField('letters', LETTER_READ)

// Links to letters hidden from the reader are neither shown nor dropped by a save.
const hiddenLinks = { beforeValidate: [keepHiddenLinks], afterRead: [hideUnseenLinks] }

const serverOnly = { readOnly: true, position: 'sidebar' as const }

export const Letters: CollectionConfig = {
  slug: 'letters',
  labels: { singular: 'نامه', plural: 'نامه‌ها' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['registryNumber', 'registeredAtJalali', 'kind', 'subject', 'sender', 'classification', 'urgency', 'status'],
    listSearchableFields: ['subject', 'registryNumber', 'registryNumberKey', 'senderNumber'],
    group: 'دبیرخانه',
    // The list reads only its columns (plus what the read rule and the audit need, below): not
    // the body, the corrections, nor the joins of replies and follow-ups, which the read rule
    // makes a subquery per row and which only the letter's own page shows (docs/benchmarks.md).
    enableListViewSelectAPI: true,
  },
  // Whatever a read selects: the read rule's and the audit's facts, the status (frozen fields),
  // and the stored dates behind the Jalali companions.
  forceSelect: ruleSelect(LETTER_READ, ['status', 'registeredAt', 'signedAt', 'cancelledAt', 'senderDate']),
  // Joins the lookup (/api/search), the PDFs (/api/letters/:id/pdf) and the director's digest.
  custom: { search: letterSearch, pdf: letterPdf, digest: letterDigestSections },
  access: {
    read: readLetters,
    readVersions: readLetterVersions,
    create: isAuthenticated,
    update: updateLetters,
    // Refusals (registered, not the author) are explained by the beforeDelete hook.
    delete: deleteLetters,
  },
  // Every change, corrections included, leaves a version: before/after stays visible.
  versions: { maxPerDoc: 0 },
  indexes: [{ fields: ['registryBook', 'registryYear', 'registrySeq'], unique: true }],
  hooks: {
    beforeValidate: [refuseServerFields, readSenderDateJalali],
    beforeOperation: [
      recordDenials,
      // Last: an update by id reads the letter only once it alone may move it.
      lockBeforeWrite('letters'),
    ],
    beforeChange: [refuseStaleUpdate('letters'), refuseRepeatedLetterMove, setAuthor, refuseAboveClearance('letters'), guardStatus, freezeRegistered, checkLinks, detectReferences, refuseDuplicate, fileLetter, fillSummary, assignRegistryNumber],
    afterChange: [classifyAttachments, queueProposals, keepArchived, injectTestFault],
    afterRead: [auditReads],
    beforeDelete: [refuseDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', access: { update: frozen('kind') }, type: 'select', label: 'نوع نامه', options: toOptions(LETTER_KIND_LABELS), required: true },
        { name: 'status', type: 'select', label: 'وضعیت', options: toOptions(LETTER_STATUS_LABELS), required: true, defaultValue: 'draft', index: true },
        { name: 'classification', access: { update: frozen('classification') }, type: 'select', label: 'طبقه‌بندی', options: clearanceOptions, required: true, defaultValue: 'normal', index: true },
        { name: 'urgency', access: { update: frozen('urgency') }, type: 'select', label: 'فوریت', options: toOptions(URGENCY_LABELS), required: true, defaultValue: 'normal' },
      ],
    },
    { name: 'subject', access: { update: frozen('subject') }, type: 'text', label: 'موضوع', required: true },
    { name: 'summary', access: { read: content, update: frozen('summary') }, type: 'textarea', label: 'خلاصه' },
    {
      name: 'summaryMachineMade',
      type: 'checkbox',
      label: 'خلاصهٔ ماشینی',
      admin: { readOnly: true, description: 'خلاصه را سامانه از متن ساخته است؛ با ویرایش خلاصه این نشان برداشته می‌شود.' },
    },
    { name: 'body', access: { read: content, update: frozen('body') }, type: 'richText', label: 'متن نامه' },
    { name: 'keywords', access: { update: frozen('keywords') }, type: 'text', label: 'کلیدواژه‌ها', hasMany: true },
    // A relationship, not an upload field: Payload's upload field shows the stored (server-made)
    // file name; a relationship shows the attachment's title, «name (type، size)».
    { name: 'attachments', access: { read: content, update: frozen('attachments') }, type: 'relationship', label: 'پیوست‌ها', relationTo: 'attachments', hasMany: true },
    {
      name: 'sender',
      access: { update: frozen('sender') },
      type: 'relationship',
      label: 'فرستنده',
      relationTo: ['correspondents', 'posts'],
      admin: { description: 'برای نامهٔ وارده: طرف مکاتبه؛ برای صادره و داخلی: سمت امضاکننده.' },
    },
    { name: 'recipients', access: { update: frozen('recipients') }, type: 'relationship', label: 'گیرندگان', relationTo: ['posts', 'units', 'correspondents'], hasMany: true },
    { name: 'copies', access: { update: frozen('copies') }, type: 'relationship', label: 'رونوشت', relationTo: ['posts', 'units', 'correspondents'], hasMany: true },
    {
      type: 'row',
      fields: [
        { name: 'senderNumber', access: { read: content, update: frozen('senderNumber') }, type: 'text', label: 'شمارهٔ نامهٔ فرستنده' },
        jalaliDate({ name: 'senderDate', access: { update: frozen('senderDate') }, label: 'تاریخ نامهٔ فرستنده' }),
        {
          name: 'senderDateJalali',
          type: 'text',
          label: 'تاریخ نامهٔ فرستنده (شمسی)',
          virtual: true,
          hooks: { afterRead: [jalaliOf('senderDate')] },
          admin: { description: 'می‌توان تاریخ شمسی را به‌جای تاریخ میلادی فرستاد.' },
        },
      ],
    },
    { name: 'senderNumberKey', access: { read: content }, type: 'text', label: 'شمارهٔ نامهٔ فرستنده (یکسان‌شده)', index: true, admin: { hidden: true } },
    { name: 'follows', access: { update: frozen('follows') }, type: 'relationship', label: 'پیرو', relationTo: 'letters', hasMany: true, hooks: hiddenLinks },
    { name: 'inReplyTo', access: { update: frozen('inReplyTo') }, type: 'relationship', label: 'عطف', relationTo: 'letters', hooks: hiddenLinks },
    { name: 'repliedBy', type: 'join', label: 'نامه‌های عطف به این نامه', collection: 'letters', on: 'inReplyTo' },
    { name: 'followedBy', type: 'join', label: 'نامه‌های پیرو این نامه', collection: 'letters', on: 'follows' },
    {
      name: 'referralTree',
      type: 'json',
      label: 'درخت ارجاع‌ها',
      virtual: true,
      admin: { readOnly: true, description: 'ارجاع‌های این نامه و ارجاع‌های بعدی آن‌ها، تا جایی که شما می‌توانید ببینید.' },
      hooks: { afterRead: [referralTreeOf] },
    },
    // Found in the body as well as the subject: content.
    { name: 'detectedReferences', access: { read: content }, type: 'relationship', label: 'ارجاع‌های یافته در متن', relationTo: 'letters', hasMany: true, hooks: { afterRead: [hideUnseenLinks] }, admin: { readOnly: true } },
    { name: 'signedBy', access: { update: frozen('signedBy') }, type: 'relationship', label: 'امضاکننده', relationTo: 'users' },
    jalaliDate({ name: 'signedAt', access: { update: frozen('signedAt') }, label: 'زمان امضا', withTime: true }),
    jalaliField('signedAtJalali', 'signedAt', 'تاریخ امضا (شمسی)'),
    { name: 'dossier', type: 'relationship', relationTo: 'dossiers', label: 'پرونده', index: true, admin: { position: 'sidebar', description: 'پاسخ و پیرو خودبه‌خود در پروندهٔ نامهٔ پیشین می‌روند.' } },
    { name: 'archived', type: 'checkbox', label: 'بایگانی‌شده', index: true, admin: { readOnly: true, position: 'sidebar', description: 'در پرونده، و همهٔ ارجاع‌های «جهت اقدام» انجام‌شده.' } },
    { name: 'registryBook', access: { update: frozen('registryBook') }, type: 'relationship', label: 'دفتر اندیکاتور', relationTo: 'registry-books', admin: { position: 'sidebar' } },
    { name: 'registryNumber', type: 'text', label: 'شمارهٔ ثبت', index: true, admin: serverOnly },
    { name: 'registryNumberKey', type: 'text', label: 'شمارهٔ ثبت (با رقم لاتین)', index: true, admin: { hidden: true } },
    { name: 'registryYear', type: 'number', label: 'سال ثبت', admin: serverOnly },
    { name: 'registrySeq', type: 'number', label: 'ردیف در سال', admin: serverOnly },
    jalaliDate({ name: 'registeredAt', label: 'زمان ثبت', withTime: true, admin: serverOnly }),
    jalaliField('registeredAtJalali', 'registeredAt', 'تاریخ ثبت'),
    { name: 'registeredBy', type: 'relationship', label: 'ثبت‌کننده', relationTo: 'users', admin: serverOnly },
    { name: 'createdBy', type: 'relationship', label: 'نویسنده', relationTo: 'users', admin: serverOnly },
    { name: 'cancelReason', access: { update: frozen('cancelReason') }, type: 'textarea', label: 'دلیل ابطال' },
    jalaliDate({ name: 'cancelledAt', label: 'زمان ابطال', withTime: true, admin: serverOnly }),
    jalaliField('cancelledAtJalali', 'cancelledAt', 'تاریخ ابطال'),
    { name: 'cancelledBy', type: 'relationship', label: 'ابطال‌کننده', relationTo: 'users', admin: serverOnly },
    { name: 'deliberateDuplicate', type: 'checkbox', label: 'ثبت دوبارهٔ عمدی', virtual: true },
    { name: 'correctionReason', type: 'textarea', label: 'دلیل اصلاح (برای نامهٔ ثبت‌شده)', virtual: true },
    {
      name: 'corrections',
      type: 'array',
      label: 'اصلاحات',
      access: { read: content },
      admin: { readOnly: true },
      // Each entry is a copy of the letter at its level then: hidden from readers not cleared for it.
      hooks: { afterRead: [hideCorrectionsAboveClearance] },
      fields: [
        jalaliDate({ name: 'at', label: 'زمان', withTime: true }),
        { name: 'by', type: 'relationship', relationTo: 'users', label: 'اصلاح‌کننده' },
        { name: 'reason', type: 'textarea', label: 'دلیل' },
        { name: 'changes', type: 'json', label: 'پیش و پس از اصلاح' },
        { name: 'level', type: 'select', label: 'طبقه‌بندی اصلاح', options: clearanceOptions, admin: { description: 'بالاترین طبقه‌بندی نامه هنگام اصلاح.' } },
      ],
    },
  ],
}
