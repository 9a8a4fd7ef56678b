import type { ComponentType } from 'react'

import type { requestJson } from './request'

/** The signed-in user as the admin knows it (roles decide which actions show). */
export type ActionUser = { id: number | string; roles?: unknown } | null | undefined

/**
 * What an action sees of the document it acts on.
 * - `saved`: the document as the server last returned it to this user (not the unsaved form);
 * - `value(path)`: the form's current value of a field (unsaved edits included);
 * - `submit(overrides)`: saves the form through Payload's own save (the REST API), with
 *   `overrides` merged into the data; true when the server accepted it (Payload shows the
 *   server's Persian refusal itself).
 */
export type ActionContext = {
  slug: string
  id: number | string | undefined
  apiRoute: string
  saved: Record<string, unknown>
  user: ActionUser
  modified: boolean
  value: (path: string) => unknown
  submit: (overrides?: Record<string, unknown>) => Promise<boolean>
  request: typeof requestJson
  /** Opens an admin page (`/collections/letters/12`, under the admin route). */
  navigate: (adminPath: string) => void
}

/** An action's answer: a Persian message to show; `silent` when Payload's own save already said it. */
export type ActionOutcome = { ok: boolean; message?: string; refresh?: boolean; silent?: boolean }

/** A reason asked in a dialog before the action runs (required, never blank). */
export type ReasonPrompt = { title: string; intro?: string; label: string; confirm: string; danger?: boolean }

/**
 * One action on a document page, declared per collection (src/components/DocumentActions/registry.ts).
 * `visible` hides what the user may not do (the server still judges every request);
 * `precheck` returns a Persian message when the action cannot start yet.
 * An action is a button that `run`s, a link (`href`, opened in a new tab: a PDF), or its own
 * piece (`panel`: a button with its drawer, given the document's context).
 */
export type DocumentAction = {
  key: string
  label: string
  title?: string
  tone?: 'primary' | 'danger' | 'default'
  /** `aria-keyshortcuts` value, e.g. 'Control+Enter'. */
  keys?: string
  /** The button's words while it runs. */
  working?: string
  visible: (ctx: ActionContext) => boolean
  precheck?: (ctx: ActionContext) => string | null
  reason?: ReasonPrompt
  run?: (ctx: ActionContext, reason?: string) => Promise<ActionOutcome>
  href?: (ctx: ActionContext) => string
  panel?: ComponentType<{ ctx: ActionContext }>
}

/**
 * A collection's document page: its actions, a headline shown large (e.g. the registry number),
 * the field order Tab follows (as on the paper, across the form's tabs), and the action
 * Ctrl+Enter runs. (A new document takes fields from the address, `?kind=incoming`, through
 * its collection's fields: src/fields/fromCreateQuery.ts.)
 */
export type DocumentActionsConfig = {
  actions: DocumentAction[]
  headline?: (saved: Record<string, unknown>) => { text: string; label: string; tone?: 'cancelled' } | null
  paperOrder?: string[]
  ctrlEnter?: string
  /** After this action succeeds, the headline is also shown in a dialog (the number to copy onto the paper). */
  announceAfter?: string
}
