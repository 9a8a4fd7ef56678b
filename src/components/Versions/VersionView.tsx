// One version of any versioned record type (admin.components.views.edit.version): its Jalali
// date, who saved it, and the fields that changed from the version before, by Persian label,
// before and after; with the restore action (./RestoreVersion). Read as the signed-in user
// (./server.ts): a version the read rule hides is "not found", and so is the one before it.
import React from 'react'
import Link from 'next/link'
import type { CollectionSlug, DocumentViewServerProps, TypeWithVersion } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { formatJalaliDateTime } from '../../lib/jalali'
import { versionChanges, versionStatus } from '../../lib/versions/display'
import { adminPath, saversOf, specsOf, titleOfFor } from './server'
import { RestoreVersion } from './RestoreVersion'
import { VERSIONS_TEXT } from './text'
import './Versions.scss'

type Version = TypeWithVersion<Record<string, unknown>> & { parent?: unknown }

const idOf = (v: unknown): string => String(v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

export async function VersionView({ initPageResult, routeSegments }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  const versionID = routeSegments[routeSegments.length - 1]
  if (!collectionConfig || docID === undefined || docID === null || !versionID) return <NotFound />
  const slug = collectionConfig.slug as CollectionSlug
  const asUser = { overrideAccess: false, user: req.user, req } as const

  let version: Version
  try {
    version = (await req.payload.findVersionByID({ collection: slug, id: versionID, depth: 1, ...asUser })) as unknown as Version
  } catch {
    return <NotFound />
  }
  if (!version || idOf(version.parent) !== String(docID)) return <NotFound />

  const previous = (
    await req.payload.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: docID } }, { updatedAt: { less_than: version.updatedAt } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      ...asUser,
    })
  ).docs[0] as unknown as Version | undefined

  const specs = specsOf(collectionConfig, req)
  const after = (version.version ?? {}) as Record<string, unknown>
  const before = previous ? ((previous.version ?? {}) as Record<string, unknown>) : null
  const changes = versionChanges(specs, before, after, titleOfFor(req))
  const when = formatJalaliDateTime(String(version.updatedAt), { digits: 'persian' })
  const previousWhen = previous ? formatJalaliDateTime(String(previous.updatedAt), { digits: 'persian' }) : ''
  const saver = (await saversOf(req, slug, docID, [version])).get(version.id)
  const draftLabels = { draft: req.i18n.t('version:draft'), published: req.i18n.t('version:published') }

  return (
    <Gutter className="dabir-versions dabir-version">
      <p className="dabir-versions__back">
        <Link href={`${adminPath(req, slug, docID)}/versions`}>{VERSIONS_TEXT.back}</Link>
      </p>
      <h2 className="dabir-versions__title">
        {VERSIONS_TEXT.versionOf('')}
        <span dir="ltr" className="dabir-versions__when">
          {when}
        </span>
      </h2>
      <dl className="dabir-version__facts">
        <div>
          <dt>{VERSIONS_TEXT.colBy}</dt>
          <dd>{saver ?? '—'}</dd>
        </div>
        <div>
          <dt>{VERSIONS_TEXT.colStatus}</dt>
          <dd>{versionStatus(specs, after, draftLabels)}</dd>
        </div>
      </dl>
      {!(version as { latest?: boolean }).latest && (await restorable(req, slug, docID)) && (
        <RestoreVersion collectionSlug={slug} docID={String(docID)} versionID={String(version.id)} when={when} docURL={adminPath(req, slug, docID)} />
      )}
      <h3 className="dabir-version__subtitle">{previous ? VERSIONS_TEXT.comparedWith(previousWhen) : VERSIONS_TEXT.firstVersion}</h3>
      {changes.length === 0 ? (
        <p className="dabir-versions__none">{VERSIONS_TEXT.noChanges}</p>
      ) : (
        <div className="dabir-versions__table-wrap">
          <table className="dabir-versions__table dabir-version__diff">
            <thead>
              <tr>
                <th scope="col">{VERSIONS_TEXT.colField}</th>
                {previous && <th scope="col">{VERSIONS_TEXT.colBefore}</th>}
                <th scope="col">{VERSIONS_TEXT.colAfter}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.name} data-dabir-field={c.name}>
                  <th scope="row">{c.label}</th>
                  {previous && <td className="dabir-version__before">{c.before}</td>}
                  <td className="dabir-version__after">{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Gutter>
  )
}

/**
 * Whether the record as it is now may go back to an earlier version: not a registered or
 * cancelled letter, which changes only by «اصلاح» (the server refuses such a restore too:
 * src/collections/Letters/hooks/refuseRestoreAfterRegistration.ts).
 */
async function restorable(req: DocumentViewServerProps['initPageResult']['req'], slug: CollectionSlug, docID: number | string): Promise<boolean> {
  const current = (await req.payload.findByID({ collection: slug, id: docID, depth: 0, select: { status: true } as never, overrideAccess: false, user: req.user, req, disableErrors: true })) as { status?: unknown } | null
  if (!current) return false
  return !FROZEN_STATUSES.has(String(current.status))
}

const FROZEN_STATUSES = new Set(['registered', 'cancelled'])

function NotFound() {
  return (
    <Gutter className="dabir-versions">
      <p className="dabir-versions__none">{VERSIONS_TEXT.notFound}</p>
    </Gutter>
  )
}
