'use client'
// A rich-text value (Lexical state, as a letter's body or a referral's response) shown read-only,
// through Payload's own converters. Older plain text is shown as it is.
import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

export function RichTextView({ value, className }: { value: unknown; className?: string }) {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') return <div className={className}>{value}</div>
  if (typeof value !== 'object' || !('root' in value)) return null
  return <RichText data={value as never} className={['dabir-rich-text', className].filter(Boolean).join(' ')} disableIndent disableTextAlign />
}
