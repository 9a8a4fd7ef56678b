import type { Field, TabsField } from 'payload'

/**
 * The tabs every record type's form is grouped in, in this order. Persian labels live here
 * once, so letters, dossiers, referrals and the record types to come read the same.
 */
export const RECORD_TAB_LABELS = {
  details: 'مشخصات',
  content: 'متن و پیوست‌ها',
  links: 'ارتباط‌ها',
  record: 'ثبت و سوابق',
} as const
export type RecordTab = keyof typeof RECORD_TAB_LABELS

/**
 * A record's fields grouped in the standard tabs (a group left out or empty is no tab).
 * The tabs are unnamed: Payload keeps the fields' paths flat, so the REST and GraphQL shape
 * and the database columns do not change. Fields with `admin.position: 'sidebar'` belong
 * outside the tabs (Payload takes sidebar fields from the top level only).
 */
export function recordTabs(groups: Partial<Record<RecordTab, Field[]>>): TabsField {
  const tabs = (Object.keys(RECORD_TAB_LABELS) as RecordTab[])
    .filter((tab) => groups[tab]?.length)
    .map((tab) => ({ label: RECORD_TAB_LABELS[tab], fields: groups[tab]! }))
  return { type: 'tabs', tabs }
}
