'use client'
import React, { useEffect, useId, useRef, useState } from 'react'

import { actionMessages as m } from './messages'
import type { ReasonPrompt } from './types'

type Props = {
  prompt: ReasonPrompt
  busy: boolean
  /** Resolves to a Persian message to show in the dialog when the action was refused, else null. */
  onConfirm: (reason: string) => Promise<string | null>
  onClose: () => void
}

/**
 * A modal asking the written reason an action needs (ابطال، اصلاح). A blank reason is
 * refused here and by the server; the server's refusal is shown in the dialog.
 */
export function ReasonDialog({ prompt, busy, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const id = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const confirm = async (event: React.SyntheticEvent) => {
    // The dialog sits inside Payload's document <form> in React's tree: a submit left to
    // bubble would also run Payload's own save, without the reason.
    event.preventDefault()
    event.stopPropagation()
    if (!reason.trim()) {
      setError(m.reasonRequired)
      return
    }
    setError(await onConfirm(reason.trim()))
  }

  return (
    <dialog ref={ref} className="doc-actions__dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form onSubmit={confirm} className="doc-actions__dialog-form" noValidate>
        <h3 id={`${id}-title`}>{prompt.title}</h3>
        {prompt.intro ? <p className="doc-actions__intro">{prompt.intro}</p> : null}
        <label htmlFor={`${id}-reason`}>{prompt.label}</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={3}
          value={reason}
          autoFocus
          // Not the browser's \`required\`: its bubble speaks the browser's language; ours is Persian.
          aria-required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value)
            if (error) setError(null)
          }}
          onKeyDown={(e) => {
            // Ctrl+Enter confirms here too, as on the form.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              e.stopPropagation()
              void confirm(e)
            }
          }}
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="doc-actions__error">
            {error}
          </p>
        ) : null}
        <div className="doc-actions__dialog-buttons">
          <button type="submit" className={`doc-actions__button ${prompt.danger ? 'doc-actions__button--danger' : 'doc-actions__button--primary'}`} disabled={busy}>
            {busy ? m.working : prompt.confirm}
          </button>
          <button type="button" className="doc-actions__button" onClick={() => ref.current?.close()} disabled={busy}>
            {m.dismiss}
          </button>
        </div>
      </form>
    </dialog>
  )
}
