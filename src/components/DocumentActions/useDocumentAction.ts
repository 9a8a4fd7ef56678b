'use client'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { ActionContext, ActionOutcome, DocumentAction } from './types'

/**
 * Runs a document's actions: a precheck, a reason dialog when the action asks one, the
 * request, a Persian toast, and a refresh of the document view (the server component reads
 * the document again and the form takes the new state) when the action changed it behind
 * the form's back.
 *
 * Returns `start(action)` (the button), `confirm(reason)` (the dialog; resolves to the
 * refusal message or null), the action whose reason is being asked, and the running key.
 */
export type ActionHooks = {
  /** Just before an action's request. */
  before?: (action: DocumentAction) => void
  /** After it, whatever the outcome. */
  after?: (action: DocumentAction, outcome: ActionOutcome) => void
}

export function useDocumentAction(ctx: ActionContext, hooks?: ActionHooks) {
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [asking, setAsking] = useState<DocumentAction | null>(null)

  const execute = useCallback(
    async (action: DocumentAction, reason?: string): Promise<ActionOutcome> => {
      setBusy(action.key)
      hooks?.before?.(action)
      let outcome: ActionOutcome = { ok: false, silent: true }
      try {
        if (!action.run) return outcome
        outcome = await action.run(ctx, reason)
        if (!outcome.silent && outcome.message) (outcome.ok ? toast.success : toast.error)(outcome.message)
        if (outcome.ok && outcome.refresh) router.refresh()
        return outcome
      } finally {
        hooks?.after?.(action, outcome)
        setBusy(null)
      }
    },
    [ctx, router, hooks],
  )

  const start = useCallback(
    async (action: DocumentAction) => {
      if (busy) return
      const blocked = action.precheck?.(ctx)
      if (blocked) {
        toast.error(blocked)
        return
      }
      if (action.reason) {
        setAsking(action)
        return
      }
      await execute(action)
    },
    [busy, ctx, execute],
  )

  const confirm = useCallback(
    async (reason: string): Promise<string | null> => {
      if (!asking) return null
      const outcome = await execute(asking, reason)
      if (outcome.ok) {
        setAsking(null)
        return null
      }
      // A silent refusal was already shown by Payload's save; keep the dialog for another try.
      return outcome.silent ? null : (outcome.message ?? null)
    },
    [asking, execute],
  )

  return { start, confirm, asking, close: () => setAsking(null), busy }
}
