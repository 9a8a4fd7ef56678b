'use client'

import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import { DefaultCell, TextField, TextInput, useAuth, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { jalaliYearOf } from '../../lib/jalali'
import { describeTemplate, TEMPLATE_PART_WORDS } from '../../lib/registry/describe'
import { hasRole } from '../../lib/security/roles'

/** An example number of this year, numbered 12 (src/lib/registry/describe.ts). */
const exampleOf = (code: unknown) => ({ year: jalaliYearOf(new Date()), code: typeof code === 'string' ? code : null, seq: 12 })

/** The books list's «قالب شماره»: the template in Persian words with an example number. */
export function NumberTemplateCell(props: DefaultCellComponentProps) {
  const described = typeof props.cellData === 'string' ? describeTemplate(props.cellData, exampleOf(props.rowData?.code)) : null
  return <DefaultCell {...props} cellData={described ?? props.cellData} />
}

/**
 * The book form's «قالب شماره». The admin, who alone may change it, types the template (its
 * tokens listed beneath) and reads what it gives as they type; everyone else reads only that,
 * in Persian with an example number. The stored template is unchanged either way.
 */
export function NumberTemplateField(props: TextFieldClientProps) {
  const { user } = useAuth()
  const path = props.path ?? props.field.name
  const template = useFormFields(([fields]) => fields[path]?.value)
  const code = useFormFields(([fields]) => fields.code?.value)
  const described = typeof template === 'string' ? describeTemplate(template, exampleOf(code)) : null
  if (!hasRole(user as never, 'admin')) {
    return <TextInput path={`${path}-described`} label={props.field.label} readOnly value={described ?? ''} />
  }
  return (
    <div className="number-template">
      <TextField {...props} />
      {described && <p className="field-description">{described}</p>}
      <p className="field-description">{TEMPLATE_PART_WORDS.tokens}</p>
    </div>
  )
}
