// The account page (/admin/account) with the Jalali header dates of every other record page.
//
// Payload 3.90 builds that page without the document slots (renderDocumentSlots), so the
// users collection's beforeDocumentControls — where JalaliTimestamps sits — never reaches it,
// and Payload's own Gregorian dates showed. Its views.account.Component is read twice: the
// router takes it for the whole page, and Payload's AccountView renders it again, with the
// account's `doc`, in place of the edit form. So: without `doc`, Payload's page as it is; with
// it, Payload's edit form with the Jalali dates before the document controls.
import type { AdminViewServerProps } from 'payload'
import { AccountView as PayloadAccountView } from '@payloadcms/next/views'
import React from 'react'

import { AccountEditForm } from './AccountEditForm'

export function AccountView(props: AdminViewServerProps & { doc?: unknown }) {
  if (props.doc !== undefined) return <AccountEditForm />
  return <PayloadAccountView {...props} />
}
