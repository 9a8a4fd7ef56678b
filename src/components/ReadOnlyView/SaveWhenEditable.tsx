'use client'

import { SaveButton, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

import { editableBy } from './editable'
import './ReadOnlyView.scss'

/**
 * The Save button of a record's form (admin.components.edit.SaveButton), shown only to a user
 * who may change something of the stored record in its state (./editable.ts). For anyone else
 * the form becomes a read-only view: no Save, and the inputs drawn as plain values
 * (ReadOnlyView.scss). Payload already hides Save when document access denies the update; this
 * covers a record whose fields the user may no longer change (e.g. a registered letter, for a
 * deputy), where access allows the save and the hooks refuse every change.
 */
export function SaveWhenEditable({ collection }: { collection: string }) {
  const { user } = useAuth()
  const { id, data } = useDocumentInfo()
  const judge = editableBy[collection]
  const editable = id === undefined || id === null || !judge || judge(user as never, data as Record<string, unknown>)

  useEffect(() => {
    if (editable) return
    const root = document.documentElement
    root.classList.add('readonly-view')
    return () => root.classList.remove('readonly-view')
  }, [editable])

  return editable ? <SaveButton /> : null
}
