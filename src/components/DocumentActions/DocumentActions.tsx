'use client'
import { useAllFormFields, useAuth, useConfig, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { RegistryNumber } from '../Persian/RegistryNumber'

import { ActionButton } from './ActionButton'
import { actionMessages as m } from './messages'
import { fieldsFromQuery, nextAlongPaper, revealAndFocus, tabLabelOf } from './paperOrder'
import { ReasonDialog } from './ReasonDialog'
import { documentActions } from './registry'
import { requestJson } from './request'
import type { ActionContext, ActionOutcome, DocumentAction } from './types'
import { useDocumentAction } from './useDocumentAction'
import './DocumentActions.scss'

const EMPTY: Record<string, unknown> = {}
const announceKey = (slug: string) => `dabir:announce:${slug}`
// The flag outlives the page's re-renders until the dialog is closed (the create form is
// replaced by the new document's page, which Payload may mount more than once); a flag left
// by a page closed meanwhile is forgotten after this long.
const ANNOUNCE_WITHIN_MS = 120_000
function announcePending(slug: string): boolean {
  const at = Number(window.sessionStorage.getItem(announceKey(slug)))
  if (at && Date.now() - at < ANNOUNCE_WITHIN_MS) return true
  window.sessionStorage.removeItem(announceKey(slug))
  return false
}

/**
 * The document page's actions (before Payload's own Save), for any collection listed in
 * ./registry.ts: the buttons the user may use, the headline shown large (the registry
 * number), and the keyboard: Ctrl+Enter runs the collection's main action, Tab follows the
 * paper's order (across the form's tabs), and a new document opened from a shortcut starts on
 * the paper's first field.
 */
export function DocumentActions() {
  const { collectionSlug, id, data } = useDocumentInfo()
  const slug = collectionSlug ?? ''
  const config = documentActions[slug]
  const { user } = useAuth()
  const { config: payloadConfig, getEntityConfig } = useConfig()
  const [fields] = useAllFormFields()
  const { submit } = useForm()
  const modified = useFormModified()
  const router = useRouter()
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
      navigate: (adminPath: string) => router.push(`${payloadConfig.routes.admin}${adminPath}`),
    }),
    [slug, id, payloadConfig, saved, user, modified, fields, submit, router],
  )

  // The number is shown in a dialog right after the action that gave it (even across the
  // redirect from the create form to the new document's page).
  const [announce, setAnnounce] = useState(false)
  // Flagged before the request: Payload's save shows the new document before `submit` returns.
  const hooks = useMemo(
    () => ({
      before: (action: DocumentAction) => {
        if (action.key === config?.announceAfter) window.sessionStorage.setItem(announceKey(slug), String(Date.now()))
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
    if (headline && announcePending(slug)) {
      setAnnounce(true)
    }
  }, [headline, slug])

  const closeAnnounce = () => {
    window.sessionStorage.removeItem(announceKey(slug))
    setAnnounce(false)
  }

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

  // Tab along the paper, into the form tab holding the next field when it is not shown.
  const paperOrder = config?.paperOrder
  const entityFields = slug ? getEntityConfig({ collectionSlug: slug })?.fields : undefined
  useEffect(() => {
    if (!paperOrder?.length) return
    const revealable = (name: string) => Boolean(entityFields && tabLabelOf(entityFields, name))
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return
      const step = nextAlongPaper(paperOrder, document.activeElement, event.shiftKey, document, revealable)
      if (!step) return
      event.preventDefault()
      event.stopPropagation()
      if ('element' in step) step.element.focus()
      else if (entityFields) revealAndFocus(entityFields, step.reveal, event.shiftKey)
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [paperOrder, entityFields])

  // A new document opened from a shortcut (its address sets a field the server prefills, see
  // src/fields/fromCreateQuery.ts): the cursor on the paper's first field.
  const focused = useRef(false)
  const formReady = Object.keys(fields).length > 0
  useEffect(() => {
    if (id || !formReady || focused.current || !entityFields) return
    const first = config?.paperOrder?.[0]
    if (!first) return
    const query = new URLSearchParams(window.location.search)
    if (!fieldsFromQuery(entityFields).some((name) => query.has(name))) return
    focused.current = true
    revealAndFocus(entityFields, first, false)
  }, [id, formReady, config, entityFields])

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
      {visible.map((action) => {
        const Panel = action.panel
        if (Panel) {
          return (
            <Suspense key={action.key} fallback={null}>
              <Panel ctx={ctx} />
            </Suspense>
          )
        }
        return <ActionButton key={action.key} action={action} busy={busy === action.key} href={action.href?.(ctx)} onClick={() => void start(action)} />
      })}
      {/* Dialogs go to <body>: not nested in Payload's document <form> in the page. */}
      {asking?.reason ? createPortal(<ReasonDialog prompt={asking.reason} busy={busy === asking.key} onConfirm={confirm} onClose={close} />, document.body) : null}
      {announce && headline ? createPortal(<AnnounceDialog label={headline.label} text={headline.text} onClose={closeAnnounce} />, document.body) : null}
    </div>
  )
}

/** The number just given, large, to copy onto the paper. */
function AnnounceDialog({ label, text, onClose }: { label: string; text: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // Escape closes it wherever the focus is (the page's own key handlers may keep the
    // browser's cancel from reaching an opened-by-script dialog).
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && dialog?.open) dialog.close()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
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
