'use client'
// «برچسب ثبت»: the registration stamp of a registered record (GET /api/<collection>/:id/stamp,
// an 80 × 40 mm PDF) in a new tab, for the label printer.
import React from 'react'
import { Button, useDocumentInfo } from '@payloadcms/ui'

import { deskActionText } from '../refer/messages'

export function StampAction({ collection = 'letters' }: { collection?: string }) {
  const { id, data } = useDocumentInfo()
  if (!id || data?.status !== 'registered') return null
  return (
    <Button el="anchor" url={`/api/${collection}/${id}/stamp`} newTab buttonStyle="secondary" size="medium" className="doc-action doc-action--stamp" extraButtonProps={{ title: deskActionText.stamp.title }}>
      {deskActionText.stamp.button}
    </Button>
  )
}
