'use client'
import { toast, useConfig, useField } from '@payloadcms/ui'
import type { RelationshipFieldClient } from 'payload'
import React, { useRef, useState } from 'react'

import { actionMessages as m } from './messages'
import { requestJson } from './request'
import './DocumentActions.scss'

type Props = { path: string; readOnly?: boolean; field?: Pick<RelationshipFieldClient, 'relationTo'> }

/**
 * Before a relationship to an upload collection (a letter's attachments): a button that opens
 * the file chooser (Enter or Space on it, or a click), uploads the chosen files through the
 * collection's REST API and adds them to the field. The first stop of the field when Tab goes
 * along the paper (`data-paper-stop`), so the scan is attached from the keyboard.
 */
export function AttachFile({ path, readOnly, field }: Props) {
  const { config, getEntityConfig } = useConfig()
  const slug = typeof field?.relationTo === 'string' ? field.relationTo : undefined
  const upload = slug ? getEntityConfig({ collectionSlug: slug })?.upload : undefined
  const { value, setValue, disabled } = useField<unknown[] | null>({ potentiallyStalePath: path })
  const valueRef = useRef(value)
  valueRef.current = value
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState('')
  if (!slug || !upload || readOnly || disabled) return null
  const accept = typeof upload === 'object' && Array.isArray(upload.mimeTypes) ? upload.mimeTypes.join(',') : undefined

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return
    setBusy(true)
    try {
      for (const file of Array.from(files)) {
        const form = new FormData()
        form.append('file', file, file.name)
        const res = await requestJson<{ doc: { id: number | string; title?: string } }>('POST', `${config.serverURL ?? ''}${config.routes.api}/${slug}?depth=0`, form)
        if (!res.ok) {
          toast.error(res.message)
          continue
        }
        const current = Array.isArray(valueRef.current) ? valueRef.current : []
        const next = [...current, res.data.doc.id]
        valueRef.current = next
        setValue(next)
        setSaid(m.attached(res.data.doc.title ?? file.name))
      }
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="doc-actions__attach">
      <button
        type="button"
        className="doc-actions__button"
        data-paper-stop
        data-attach-file
        title={m.attachFileTitle}
        aria-busy={busy}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? m.attaching : m.attachFile}
      </button>
      <input ref={input} type="file" hidden multiple accept={accept} tabIndex={-1} onChange={(e) => void onFiles(e.target.files)} />
      <span className="doc-actions__attach-said" role="status" aria-live="polite">
        {said}
      </span>
    </div>
  )
}
