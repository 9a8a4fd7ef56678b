// List-view cell for date fields: the Tehran Jalali date (and time, for `dayAndTime` fields)
// with Persian digits. A server component: Payload renders custom cells on the server with
// `DefaultServerCellComponentProps` (`cellData` is the raw stored value, an ISO string), and
// this file has no hooks, so it also works if rendered on the client with the client props.
import React from 'react'
import Link from 'next/link'
import type { DefaultCellComponentProps, DefaultServerCellComponentProps } from 'payload'
import { formatJalaliDate, formatJalaliDateTime, showsTimeOfDay } from '../../lib/jalali'

type Props = {
  cellData?: unknown
  field?: DefaultServerCellComponentProps['field'] | DefaultCellComponentProps['field']
  // The list's first column links to the record, as Payload's own cell does.
  link?: boolean
  linkURL?: string
  collectionSlug?: string
  rowData?: { id?: number | string }
  payload?: DefaultServerCellComponentProps['payload']
}

const EMPTY = '—'

function cellText(cellData: unknown, withTime: boolean): string {
  if (cellData === null || cellData === undefined || cellData === '') return EMPTY
  const at =
    cellData instanceof Date || typeof cellData === 'string'
      ? cellData
      : typeof cellData === 'number'
        ? new Date(cellData)
        : null
  if (at === null) return EMPTY
  try {
    return withTime
      ? formatJalaliDateTime(at, { digits: 'persian' })
      : formatJalaliDate(at, { digits: 'persian' })
  } catch {
    // Not a timestamp (bad data): show it as is rather than break the whole list.
    return String(cellData)
  }
}

export function JalaliDateCell({ cellData, field, link, linkURL, collectionSlug, rowData, payload }: Props) {
  const withTime = field?.type === 'date' && showsTimeOfDay(field.admin?.date)
  const text = (
    <span dir="ltr" className="dabir-ltr">
      {cellText(cellData, withTime)}
    </span>
  )
  if (!link || rowData?.id === undefined || !collectionSlug) return text
  const adminRoute = payload?.config.routes.admin ?? '/admin'
  const href = linkURL ?? `${adminRoute === '/' ? '' : adminRoute}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`
  return <Link href={href}>{text}</Link>
}
