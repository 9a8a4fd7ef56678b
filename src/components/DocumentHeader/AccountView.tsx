// The account page (/admin/account) is Payload's edit view without the document slots, so the
// collection's beforeDocumentControls never reaches it: here it gets the same Jalali header
// dates as every other document (config: admin.components.views.account).
import React from 'react'
import type { DocumentViewClientProps } from 'payload'
import { DefaultEditView } from '@payloadcms/ui'

import { JalaliTimestamps } from './JalaliTimestamps'

export function AccountView() {
  // Payload renders its own fallback here with no props at all: the form comes from the
  // DocumentInfo provider around the view. Only the header slot is added.
  const props = { documentSubViewType: 'default', viewType: 'account' } as unknown as DocumentViewClientProps
  return <DefaultEditView {...props} BeforeDocumentControls={<JalaliTimestamps />} />
}
