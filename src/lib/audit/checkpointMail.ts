import type { Mail } from '../notify/referralMail'
import { escapeHtml } from '../notify/html'

/** Persian words of the checkpoint block in the director's morning mail. */
export const checkpointMailMessages = {
  heading: 'نقطهٔ وارسی دفتر رویدادها',
  hint: 'این سطر را نگه دارید؛ با «npm run audit:verify -- --checkpoint "<سطر>"» می‌توان نشان داد که دفتر رویدادها از این لحظه کوتاه یا بازنویسی نشده است.',
}

/**
 * The mail with the audit trail's signed checkpoint line (src/lib/audit/chain.ts) at its end:
 * in the text part as is, in the HTML part left-to-right and preformatted (tabs kept).
 */
export function withCheckpoint(mail: Mail, line: string): Mail {
  const { heading, hint } = checkpointMailMessages
  const block = `<hr><p>${escapeHtml(heading)}</p><p style="color:#666">${escapeHtml(hint)}</p><pre dir="ltr" style="text-align:left">${escapeHtml(line)}</pre>`
  return {
    ...mail,
    text: `${mail.text}\n\n${heading}:\n${hint}\n${line}\n`,
    html: mail.html.includes('</body>') ? mail.html.replace('</body>', `${block}</body>`) : mail.html + block,
  }
}
