// What both versions views read on the server, as the signed-in user: Local API calls with
// `overrideAccess: false` and the request's user, so the record type's `readVersions` rule
// (for letters src/access/letters.ts readLetterVersions) filters every version in the
// database, exactly as GET /api/<slug>/versions does.
import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { getTranslation } from '@payloadcms/translations'

import { fieldSpecs, type FieldLike, type FieldSpec, type TitleOf } from '../../lib/versions/display'
import { toPersianDigits } from '../../lib/persian'
import { matchSavers, SAVER_WINDOW_MS, SAVING_ACTIONS } from '../../lib/versions/savers'

/** The record type's fields by Persian label, for display and comparison. */
export function specsOf(collection: SanitizedCollectionConfig, req: PayloadRequest): FieldSpec[] {
  const labelOf = (label: unknown, name: string): string => {
    if (label === undefined || label === null || label === false) return name
    // Payload labels: a string, a { lang: text } map, or ({ t }) => text.
    const text = getTranslation(label as Parameters<typeof getTranslation>[0], req.i18n)
    return typeof text === 'string' && text ? text : name
  }
  return fieldSpecs(collection.fields as unknown as FieldLike[], labelOf)
}

/** A populated related record by its collection's `useAsTitle`, digits in Persian. */
export function titleOfFor(req: PayloadRequest): TitleOf {
  return (doc, relationTo) => {
    const config = req.payload.collections[relationTo as CollectionSlug]?.config
    const key = config?.admin?.useAsTitle
    const title = key ? doc[key] : undefined
    return typeof title === 'string' && title.trim() ? toPersianDigits(title) : undefined
  }
}

/** The admin URL of a record, or of one of its versions. */
export function adminPath(req: PayloadRequest, slug: string, id: number | string, versionID?: number | string): string {
  const admin = req.payload.config.routes.admin
  const base = `${admin === '/' ? '' : admin}/collections/${slug}/${encodeURIComponent(String(id))}`
  return versionID === undefined ? base : `${base}/versions/${encodeURIComponent(String(versionID))}`
}

/** The `select` of a version's list row: its times, whether latest, its status. */
export function rowSelect(specs: readonly FieldSpec[], drafts: boolean) {
  const version: Record<string, true> = { updatedAt: true }
  if (specs.some((s) => s.name === 'status')) version.status = true
  if (drafts) version._status = true
  return { createdAt: true, updatedAt: true, latest: true, parent: true, version }
}

/**
 * Who saved each listed version, by full name (or email). Payload keeps no author per version;
 * the audit trail does. Reason for `overrideAccess: true` on the trail: only the actor and time
 * of the saves of this one record are taken, for versions the user was just allowed to read
 * (as the user, above); the trail's entries, their changes and other records stay unread.
 * The names are then read as the user.
 */
export async function saversOf(req: PayloadRequest, slug: string, docID: number | string, versions: readonly { id: number | string; updatedAt?: unknown }[]): Promise<Map<number | string, string>> {
  const dated = versions.map((v) => ({ id: v.id, at: Date.parse(String(v.updatedAt)) })).filter((v) => !Number.isNaN(v.at))
  const names = new Map<number | string, string>()
  if (dated.length === 0) return names
  const from = Math.min(...dated.map((v) => v.at)) - SAVER_WINDOW_MS
  const to = Math.max(...dated.map((v) => v.at)) + SAVER_WINDOW_MS
  const trail = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { targetCollection: { equals: slug } },
        { targetId: { equals: String(docID) } },
        { action: { in: [...SAVING_ACTIONS] } },
        { outcome: { equals: 'success' } },
        { at: { greater_than_equal: new Date(from).toISOString() } },
        { at: { less_than_equal: new Date(to).toISOString() } },
      ],
    },
    select: { at: true, actorId: true },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byVersion = matchSavers(
    dated,
    trail.docs.map((e) => ({ at: Date.parse(String(e.at)), actorId: typeof e.actorId === 'number' ? e.actorId : null })),
  )
  const actorIds = [...new Set([...byVersion.values()].filter((id): id is number => id !== null))]
  if (actorIds.length === 0) return names
  const users = await req.payload.find({
    collection: 'users',
    where: { id: { in: actorIds } },
    depth: 0,
    limit: actorIds.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const nameOf = new Map(users.docs.map((u) => [u.id, String((u as { fullName?: string }).fullName || (u as { email?: string }).email || '')]))
  for (const [versionId, actorId] of byVersion) {
    const name = actorId === null ? '' : nameOf.get(actorId)
    if (name) names.set(versionId, name)
  }
  return names
}
