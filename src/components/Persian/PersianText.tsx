'use client'

import { toast } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { persianFileMeta, persianText, persianToast } from '../../i18n/hardcoded'

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

/** Elements whose text Payload hard-codes in English, and how each is put in Persian. */
const REWRITES: readonly { selector: string; rewrite: (text: string) => string | null }[] = [
  // @payloadcms/ui FileDetails/FileMeta: «12KB - image/png».
  { selector: '.file-meta__size-type', rewrite: persianFileMeta },
  // @payloadcms/ui IDLabel: «ID: 2» in drawers.
  { selector: '.id-label', rewrite: persianText },
]

function rewriteIn(root: ParentNode) {
  for (const { selector, rewrite } of REWRITES) {
    root.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      const persian = rewrite(el.textContent ?? '')
      if (persian === null || persian === el.textContent) return
      // Text nodes are changed in place, never removed: React still owns them and may update them.
      const texts = [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      if (texts.length !== el.childNodes.length || !texts.length) return
      texts.forEach((node, i) => (node.nodeValue = i === 0 ? persian : ''))
    })
  }
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
