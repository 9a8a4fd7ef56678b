'use client'

import { toast } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { persianPart, persianToast } from '../../i18n/hardcoded'

type ToastFn = (message: unknown, data?: unknown) => string | number
const WRAPPED = Symbol.for('dabir.persianToast')

/**
 * Payload's bulk upload says «Successfully saved 1 files» through sonner's `toast`, which
 * @payloadcms/ui bundles and re-exports: the same object, so wrapping its methods once reaches
 * those calls. Only the listed English texts change (src/i18n/hardcoded.ts).
 */
function wrapToasts() {
  const t = toast as unknown as Record<string, ToastFn> & { [WRAPPED]?: boolean }
  if (t[WRAPPED]) return
  t[WRAPPED] = true
  for (const kind of ['success', 'error', 'info', 'warning', 'message'] as const) {
    const original = t[kind]
    if (typeof original !== 'function') continue
    t[kind] = (message, data) => original(typeof message === 'string' ? (persianToast(message) ?? message) : message, data)
  }
}
if (typeof window !== 'undefined') wrapToasts()

/**
 * Elements whose text Payload hard-codes in English or prints with Latin digits. Each of their
 * text nodes is rewritten on its own and in place: React owns these nodes and updates them one
 * by one (a page number, a count), so a node is never merged, removed or emptied.
 */
const SELECTORS = [
  // @payloadcms/ui FileDetails/FileMeta: «12KB - image/png».
  '.file-meta__size-type',
  // @payloadcms/ui IDLabel: «ID: 2» in drawers.
  '.id-label',
  // …whose id is a link in a drawer opened from a form («شناسه: 1» otherwise).
  '.id-label a',
  // @payloadcms/ui Pagination, PageControls and PerPage: numbers as React text.
  '.paginator__page',
  '.page-controls__page-info',
  '.per-page__base-button span',
  // @payloadcms/ui ArrayRow: a row without a label of its own is «<singular> 01».
  '.array-field__row .row-label',
  // @payloadcms/ui StepNav: the breadcrumbs end with the record's title, its id when it has none (a referral).
  '.step-nav span',
].join(', ')

function rewriteIn(root: ParentNode) {
  root.querySelectorAll<HTMLElement>(SELECTORS).forEach((el) => {
    el.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue) return
      const persian = persianPart(node.nodeValue)
      if (persian !== null && persian !== node.nodeValue) node.nodeValue = persian
    })
  })
}

/**
 * Admin provider (payload.config.ts `admin.components.providers`): Persian for the strings
 * Payload hard-codes in English and no translation key reaches.
 */
export function PersianText({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    wrapToasts()
    rewriteIn(document)
    let scheduled = false
    const observer = new MutationObserver(() => {
      if (scheduled) return
      scheduled = true
      requestAnimationFrame(() => {
        scheduled = false
        rewriteIn(document)
      })
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
