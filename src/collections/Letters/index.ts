import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../access'
import { deleteLetters, readLetters, readLetterVersions, updateLetters } from '../../access/letters'
import { contentField, ruleSelect } from '../../access/readRule'
import { frozenAfterRegistration as frozen } from '../../access/frozenAfterRegistration'
import { jalaliCompanion as jalaliField, jalaliOf } from '../../fields/jalaliCompanion'
import { fromCreateQuery } from '../../fields/fromCreateQuery'
import { jalaliDate } from '../../fields/jalaliDate'
import { recordTabs } from '../../fields/recordTabs'
import { apiOnly, asServerSet, filledOrWhile, serverSet } from '../../fields/serverSet'
import { LETTER_KIND_LABELS, LETTER_STATUS_LABELS, toOptions, URGENCY_LABELS } from '../../lib/letters/options'
import { clearanceOptions } from '../../lib/security/clearance'
import { assignRegistryNumber } from './hooks/assignRegistryNumber'
import { auditReads } from '../../hooks/audit/auditReads'
import { recordDenials } from '../../hooks/audit/recordDenials'
import { hideUnseenLinks } from '../../hooks/hideUnseenLinks'
import { latinDigitsInQueries } from '../../hooks/latinDigitsInQueries'
import { refuseAboveClearance } from '../../hooks/refuseAboveClearance'
import { checkLinks } from './hooks/checkLinks'
import { checkRequirements } from './hooks/checkRequirements'
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
import { refuseRestoreAfterRegistration } from './hooks/refuseRestoreAfterRegistration'
import { refuseServerFields } from './hooks/refuseServerFields'
import { setAuthor } from './hooks/setAuthor'
import { LETTER_READ } from './readSpec'
import { lockBeforeWrite, refuseStaleUpdate } from '../../server/rowLock'
import { letterDigestSections } from './digest'
import { letterPdf } from './pdf'
import { letterSearch } from './search'
import { offerClassification, offerStatusMoves } from './offers'
import { storedStatusOf } from '../../lib/letters/choices'
import type { Letter } from '../../payload-types'

const content = contentField('letters', LETTER_READ)

// Links to letters hidden from the reader are neither shown nor dropped by a save.
const hiddenLinks = { beforeValidate: [keepHiddenLinks], afterRead: [hideUnseenLinks] }

const sidebar = { position: 'sidebar' as const }

const whileDraft = (data: Partial<Letter>) => storedStatusOf(data) === 'draft'

export const Letters: CollectionConfig = {
  slug: 'letters',
  labels: { singular: 'نامه', plural: 'نامه‌ها' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['registryNumber', 'registeredAtJalali', 'kind', 'subject', 'sender', 'classification', 'urgency', 'status'],
    // The number through its key, whatever digits the clerk types (latinDigitsInQueries).
    listSearchableFields: ['subject', 'registryNumberKey', 'senderNumber'],
    group: 'دبیرخانه',
    // The list reads only its columns (plus what the read rule and the audit need, below): not
    // the body, the corrections, nor the joins of replies and follow-ups, which the read rule
    // makes a subquery per row and which only the letter's own page shows (docs/benchmarks.md).
    enableListViewSelectAPI: true,
    components: {
      edit: {
        // A read-only view (no Save) for whoever may change nothing of the letter in its state.
        SaveButton: { path: '/src/components/ReadOnlyView/SaveWhenEditable#SaveWhenEditable', clientProps: { collection: 'letters' } },
        // The letter page's actions, beside Save (each shows itself only where it applies):
        // «ثبت»، «اصلاح»، «ابطال» and the registry number, large, then «ارجاع»، «پاسخ»، «پیرو»،
        // «چاپ / PDF»، «برچسب ثبت»: entries of the document-actions registry (src/components/DocumentActions/letters.ts).
        beforeDocumentControls: [
          { path: '/src/components/ReadOnlyView/SaveWhenEditable#ReadOnlyMarker', clientProps: { collection: 'letters' } },
          '/src/components/DocumentActions/DocumentActions#DocumentActions',
        ],
      },
    },
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
    beforeValidate: [refuseRestoreAfterRegistration, refuseServerFields, readSenderDateJalali],
    beforeOperation: [
      // The list's search: a registry number typed in Persian digits matches its Latin-digit key.
      latinDigitsInQueries(['registryNumberKey']),
      recordDenials,
      // Last: an update by id reads the letter only once it alone may move it.
      lockBeforeWrite('letters'),
    ],
    beforeChange: [refuseStaleUpdate('letters'), refuseRepeatedLetterMove, setAuthor, refuseAboveClearance('letters'), guardStatus, checkRequirements, freezeRegistered, checkLinks, detectReferences, refuseDuplicate, fileLetter, fillSummary, assignRegistryNumber],
    afterChange: [classifyAttachments, queueProposals, keepArchived, injectTestFault],
    afterRead: [auditReads],
    beforeDelete: [refuseDelete],
  },
  fields: [
    recordTabs({
      details: [
        {
          type: 'row',
          fields: [
            // Alt+N opens `…/create?kind=incoming`: the create form is built with that kind.
            fromCreateQuery('letters', { name: 'kind', access: { update: frozen('kind') }, type: 'select', label: 'نوع نامه', options: toOptions(LETTER_KIND_LABELS), required: true }),
            { name: 'status', type: 'select', label: 'وضعیت', options: toOptions(LETTER_STATUS_LABELS), required: true, defaultValue: 'draft', index: true, ...offerStatusMoves },
            { name: 'classification', access: { update: frozen('classification') }, type: 'select', label: 'طبقه‌بندی', options: clearanceOptions, required: true, defaultValue: 'normal', index: true, ...offerClassification },
            { name: 'urgency', access: { update: frozen('urgency') }, type: 'select', label: 'فوریت', options: toOptions(URGENCY_LABELS), required: true, defaultValue: 'normal' },
          ],
        },
        { name: 'subject', access: { update: frozen('subject') }, type: 'text', label: 'موضوع', required: true },
        {
          name: 'sender',
          access: { update: frozen('sender') },
          type: 'relationship',
          label: 'فرستنده',
          relationTo: ['correspondents', 'posts'],
          admin: { description: 'برای نامهٔ وارده: طرف مکاتبه؛ برای صادره و داخلی: سمت امضاکننده.' },
        },
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
              // In the API (it may be sent instead of senderDate); the form's date field shows Jalali already.
              admin: apiOnly({ description: 'می‌توان تاریخ شمسی را به‌جای تاریخ میلادی فرستاد.' }),
            },
          ],
        },
        { name: 'recipients', access: { update: frozen('recipients') }, type: 'relationship', label: 'گیرندگان', relationTo: ['posts', 'units', 'correspondents'], hasMany: true },
        { name: 'copies', access: { update: frozen('copies') }, type: 'relationship', label: 'رونوشت', relationTo: ['posts', 'units', 'correspondents'], hasMany: true },
        { name: 'keywords', access: { update: frozen('keywords') }, type: 'text', label: 'کلیدواژه‌ها', hasMany: true },
      ],
      content: [
        { name: 'summary', access: { read: content, update: frozen('summary') }, type: 'textarea', label: 'خلاصه' },
        {
          name: 'summaryMachineMade',
          type: 'checkbox',
          label: 'خلاصهٔ ماشینی',
          admin: serverSet('summaryMachineMade', { description: 'خلاصه را سامانه از متن ساخته است؛ با ویرایش خلاصه این نشان برداشته می‌شود.' }),
        },
        { name: 'body', access: { read: content, update: frozen('body') }, type: 'richText', label: 'متن نامه' },
        // A relationship, not an upload field: Payload's upload field shows the stored (server-made)
        // file name; a relationship shows the attachment's title, «name (type، size)».
        // «افزودن فایل از رایانه…» before the select: a file is uploaded and added from the keyboard (Enter).
        {
          name: 'attachments',
          access: { read: content, update: frozen('attachments') },
          type: 'relationship',
          label: 'پیوست‌ها',
          relationTo: 'attachments',
          hasMany: true,
          admin: { components: { beforeInput: ['/src/components/DocumentActions/AttachFile#AttachFile'] } },
        },
      ],
      links: [
        { name: 'follows', access: { update: frozen('follows') }, type: 'relationship', label: 'پیرو', relationTo: 'letters', hasMany: true, hooks: hiddenLinks },
        { name: 'inReplyTo', access: { update: frozen('inReplyTo') }, type: 'relationship', label: 'عطف', relationTo: 'letters', hooks: hiddenLinks },
        { name: 'repliedBy', type: 'join', label: 'نامه‌های عطف به این نامه', collection: 'letters', on: 'inReplyTo' },
        { name: 'followedBy', type: 'join', label: 'نامه‌های پیرو این نامه', collection: 'letters', on: 'follows' },
        {
          name: 'referralTree',
          type: 'json',
          label: 'درخت ارجاع‌ها',
          virtual: true,
          admin: {
            readOnly: true,
            description: 'ارجاع‌های این نامه و ارجاع‌های بعدی آن‌ها، تا جایی که شما می‌توانید ببینید.',
            // Drawn as a tree, not Payload's JSON editor (Monaco from a public CDN, raw JSON).
            components: { Field: '/src/components/ReferralTree/ReferralTreeField#ReferralTreeField' },
          },
          hooks: { afterRead: [referralTreeOf] },
        },
        // Found in the body as well as the subject: content.
        { name: 'detectedReferences', access: { read: content }, type: 'relationship', label: 'ارجاع‌های یافته در متن', relationTo: 'letters', hasMany: true, hooks: { afterRead: [hideUnseenLinks] }, admin: serverSet('detectedReferences') },
      ],
      record: [
        // Filled on a draft; on a registered letter shown only when set (an incoming paper's are empty).
        filledOrWhile({ name: 'signedBy', access: { update: frozen('signedBy') }, type: 'relationship', label: 'امضاکننده', relationTo: 'users' }, whileDraft),
        filledOrWhile(jalaliDate({ name: 'signedAt', access: { update: frozen('signedAt') }, label: 'زمان امضا', withTime: true }), whileDraft),
        jalaliField('signedAtJalali', 'signedAt', 'تاریخ امضا (شمسی)'),
        { name: 'createdBy', type: 'relationship', label: 'نویسنده', relationTo: 'users', admin: serverSet('createdBy') },
        // Written in «ابطال»'s dialog; shown once there is one.
        { name: 'cancelReason', access: { update: frozen('cancelReason') }, type: 'textarea', label: 'دلیل ابطال', admin: serverSet('cancelReason') },
        asServerSet(jalaliDate({ name: 'cancelledAt', label: 'زمان ابطال', withTime: true })),
        jalaliField('cancelledAtJalali', 'cancelledAt', 'تاریخ ابطال'),
        { name: 'cancelledBy', type: 'relationship', label: 'ابطال‌کننده', relationTo: 'users', admin: serverSet('cancelledBy') },
        // Asked at registration only; the reason only of whoever may correct a registered letter.
        // Virtual fields are read-only in the admin unless told otherwise (Payload's sanitizer).
        { name: 'deliberateDuplicate', type: 'checkbox', label: 'ثبت دوبارهٔ عمدی', virtual: true, admin: { readOnly: false, condition: whileDraft } },
        // Sent by the «اصلاح» action's dialog with the corrected fields (src/components/DocumentActions/letters.ts).
        { name: 'correctionReason', type: 'textarea', label: 'دلیل اصلاح (برای نامهٔ ثبت‌شده)', virtual: true, admin: { readOnly: false, hidden: true } },
        {
          name: 'corrections',
          type: 'array',
          label: 'اصلاحات',
          // Without its own labels Payload names rows and empty states after the field (English).
          labels: { singular: 'اصلاح', plural: 'اصلاحات' },
          access: { read: content },
          // Before and after as text, not JSON (src/components/DocumentActions/CorrectionsField.tsx).
          admin: serverSet('corrections', { components: { Field: '/src/components/DocumentActions/CorrectionsField#CorrectionsField' } }),
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
    }),
    { name: 'senderNumberKey', access: { read: content }, type: 'text', label: 'شمارهٔ نامهٔ فرستنده (یکسان‌شده)', index: true, admin: { hidden: true } },
    // The sidebar: the registration a clerk looks for at a glance, shown once the server set it.
    { name: 'registryBook', access: { update: frozen('registryBook') }, type: 'relationship', label: 'دفتر اندیکاتور', relationTo: 'registry-books', admin: { position: 'sidebar' } },
    // Shown with Persian digits, as stored (src/components/Persian/PersianDigitsField.tsx).
    {
      name: 'registryNumber',
      type: 'text',
      label: 'شمارهٔ ثبت',
      index: true,
      admin: serverSet('registryNumber', { ...sidebar, components: { Field: '/src/components/Persian/PersianDigitsField#PersianDigitsField' } }),
    },
    // The number with Latin digits, for lookups; named as the number itself in the list's search hint.
    { name: 'registryNumberKey', type: 'text', label: 'شمارهٔ ثبت', index: true, admin: { hidden: true } },
    // Parts of the number, for sorting and the counter: in the API, not in the form.
    { name: 'registryYear', type: 'number', label: 'سال ثبت', admin: apiOnly({ readOnly: true }) },
    { name: 'registrySeq', type: 'number', label: 'ردیف در سال', admin: apiOnly({ readOnly: true }) },
    asServerSet(jalaliDate({ name: 'registeredAt', label: 'زمان ثبت', withTime: true, admin: sidebar })),
    jalaliField('registeredAtJalali', 'registeredAt', 'تاریخ ثبت'),
    { name: 'registeredBy', type: 'relationship', label: 'ثبت‌کننده', relationTo: 'users', admin: serverSet('registeredBy', sidebar) },
    { name: 'dossier', type: 'relationship', relationTo: 'dossiers', label: 'پرونده', index: true, admin: { position: 'sidebar', description: 'پاسخ و پیرو خودبه‌خود در پروندهٔ نامهٔ پیشین می‌روند.' } },
    { name: 'archived', type: 'checkbox', label: 'بایگانی‌شده', index: true, admin: serverSet('archived', { position: 'sidebar', description: 'در پرونده، و همهٔ ارجاع‌های «جهت اقدام» انجام‌شده.' }) },
  ],
}
