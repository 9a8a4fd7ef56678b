import type { CollectionBeforeChangeHook, CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { allowIf, isAuthenticated } from '../../access'
import { mayCorrect } from '../../access/policies'
import { idOf } from '../../lib/compare'
import { normaliseDossierCode, parentCode } from '../../lib/filing/code'
import { raceMessages } from '../../lib/races/messages'
import { refuse } from '../../server/refuse'
import { refuseRepeatedMove } from '../../server/repeatedMove'
import { lockBeforeWrite, lockRow, refuseStaleUpdate } from '../../server/rowLock'
import { dossierText } from './messages'

/** Codes follow the tree: `2-1-3` sits under `2-1`; a child of a closed dossier is closed. */
const checkPlan: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const deny = (message: string, status = 400) => refuse(req, { message, status, action: operation, collection: 'dossiers', id: originalDoc?.id })
  const code = normaliseDossierCode(data.code ?? originalDoc?.code)
  if (!code) return deny(dossierText.badCode)
  data.code = code
  const parentId = idOf(data.parent ?? originalDoc?.parent)
  const expectedParent = parentCode(code)
  if (parentId === null) {
    if (expectedParent) return deny(dossierText.parentMissing(expectedParent))
    return data
  }
  // Held until this dossier is stored: the parent cannot close in between (closing locks it).
  if (operation === 'create') await lockRow(req, 'dossiers', parentId, 'share')
  const parent = await req.payload.findByID({ collection: 'dossiers', id: parentId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!parent || parent.code !== expectedParent) return deny(dossierText.codeNotUnderParent(code, parent?.code ?? '?'))
  if (operation === 'create' && parent.status === 'closed') return deny(dossierText.parentClosed, 409)
  return data
}

/** Closing a closed dossier again is a 409: of twenty racing requests, one closes it. */
const refuseClosingTwice = refuseRepeatedMove('dossiers', (original, data, unchanged) =>
  original.status === 'closed' && data.status === 'closed' && unchanged ? { message: raceMessages.dossierAlreadyClosed(String(original.code)), action: 'update' } : null,
)

/** Closing a dossier closes every dossier under it. */
const closeChildren: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'closed' || previousDoc?.status === 'closed') return doc
  const children = await req.payload.find({ collection: 'dossiers', where: { and: [{ parent: { equals: doc.id } }, { status: { equals: 'open' } }] }, depth: 0, pagination: false, req, overrideAccess: true })
  for (const child of children.docs) {
    await req.payload.update({ collection: 'dossiers', id: child.id, data: { status: 'closed' }, req, overrideAccess: true })
  }
  return doc
}

/** پرونده: the filing plan, a tree of dossiers letters are filed into. */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: { singular: 'پرونده', plural: 'پرونده‌ها (طرح بایگانی)' },
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'status', 'retentionYears', 'parent'], group: 'دبیرخانه' },
  access: {
    read: isAuthenticated,
    // The office chief keeps the filing plan.
    create: allowIf(mayCorrect),
    update: allowIf(mayCorrect),
    // The plan is history: a dossier is closed, never deleted.
    delete: () => false,
  },
  hooks: {
    // An update by id locks the dossier before reading it: closing waits for letters being
    // filed into it (they hold it FOR SHARE) and they, in turn, wait for the closing.
    beforeOperation: [lockBeforeWrite('dossiers')],
    beforeChange: [refuseStaleUpdate('dossiers'), refuseClosingTwice, checkPlan],
    afterChange: [closeChildren],
  },
  fields: [
    { name: 'code', type: 'text', label: 'کد پرونده', required: true, unique: true, index: true, admin: { description: 'مانند ۲-۱-۳؛ زیر پروندهٔ ۲-۱' } },
    { name: 'title', type: 'text', label: 'عنوان', required: true },
    { name: 'parent', type: 'relationship', relationTo: 'dossiers', label: 'پروندهٔ بالادست' },
    { name: 'status', type: 'select', label: 'وضعیت', required: true, defaultValue: 'open', options: [{ value: 'open', label: 'باز' }, { value: 'closed', label: 'بسته' }], index: true },
    { name: 'retentionYears', type: 'number', label: 'مدت نگهداری (سال)', min: 0, max: 200 },
    { name: 'children', type: 'join', collection: 'dossiers', on: 'parent', label: 'زیرپرونده‌ها' },
    { name: 'letters', type: 'join', collection: 'letters', on: 'dossier', label: 'نامه‌های این پرونده' },
  ],
}
