'use client'
import { useAllFormFields, useAuth, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { RegistryNumber } from '../Persian/RegistryNumber'

import { ActionButton } from './ActionButton'
import { actionMessages as m } from './messages'
import { firstInput, nextAlongPaper } from './paperOrder'
import { ReasonDialog } from './ReasonDialog'
import { documentActions } from './registry'
import { requestJson } from './request'
import type { ActionContext, ActionOutcome, DocumentAction } from './types'
import { useDocumentAction } from './useDocumentAction'
import './DocumentActions.scss'

const EMPTY: Record<string, unknown> = {}
const announceKey = (slug: string) => `dabir:announce:${slug}`
const PREFILL_WINDOW_MS = 5000

/**
 * The document page's actions (before Payload's own Save), for any collection listed in
 * ./registry.ts: the buttons the user may use, the headline shown large (the registry
 * number), and the keyboard: Ctrl+Enter runs the collection's main action, Tab follows the
 * paper's order, and a new document takes fields from the address (`?kind=incoming`).
 */
export function DocumentActions() {
  const { collectionSlug, id, data } = useDocumentInfo()
  const slug = collectionSlug ?? ''
  const config = documentActions[slug]
  const { user } = useAuth()
  const { config: payloadConfig } = useConfig()
  const [fields, dispatchFields] = useAllFormFields()
  const { submit, setModified } = useForm()
  const modified = useFormModified()
  const saved = (data as Record<string, unknown> | undefined) ?? EMPTY

  const ctx: ActionContext = useMemo(
    () => ({
      slug,
      id,
      apiRoute: `${payloadConfig.serverURL ?? ''}${payloadConfig.routes.api}`,
      saved,
      user: user as ActionContext['user'],
      modified,
      value: (path: string) => fields[path]?.value,
      submit: async (overrides) => Boolean(await submit({ overrides: overrides ?? {} })),
      request: requestJson,
    }),
    [slug, id, payloadConfig, saved, user, modified, fields, submit],
  )

  // The number is shown in a dialog right after the action that gave it (even across the
  // redirect from the create form to the new document's page).
  const [announce, setAnnounce] = useState(false)
  // Flagged before the request: Payload's save shows the new document before `submit` returns.
  const hooks = useMemo(
    () => ({
      before: (action: DocumentAction) => {
        if (action.key === config?.announceAfter) window.sessionStorage.setItem(announceKey(slug), '1')
      },
      after: (action: DocumentAction, outcome: ActionOutcome) => {
        if (action.key === config?.announceAfter && !outcome.ok) window.sessionStorage.removeItem(announceKey(slug))
      },
    }),
    [config, slug],
  )
  const { start, confirm, asking, close, busy } = useDocumentAction(ctx, hooks)
  const headline = config?.headline?.(saved) ?? null
  useEffect(() => {
    if (headline && window.sessionStorage.getItem(announceKey(slug))) {
      window.sessionStorage.removeItem(announceKey(slug))
      setAnnounce(true)
    }
  }, [headline, slug])

  const visible = config ? config.actions.filter((action) => action.visible(ctx)) : []

  // Ctrl+Enter: the main action (register), from anywhere on the page.
  const mainAction = visible.find((action) => action.key === config?.ctrlEnter)
  const startRef = useRef(start)
  startRef.current = start
  useEffect(() => {
    if (!mainAction) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if ((event.target as Element | null)?.closest?.('dialog')) return
      event.preventDefault()
      event.stopPropagation()
      void startRef.current(mainAction)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [mainAction])

  // Tab along the paper.
  const paperOrder = config?.paperOrder
  useEffect(() => {
    if (!paperOrder?.length) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return
      const target = nextAlongPaper(paperOrder, document.activeElement, event.shiftKey)
      if (!target) return
      event.preventDefault()
      event.stopPropagation()
      target.focus()
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [paperOrder])

  // A new document from a shortcut: fields from the address, then the first field of the paper.
  // Payload replaces the whole form state once more after the first render of the create view
  // (its initial state arriving), which wiped a value set once: for the first seconds, an
  // emptied prefilled field is filled again.
  const prefillUntil = useRef<number | null>(null)
  const focused = useRef(false)
  const formReady = Object.keys(fields).length > 0
  useEffect(() => {
    if (id || !formReady || !config?.prefillFromQuery?.length) return
    prefillUntil.current ??= Date.now() + PREFILL_WINDOW_MS
    if (Date.now() > prefillUntil.current) return
    const query = new URLSearchParams(window.location.search)
    let any = false
    for (const path of config.prefillFromQuery) {
      const value = query.get(path)
      if (!value || !fields[path]) continue
      any = true
      if (!fields[path].value) {
        dispatchFields({ type: 'UPDATE', path, value })
        setModified(true)
      }
    }
    if (!any || focused.current) return
    focused.current = true
    const first = config.paperOrder?.[0]
    if (!first) return
    let tries = 0
    const focusFirst = () => {
      const el = firstInput(first)
      if (el) el.focus()
      else if (tries++ < 20) window.setTimeout(focusFirst, 100)
    }
    window.setTimeout(focusFirst, 0)
  }, [id, formReady, config, fields, dispatchFields, setModified])

  if (!config) return null
  return (
    <div className="doc-actions" role="group" aria-label={m.groupLabel}>
      {headline ? (
        <span className={`doc-actions__headline${headline.tone ? ` doc-actions__headline--${headline.tone}` : ''}`} data-headline>
          <span className="doc-actions__headline-label">{headline.label}</span>
          <RegistryNumber className="doc-actions__headline-text" value={headline.text} />
          {headline.tone === 'cancelled' ? <span className="doc-actions__badge">{m.cancelledBadge}</span> : null}
        </span>
      ) : null}
      {visible.map((action) => (
        <ActionButton key={action.key} action={action} busy={busy === action.key} onClick={() => void start(action)} />
      ))}
      {/* Dialogs go to <body>: not nested in Payload's document <form> in the page. */}
      {asking?.reason ? createPortal(<ReasonDialog prompt={asking.reason} busy={busy === asking.key} onConfirm={confirm} onClose={close} />, document.body) : null}
      {announce && headline ? createPortal(<AnnounceDialog label={headline.label} text={headline.text} onClose={() => setAnnounce(false)} />, document.body) : null}
    </div>
  )
}

/** The number just given, large, to copy onto the paper. */
function AnnounceDialog({ label, text, onClose }: { label: string; text: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className="doc-actions__dialog doc-actions__announce" aria-label={m.registered} onClose={onClose}>
      {/* No <form>: a submit would bubble (in React's tree) to Payload's document form and save it. */}
      <div className="doc-actions__dialog-form">
        <h3>{m.registered}</h3>
        <p className="doc-actions__headline-label">{label}</p>
        <p className="doc-actions__big-number" data-registered-number>
          <RegistryNumber value={text} />
        </p>
        <p className="doc-actions__intro">{m.registeredHint}</p>
        <div className="doc-actions__dialog-buttons">
          <button type="button" className="doc-actions__button doc-actions__button--primary" autoFocus onClick={() => ref.current?.close()}>
            {m.close}
          </button>
        </div>
      </div>
    </dialog>
  )
}
