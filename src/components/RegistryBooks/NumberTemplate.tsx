'use client'

import type { DefaultCellComponentProps } from 'payload'
import { DefaultCell, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { jalaliYearOf } from '../../lib/jalali'
import { describeTemplate } from '../../lib/registry/describe'

/** An example number of this year, numbered 12 (src/lib/registry/describe.ts). */
const exampleOf = (code: unknown) => ({ year: jalaliYearOf(new Date()), code: typeof code === 'string' ? code : null, seq: 12 })

/** The books list's «قالب شماره»: the template in Persian words with an example number. */
export function NumberTemplateCell(props: DefaultCellComponentProps) {
  const described = typeof props.cellData === 'string' ? describeTemplate(props.cellData, exampleOf(props.rowData?.code)) : null
  return <DefaultCell {...props} cellData={described ?? props.cellData} />
}

/** Under the template box of the book form: what it gives, in Persian, as the admin types. */
export function NumberTemplateNote() {
  const template = useFormFields(([fields]) => fields.format?.value)
  const code = useFormFields(([fields]) => fields.code?.value)
  const described = typeof template === 'string' ? describeTemplate(template, exampleOf(code)) : null
  if (!described) return null
  return <p className="field-description">{described}</p>
}
