'use client'

import type { DefaultCellComponentProps } from 'payload'
import { DefaultCell } from '@payloadcms/ui'
import React from 'react'

import { toPersianDigits } from '../../lib/persian/digits'

/**
 * A list cell for text and number fields: the value with Persian digits, as the registry book
 * prints it («۱۴۰۵/و/۱۲»), so a column never mixes ۱۲ and 12. Links like Payload's own cell.
 */
export function DigitsCell(props: DefaultCellComponentProps) {
  const { cellData } = props
  const shown = typeof cellData === 'string' || typeof cellData === 'number' ? toPersianDigits(String(cellData)) : cellData
  return <DefaultCell {...props} cellData={shown} />
}
