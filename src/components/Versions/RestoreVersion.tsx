'use client'
// «بازیابی این نسخه»: asks in Persian before restoring, then POSTs the restore as the signed-in
// user (POST /api/<slug>/versions/<id>); the server's refusal is shown as it wrote it. Shown
// only to those who may save the record.
import React, { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button, useDocumentInfo } from '@payloadcms/ui'

import { requestJson } from '../DocumentActions/request'
import { VERSIONS_TEXT } from './text'

type Props = { collectionSlug: string; docID: string; versionID: string; when: string; docURL: string }

export function RestoreVersion({ collectionSlug, versionID, when, docURL }: Props) {
  const { hasSavePermission } = useDocumentInfo()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!hasSavePermission) return null

  const restore = async () => {
    setBusy(true)
    setError(null)
    const res = await requestJson('POST', `/api/${collectionSlug}/versions/${encodeURIComponent(versionID)}`)
    setBusy(false)
    if (!res.ok) {
      setError(res.message)
      return
    }
    setOpen(false)
    router.push(docURL)
    router.refresh()
  }

  return (
    <div className="dabir-restore">
      <Button buttonStyle="secondary" size="medium" onClick={() => setOpen(true)} className="dabir-restore__open">
        {VERSIONS_TEXT.restore}
      </Button>
      {open && (
        <div className="dabir-restore__backdrop">
          <div className="dabir-restore__dialog" role="dialog" aria-modal="true" aria-labelledby="dabir-restore-title" dir="rtl">
            <h3 id="dabir-restore-title">{VERSIONS_TEXT.restoreTitle}</h3>
            <p>{VERSIONS_TEXT.restoreQuestion(when)}</p>
            {error && (
              <p role="alert" className="dabir-restore__error">
                {error}
              </p>
            )}
            <div className="dabir-restore__buttons">
              <Button buttonStyle="primary" size="medium" disabled={busy} onClick={restore}>
                {busy ? VERSIONS_TEXT.restoring : VERSIONS_TEXT.restoreConfirm}
              </Button>
              <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setOpen(false)}>
                {VERSIONS_TEXT.restoreCancel}
              </Button>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}
