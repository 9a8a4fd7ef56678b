'use client'
// Payload's edit form of the account, with the Jalali header dates (./AccountView.tsx).
import type { DocumentViewClientProps } from 'payload'
import { DefaultEditView } from '@payloadcms/ui'
import React from 'react'

import { JalaliTimestamps } from '../DocumentHeader/JalaliTimestamps'

export function AccountEditForm(props: Partial<DocumentViewClientProps>) {
  return <DefaultEditView {...(props as DocumentViewClientProps)} BeforeDocumentControls={<JalaliTimestamps />} />
}
