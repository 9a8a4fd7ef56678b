'use client'

import { SaveButton, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

import { editableBy } from './editable'
import './ReadOnlyView.scss'

/** Whether this user may change something of the record open in the form (./editable.ts). */
function useEditable(collection: string): boolean {
  const { user } = useAuth()
  const { id, data, hasSavePermission } = useDocumentInfo()
  if (id === undefined || id === null) return true
  if (hasSavePermission === false) return false
  const judge = editableBy[collection]
  return !judge || judge(user as never, data as Record<string, unknown>)
}

/**
 * The Save button of a record's form (admin.components.edit.SaveButton), shown only to a user
 * who may change something of the stored record in its state. Payload already hides Save when
 * document access denies the update; this covers a record whose fields the user may no longer
 * change (e.g. a registered letter, for a deputy), where access allows the save and the hooks
 * refuse every change.
 */
export function SaveWhenEditable({ collection }: { collection: string }) {
  return useEditable(collection) ? <SaveButton /> : null
}

/**
 * Beside the document controls (always rendered, unlike Save): for whoever may change nothing,
 * the form becomes a read-only view, its inputs drawn as plain values (ReadOnlyView.scss).
 */
export function ReadOnlyMarker({ collection }: { collection: string }) {
  const editable = useEditable(collection)
  useEffect(() => {
    if (editable) return
    const root = document.documentElement
    root.classList.add('readonly-view')
    return () => root.classList.remove('readonly-view')
  }, [editable])
  return null
}
