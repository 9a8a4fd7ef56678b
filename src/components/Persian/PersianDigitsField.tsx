'use client'

import type { TextFieldClientProps } from 'payload'
import { TextInput, useField, withCondition } from '@payloadcms/ui'
import React from 'react'

import { toPersianDigits } from '../../lib/persian/digits'

/**
 * A read-only text field shown with Persian digits (a registry number «۱۴۰۵/و/۱۲» in the
 * letter's sidebar), as the list (DigitsCell) and the registry book print it. Display only:
 * nothing is typed here, and the stored value is unchanged.
 */
function PersianDigitsFieldComponent(props: TextFieldClientProps) {
  const { field, path: pathFromProps } = props
  const path = pathFromProps ?? field.name
  const { value } = useField<string>({ path })
  return (
    <TextInput
      path={path}
      label={field.label}
      description={field.admin?.description}
      localized={field.localized}
      readOnly
      value={typeof value === 'string' ? toPersianDigits(value) : ''}
    />
  )
}

export const PersianDigitsField = withCondition(PersianDigitsFieldComponent)
