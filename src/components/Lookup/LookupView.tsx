// The lookup page (جستجوی اسناد) at /admin/lookup: Payload's admin chrome (nav, header) around
// the client component that talks to GET /api/search. Custom routes are not public admin
// routes, so Payload sends a visitor without a session to the login page before this renders.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { Lookup } from './Lookup'

export function LookupView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="lookup"
      // Copies, as Payload's own root page passes them (React 19 freezes the originals).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <Gutter>
        <Lookup />
      </Gutter>
    </DefaultTemplate>
  )
}
