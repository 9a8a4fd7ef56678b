import { lazy } from 'react'

import { linkedDraft, type LinkKind, type SourceLetter } from '../../lib/letters/linkedDraft'
import { worksPapers } from '../../lib/referrals/recipients'
import { deskActionText as t } from './refer/messages'
import type { ActionContext, DocumentAction } from './types'

/**
 * The desk's actions on a registered record, for any record type that lists them in its entry
 * (./registry.ts): «ارجاع» (a drawer), «پاسخ» and «پیرو» (a linked draft, opened), «چاپ / PDF»
 * and «برچسب ثبت» (the record's PDF and stamp, `GET /api/<slug>/:id/pdf|stamp`, in a new tab).
 * Everything goes through the REST API as the user; the server judges each request again.
 */
const registered = (ctx: ActionContext) => Boolean(ctx.id) && ctx.saved.status === 'registered'
const worksHere = (ctx: ActionContext) => registered(ctx) && Boolean(ctx.user) && worksPapers(ctx.user!)

// Loaded with the page only where the action shows (and never in the unit tests' Node).
const ReferPanel = lazy(() => import('./refer/ReferAction').then((module) => ({ default: module.ReferPanel })))

/** «پاسخ» / «پیرو»: reads the record as the user, creates the linked draft (src/lib/letters/linkedDraft.ts) and opens it. */
function linkedDraftAction(link: LinkKind): DocumentAction {
  return {
    key: link,
    label: t[link].button,
    working: t[link].working,
    visible: worksHere,
    run: async (ctx) => {
      // The record as the API gives it to this user now (not the form's possibly edited copy).
      const source = await ctx.request<SourceLetter>('GET', `${ctx.apiRoute}/${ctx.slug}/${ctx.id}?depth=0`)
      if (!source.ok) return { ok: false, message: source.message }
      const author = ctx.user as Parameters<typeof linkedDraft>[2]
      const created = await ctx.request<{ doc: { id: number } }>('POST', `${ctx.apiRoute}/${ctx.slug}`, linkedDraft(source.data, link, author))
      if (!created.ok) return { ok: false, message: created.message }
      ctx.navigate(`/collections/${ctx.slug}/${created.data.doc.id}`)
      return { ok: true, silent: true }
    },
  }
}

export const referAction: DocumentAction = { key: 'refer', label: t.refer.button, visible: worksHere, panel: ReferPanel }
export const replyAction = linkedDraftAction('reply')
export const followAction = linkedDraftAction('follow')
export const printAction: DocumentAction = {
  key: 'print',
  label: t.print.button,
  title: t.print.title,
  visible: (ctx) => Boolean(ctx.id),
  href: (ctx) => `${ctx.apiRoute}/${ctx.slug}/${ctx.id}/pdf`,
}
export const stampAction: DocumentAction = {
  key: 'stamp',
  label: t.stamp.button,
  title: t.stamp.title,
  visible: registered,
  href: (ctx) => `${ctx.apiRoute}/${ctx.slug}/${ctx.id}/stamp`,
}

/** All of them, in the bar's order. */
export const deskActions: DocumentAction[] = [referAction, replyAction, followAction, printAction, stampAction]
