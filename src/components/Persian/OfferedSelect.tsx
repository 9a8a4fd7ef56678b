'use client'

import type { SelectFieldClientProps } from 'payload'
import { SelectField, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * The admin select of a field built with `offerOnly` (src/fields/offerOnly.ts): when the
 * server offers this user nothing but the value the field holds (a cancelled letter's status,
 * the director's view of a registered letter), it is shown read-only instead of as a live
 * select with a single choice. The server still judges every change.
 */
export function OfferedSelect(props: SelectFieldClientProps) {
  const { selectFilterOptions, value } = useField<string | string[]>({ potentiallyStalePath: props.path })
  const held = new Set(Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)])
  const nothingElse = Array.isArray(selectFilterOptions) && selectFilterOptions.every((o) => held.has(typeof o === 'string' ? o : String(o.value)))
  return <SelectField {...props} readOnly={Boolean(props.readOnly) || nothingElse} />
}
