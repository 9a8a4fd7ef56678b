'use client'
// «جستجوی اسناد» in the admin nav, styled as Payload's own nav links (with the active marker).
import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

export const LOOKUP_PATH = '/admin/lookup'

export function LookupNavLink() {
  const active = usePathname() === LOOKUP_PATH
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">جستجوی اسناد</span>
    </>
  )
  return (
    <div className="lookup-nav">
      {active ? (
        <div className="nav__link" id="nav-lookup">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={LOOKUP_PATH} id="nav-lookup" prefetch={false}>
          {label}
        </Link>
      )}
    </div>
  )
}
