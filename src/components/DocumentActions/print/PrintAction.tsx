'use client'
// «چاپ / PDF»: the record's PDF (GET /api/<collection>/:id/pdf, read as the user) in a new tab,
// where the browser prints or saves it. A plain link: the session cookie goes with it.
import React from 'react'
import { Button, useDocumentInfo } from '@payloadcms/ui'

import { deskActionText } from '../refer/messages'

export function PrintAction({ collection = 'letters' }: { collection?: string }) {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <Button el="anchor" url={`/api/${collection}/${id}/pdf`} newTab buttonStyle="secondary" size="medium" className="doc-action doc-action--print" extraButtonProps={{ title: deskActionText.print.title }}>
      {deskActionText.print.button}
    </Button>
  )
}
