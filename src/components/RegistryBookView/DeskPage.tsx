// A page of the desk inside Payload's admin chrome (nav, header), for those `allowed` lets in;
// anyone else reads why not (the endpoint behind the page refuses them too). Custom routes are
// not public admin routes, so a visitor without a session is sent to the login page first.
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminChrome } from '../AdminChrome'
import './DeskReports.scss'

type Someone = Parameters<typeof import('../../access/policies').mayReadDigest>[0]

export function DeskPage({
  props,
  viewType,
  title,
  allowed,
  refusal,
  children,
}: {
  props: AdminViewServerProps
  viewType: string
  title: string
  allowed: (user: Someone) => boolean
  refusal: string
  children: React.ReactNode
}) {
  const user = props.initPageResult.req.user
  const mayUse = Boolean(user) && (user as { active?: boolean }).active !== false && allowed(user)
  return (
    <AdminChrome props={props} viewType={viewType}>
      <Gutter className="desk-report">
        <h1 className="desk-report__title">{title}</h1>
        {mayUse ? children : <p className="desk-report__error" role="alert">{refusal}</p>}
      </Gutter>
    </AdminChrome>
  )
}
