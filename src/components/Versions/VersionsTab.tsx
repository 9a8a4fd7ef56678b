'use client'
// The «نسخه‌ها» tab of a document, shown only when this user may read this record's versions.
// Payload's own tab asks the collection-wide permission, which is a `where` (so "yes") for every
// signed-in user; the document's own permission says whether any version is readable.
import React from 'react'
import { usePathname } from 'next/navigation'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'

import { toPersianDigits } from '../../lib/persian'
import { VERSIONS_TEXT } from './text'

export function VersionsTab() {
  const { id, collectionSlug, docPermissions, versionCount } = useDocumentInfo()
  const { config } = useConfig()
  const pathname = usePathname()
  if (id === undefined || id === null || !collectionSlug || !docPermissions?.readVersions) return null
  const admin = config.routes.admin === '/' ? '' : config.routes.admin
  const href = `${admin}/collections/${collectionSlug}/${encodeURIComponent(String(id))}/versions`
  const active = pathname.startsWith(href)
  return (
    <Button
      aria-label={VERSIONS_TEXT.title}
      buttonStyle="tab"
      className={['doc-tab', active && 'doc-tab--active'].filter(Boolean).join(' ')}
      disabled={active && pathname === href}
      el={pathname === href ? 'div' : 'link'}
      margin={false}
      size="medium"
      to={pathname === href ? undefined : href}
    >
      <span className="doc-tab__label">
        {VERSIONS_TEXT.title}
        {versionCount > 0 && <span className="pill-version-count"> {toPersianDigits(String(versionCount))}</span>}
      </span>
    </Button>
  )
}
