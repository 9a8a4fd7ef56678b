'use client'

import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import { DefaultCell, TextField, TextInput, useField } from '@payloadcms/ui'
import React from 'react'

import { HOLIDAY_SOURCE_LABELS } from '../../lib/holidays/messages'
import { holidaySourceLabel } from '../../lib/holidays/source'
import { toPersianDigits } from '../../lib/persian/digits'

/** The holidays list's «منبع» column: the source in Persian (src/lib/holidays/source.ts). */
export function HolidaySourceCell(props: DefaultCellComponentProps) {
  const label = holidaySourceLabel(props.cellData, 'short')
  return <DefaultCell {...props} cellData={label === null ? props.cellData : toPersianDigits(label)} />
}

/**
 * The holiday form's «منبع»: a source the seed wrote from the reference files is shown in
 * Persian, its stored text (English provenance, kept as the record) folded beneath, where it can
 * still be read and changed; a source the office typed is an ordinary text box.
 */
export function HolidaySourceField(props: TextFieldClientProps) {
  const path = props.path ?? props.field.name
  const { value } = useField<string>({ path })
  const label = holidaySourceLabel(value, 'full')
  if (label === null || label === value) return <TextField {...props} />
  return (
    <div className="holiday-source">
      <TextInput path={`${path}-label`} label={props.field.label} readOnly value={label} />
      <details>
        <summary>{HOLIDAY_SOURCE_LABELS.stored}</summary>
        <TextField {...props} field={{ ...props.field, label: '' }} />
      </details>
    </div>
  )
}
