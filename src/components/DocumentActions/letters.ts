import { mayCancel, mayCorrect, mayRegister } from '../../access/policies'
import { toPersianDigits } from '../../lib/persian/digits'
import { deskActions } from './desk'
import { actionMessages as m } from './messages'
import type { DocumentActionsConfig } from './types'

/**
 * The letter page's actions. Each one goes through the letters' REST API, whose hooks judge
 * it again (src/collections/Letters/hooks/guardStatus.ts, freezeRegistered.ts): what shows
 * here only saves a click that would be refused.
 */
export const letterActions: DocumentActionsConfig = {
  actions: [
    {
      key: 'register',
      label: m.register,
      title: m.registerTitle,
      tone: 'primary',
      keys: 'Control+Enter',
      // A new letter too: the form is saved and registered in one request.
      visible: (ctx) => (ctx.saved.status ?? 'draft') === 'draft' && mayRegister(ctx.user, ctx.value('kind') ?? ctx.saved.kind),
      run: async (ctx) => ({ ok: await ctx.submit({ status: 'registered' }), silent: true }),
    },
    {
      key: 'correct',
      label: m.correct,
      visible: (ctx) => ctx.saved.status === 'registered' && mayCorrect(ctx.user),
      // No check of the form's "modified" flag: Payload clears it after a refused save too, so
      // it would hide the edits the clerk just made; a save with nothing changed records nothing.
      reason: { title: m.correctTitle, intro: m.correctIntro, label: m.correctReason, confirm: m.correctConfirm },
      run: async (ctx, reason) => ({ ok: await ctx.submit({ correctionReason: reason }), silent: true }),
    },
    {
      key: 'cancel',
      label: m.cancel,
      tone: 'danger',
      visible: (ctx) => ctx.saved.status === 'registered' && mayCancel(ctx.user),
      reason: { title: m.cancelTitle, label: m.cancelReason, confirm: m.cancelConfirm, danger: true },
      run: async (ctx, reason) => {
        const res = await ctx.request('PATCH', `${ctx.apiRoute}/${ctx.slug}/${ctx.id}?depth=0`, { status: 'cancelled', cancelReason: reason })
        return res.ok ? { ok: true, message: m.cancelled, refresh: true } : { ok: false, message: res.message }
      },
    },
    // «ارجاع»، «پاسخ»، «پیرو»، «چاپ / PDF»، «برچسب ثبت» (./desk.ts).
    ...deskActions,
  ],
  // The number as the book prints it, in Persian digits.
  headline: (saved) =>
    typeof saved.registryNumber === 'string' && saved.registryNumber
      ? { text: toPersianDigits(saved.registryNumber), label: m.registeredNumber, tone: saved.status === 'cancelled' ? 'cancelled' : undefined }
      : null,
  // The paper's order; the scan (attachments) before the body, which an incoming letter's scan usually is.
  paperOrder: ['sender', 'senderNumber', 'senderDate', 'subject', 'attachments', 'body'],
  ctrlEnter: 'register',
  announceAfter: 'register',
}
