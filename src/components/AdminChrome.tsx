// Payload's admin chrome (nav, header) around a custom admin view of ours: the lookup and the
// desk's report pages. Custom routes are not public admin routes, so Payload sends a visitor
// without a session to the login page before this renders.
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

/** `props` as Payload gives them to the view; `viewType` names the view for Payload's nav. */
export function AdminChrome({ props, viewType, children }: { props: AdminViewServerProps; viewType: string; children: React.ReactNode }) {
  const { initPageResult, params, searchParams } = props
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
      viewType={viewType as never}
      // Copies, as Payload's own root page passes them (React 19 freezes the originals).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      {children}
    </DefaultTemplate>
  )
}
