// The lookup page (جستجوی اسناد) at /admin/lookup: the admin's chrome around the client
// component that talks to GET /api/search.
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminChrome } from '../AdminChrome'
import { Lookup } from './Lookup'

export function LookupView(props: AdminViewServerProps) {
  return (
    <AdminChrome props={props} viewType="lookup">
      <Gutter>
        <Lookup />
      </Gutter>
    </AdminChrome>
  )
}
