'use client'

import type { DefaultCellComponentProps } from 'payload'
import { DefaultCell, useAuth, useFormFields } from '@payloadcms/ui'
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
 * Under the template box of the book form: what it gives, in Persian, as the admin types; and
 * for the admin, who alone may change it, the tokens to type.
 */
export function NumberTemplateNote() {
  const { user } = useAuth()
  const template = useFormFields(([fields]) => fields.format?.value)
  const code = useFormFields(([fields]) => fields.code?.value)
  const described = typeof template === 'string' ? describeTemplate(template, exampleOf(code)) : null
  return (
    <>
      {described && <p className="field-description">{described}</p>}
      {hasRole(user as never, 'admin') && <p className="field-description">{TEMPLATE_PART_WORDS.tokens}</p>}
    </>
  )
}
