'use client'
import React from 'react'

import type { DocumentAction } from './types'

/** One action's button in the document's control bar (a link opened in a new tab when it has an `href`). */
export function ActionButton({ action, busy, href, onClick }: { action: DocumentAction; busy: boolean; href?: string; onClick: () => void }) {
  const className = `doc-actions__button doc-actions__button--${action.tone ?? 'default'}`
  if (href) {
    return (
      <a className={className} data-action={action.key} title={action.title} href={href} target="_blank" rel="noopener noreferrer">
        {action.label}
      </a>
    )
  }
  return (
    <button
      type="button"
      className={className}
      data-action={action.key}
      title={action.title}
      aria-keyshortcuts={action.keys}
      aria-busy={busy}
      disabled={busy}
      onClick={onClick}
    >
      {busy && action.working ? action.working : action.label}
    </button>
  )
}
