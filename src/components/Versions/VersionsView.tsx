// The versions list of any versioned record type (admin.components.views.edit.versions, set
// for every one in src/fields/jalaliTimestamps.ts): each version's Jalali date and time in
// Tehran, who saved it, the record's status then, and a link to its comparison. Read as the
// signed-in user (./server.ts), so versions the read rule hides are neither listed nor counted.
import React from 'react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { CollectionSlug, DocumentViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { formatJalaliDateTime } from '../../lib/jalali'
import { toPersianDigits } from '../../lib/persian'
import { versionStatus, VERSION_TEXT } from '../../lib/versions/display'
import { adminPath, rowSelect, saversOf, specsOf } from './server'
import { VERSIONS_TEXT } from './text'
import './Versions.scss'

const PAGE_SIZE = 20

export async function VersionsView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  if (!collectionConfig || docID === undefined || docID === null) return notFound()
  const slug = collectionConfig.slug as CollectionSlug
  const specs = specsOf(collectionConfig, req)
  const drafts = Boolean(collectionConfig.versions && typeof collectionConfig.versions === 'object' && collectionConfig.versions.drafts)
  const pageParam = Number(Array.isArray(searchParams?.page) ? searchParams.page[0] : searchParams?.page)
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1

  const found = await req.payload.findVersions({
    collection: slug,
    where: { parent: { equals: docID } },
    sort: '-updatedAt',
    limit: PAGE_SIZE,
    page,
    depth: 0,
    select: rowSelect(specs, drafts) as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const savers = await saversOf(req, slug, docID, found.docs)
  const draftLabels = { draft: req.i18n.t('version:draft'), published: req.i18n.t('version:published') }

  return (
    <Gutter className="dabir-versions">
      <h2 className="dabir-versions__title">{VERSIONS_TEXT.title}</h2>
      <p className="dabir-versions__intro">{VERSIONS_TEXT.intro}</p>
      {found.docs.length === 0 ? (
        <p className="dabir-versions__none">{VERSIONS_TEXT.none}</p>
      ) : (
        <>
          <p className="dabir-versions__count">{VERSIONS_TEXT.count(toPersianDigits(String(found.totalDocs)))}</p>
          <div className="dabir-versions__table-wrap">
            <table className="dabir-versions__table">
              <thead>
                <tr>
                  <th scope="col">{VERSIONS_TEXT.colWhen}</th>
                  <th scope="col">{VERSIONS_TEXT.colBy}</th>
                  <th scope="col">{VERSIONS_TEXT.colStatus}</th>
                  <th scope="col">
                    <span className="dabir-versions__sr">{VERSIONS_TEXT.open}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {found.docs.map((v) => {
                  const data = (v.version ?? {}) as unknown as Record<string, unknown>
                  const when = formatJalaliDateTime(String(v.updatedAt ?? data.updatedAt), { digits: 'persian' })
                  const href = adminPath(req, slug, docID, v.id)
                  return (
                    <tr key={String(v.id)} data-dabir-version={String(v.id)}>
                      <td>
                        <Link href={href} dir="ltr" className="dabir-versions__when">
                          {when}
                        </Link>
                        {(v as { latest?: boolean }).latest && <span className="dabir-versions__pill">{VERSIONS_TEXT.current}</span>}
                      </td>
                      <td>{savers.get(v.id) ?? VERSION_TEXT.empty}</td>
                      <td>{versionStatus(specs, data, draftLabels)}</td>
                      <td>
                        <Link href={href}>{VERSIONS_TEXT.open}</Link>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {found.totalPages > 1 && (
            <nav className="dabir-versions__pages">
              {found.hasPrevPage && <Link href={`?page=${page - 1}`}>{VERSIONS_TEXT.prev}</Link>}
              <span>{VERSIONS_TEXT.page(toPersianDigits(String(page)), toPersianDigits(String(found.totalPages)))}</span>
              {found.hasNextPage && <Link href={`?page=${page + 1}`}>{VERSIONS_TEXT.next}</Link>}
            </nav>
          )}
        </>
      )}
    </Gutter>
  )
}
