'use client'
import React from 'react'

import type { DocumentAction } from './types'

/** One action's button in the document's control bar. */
export function ActionButton({ action, busy, onClick }: { action: DocumentAction; busy: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className={`doc-actions__button doc-actions__button--${action.tone ?? 'default'}`}
      data-action={action.key}
      title={action.title}
      aria-keyshortcuts={action.keys}
      aria-busy={busy}
      disabled={busy}
      onClick={onClick}
    >
      {action.label}
    </button>
  )
}
