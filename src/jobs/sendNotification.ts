import type { TaskConfig } from 'payload'

import { mailStillReadable } from '../server/notify'

/**
 * Sends one notification. At most once: the record is marked `sending` and committed before
 * the mail goes out, so a crash between sending and marking `sent` leaves it `sending`, and a
 * retry then does not send again. A refused or failed send (SMTP down) is marked `failed` and
 * thrown, and the queue retries it. A system action: the queue, not a person, reads and marks
 * the record, with access control skipped on purpose (no interface may write notifications).
 */
export const sendNotificationTask: TaskConfig<{ input: { notificationId: number }; output: { status: string } }> = {
  slug: 'sendNotification',
  retries: 4,
  inputSchema: [{ name: 'notificationId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = input.notificationId
    const note = await payload.findByID({ collection: 'notifications', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!note || note.status === 'sent' || note.status === 'sending' || note.status === 'withheld') return { output: { status: note?.status ?? 'missing' } }
    // A queued mail is a copy of its paper: it goes only if the recipient may still read the paper now.
    if (!(await mailStillReadable(payload, note))) {
      await payload.update({ collection: 'notifications', id, data: { status: 'withheld' }, overrideAccess: true })
      return { output: { status: 'withheld' } }
    }
    // Without `req`: its own transaction, committed before anything leaves.
    await payload.update({ collection: 'notifications', id, data: { status: 'sending', attempts: (note.attempts ?? 0) + 1 }, overrideAccess: true })
    try {
      await payload.sendEmail({
        to: note.toEmail,
        subject: note.subject,
        text: note.text ?? undefined,
        html: note.html ?? undefined,
        // A meeting's invitation carries its .ics as stored when queued (nodemailer adds it as the
        // text/calendar alternative and as an attachment, with the method in the Content-Type).
        ...(note.calendar ? { icalEvent: { method: note.calendarMethod ?? 'REQUEST', filename: 'invitation.ics', content: note.calendar } } : {}),
        headers: { 'Message-ID': `<${note.dedupeKey.replace(/[^\w.-]/g, '.')}@dabir>` },
      })
    } catch (error) {
      await payload.update({ collection: 'notifications', id, data: { status: 'failed', lastError: String((error as Error)?.message ?? error).slice(0, 300) }, overrideAccess: true })
      throw error
    }
    await payload.update({ collection: 'notifications', id, data: { status: 'sent', sentAt: new Date().toISOString() }, overrideAccess: true })
    return { output: { status: 'sent' } }
  },
}
