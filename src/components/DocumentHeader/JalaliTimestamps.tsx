'use client'
// The document header's «آخرین تغییر» and «ایجاد شد», Jalali in Tehran time with Persian
// digits. Payload's own pair (Gregorian, in the browser's zone) is hidden by this component's
// stylesheet; this one follows the document's data, so it changes after each save.
import React from 'react'
import { useDocumentInfo } from '@payloadcms/ui'

import { formatJalaliDateTime } from '../../lib/jalali'
import { HEADER_TEXT } from './text'
import './JalaliTimestamps.scss'

function stamp(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  try {
    return formatJalaliDateTime(value, { digits: 'persian' })
  } catch {
    return null
  }
}

export function JalaliTimestamps() {
  const { id, data, isTrashed } = useDocumentInfo()
  if (id === undefined || id === null) return null
  const updated = stamp(data?.updatedAt)
  const created = stamp(data?.createdAt)
  if (!updated && !created) return null
  return (
    <ul className="dabir-doc-dates" aria-label={HEADER_TEXT.label}>
      {updated && (
        <li className="dabir-doc-dates__item" data-dabir-date="updatedAt">
          <span className="dabir-doc-dates__label">{isTrashed ? HEADER_TEXT.deleted : HEADER_TEXT.updated}:</span>{' '}
          <span dir="ltr" className="dabir-doc-dates__value">
            {updated}
          </span>
        </li>
      )}
      {created && (
        <li className="dabir-doc-dates__item" data-dabir-date="createdAt">
          <span className="dabir-doc-dates__label">{HEADER_TEXT.created}:</span>{' '}
          <span dir="ltr" className="dabir-doc-dates__value">
            {created}
          </span>
        </li>
      )}
    </ul>
  )
}
