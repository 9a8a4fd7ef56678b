/** The Persian, right-to-left frame every Dabir mail shares, and HTML escaping for its parts. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const SIGNATURE = 'دبیر — سامانهٔ دبیرخانه'

/** `inner` is HTML already escaped by the caller. */
export const mailPage = (inner: string) =>
  `<!doctype html><html lang="fa" dir="rtl"><body style="direction:rtl;text-align:right;font-family:Vazirmatn,Tahoma,sans-serif">` +
  `${inner}<p style="color:#666">${SIGNATURE}</p></body></html>`
