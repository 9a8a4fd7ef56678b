import type { Payload, SanitizedCollectionConfig, TypedUser, Where } from 'payload'
import { parse } from 'qs-esm'
import React from 'react'

import { labelsOfFields, nameFields, OPERATOR_LABELS } from '../../i18n/fieldLabels'
import { adminMessages } from '../../i18n/messages'
import './ListRefusal.scss'

type SearchParams = Record<string, string | string[] | undefined>

interface Props {
  collectionConfig: SanitizedCollectionConfig
  payload: Payload
  searchParams?: SearchParams
  user?: TypedUser | null
}

/** The page's own query string, as Payload's list view reads it (qs, nested brackets). */
function queryOf(searchParams: SearchParams): { where?: Where; sort?: string } {
  const pairs = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.append(key, v)
  }
  const parsed = parse(pairs.toString(), { depth: 10 }) as { where?: Where; sort?: string }
  return { where: parsed.where, sort: typeof parsed.sort === 'string' ? parsed.sort : undefined }
}

/**
 * Above every list (beforeListTable, src/i18n/persianAdmin.ts): when the filter or sort in the
 * page's address is one the server refuses, says so in Persian. The list below is then shown
 * without it (src/hooks/confineContentQueries.ts drops a refused query on the admin's list
 * page). Asks the same question as the user, through the Local API with their access.
 */
export async function ListRefusal({ collectionConfig, payload, searchParams, user }: Props) {
  if (!user || !searchParams) return null
  const { where, sort } = queryOf(searchParams)
  if (!where && !sort) return null
  let message: string | null = null
  try {
    await payload.find({ collection: collectionConfig.slug as 'users', where, sort, limit: 1, depth: 0, user, overrideAccess: false, select: { id: true } as never })
  } catch (error) {
    const e = error as { status?: number; message?: string }
    if (!e.status || e.status >= 500) throw error
    message = nameFields(e.message || adminMessages.filterRefused, { ...OPERATOR_LABELS, ...labelsOfFields(collectionConfig.fields as never) })
  }
  if (!message) return null
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  return (
    <div className="list-refusal" role="alert">
      <p className="list-refusal__message">{message}</p>
      <p className="list-refusal__hint">
        {adminMessages.listShownWithout} <a href={base}>{adminMessages.clearFilter}</a>
      </p>
    </div>
  )
}
