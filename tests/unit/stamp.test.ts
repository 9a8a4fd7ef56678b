import jsQR from 'jsqr'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'

import { QR_QUIET, qrMatrix, qrRects, stampModel, STAMP_PAGE } from '../../src/lib/pdf/stamp'
import { recipientRefusal, referralCandidates, worksPapers } from '../../src/lib/referrals/recipients'

/** The matrix as an RGBA image, `scale` pixels a module, with its quiet zone: what a scanner sees. */
function image(size: number, dark: (row: number, col: number) => boolean, scale = 4) {
  const side = (size + 2 * QR_QUIET) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - QR_QUIET
      const col = Math.floor(x / scale) - QR_QUIET
      if (row >= 0 && col >= 0 && row < size && col < size && dark(row, col)) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
    }
  }
  return { data, side }
}

describe('the registration stamp model', () => {
  // 1405/09/09 10:35 in Tehran (UTC+03:30).
  const at = '2026-11-30T07:05:00Z'
  const model = stampModel({ registryNumber: ' 1405/و/128 ', registeredAt: at, book: 'دفتر وارده', organisation: 'استانداری نمونه' })

  it('prints the number in Persian digits as the book does, the Jalali date and time in Tehran, and the book', () => {
    expect(model.number).toBe('۱۴۰۵/و/۱۲۸')
    expect(model.date).toBe('۱۴۰۵/۰۹/۰۹')
    expect(model.time).toBe('۱۰:۳۵')
    expect(model.book).toBe('دفتر وارده')
    expect(model.organisation).toBe('استانداری نمونه')
  })

  it('a registration just after Tehran midnight on Nowruz is dated in the new year', () => {
    // 1405/01/01 00:30 Tehran is still 1404/12/29 in UTC (2026-03-20T21:00Z).
    const nowruz = stampModel({ registryNumber: '1405/و/1', registeredAt: '2026-03-20T21:00:00Z', book: 'ب' })
    expect(nowruz.date).toBe('۱۴۰۵/۰۱/۰۱')
    expect(nowruz.time).toBe('۰۰:۳۰')
  })

  it('its QR code is the library’s code of the number as stored, and a decoder reads the number back', () => {
    expect(model.qrText).toBe('1405/و/128')
    const reference = QRCode.create('1405/و/128', { errorCorrectionLevel: 'M' }).modules
    expect(model.qr.size).toBe(reference.size)
    expect(model.qr.dark).toEqual(Array.from(reference.data, (b) => b === 1))
    const { data, side } = image(model.qr.size, (r, c) => model.qr.dark[r * model.qr.size + c])
    expect(jsQR(data, side, side)?.data).toBe('1405/و/128')
  })

  it('the rectangles drawn cover exactly the dark modules, inside the quiet zone', () => {
    const module = 3
    const cells = new Set<string>()
    for (const r of qrRects(model.qr, 10, 200, module)) {
      expect(r.height).toBe(module)
      const row = Math.round((200 - r.y) / module) - QR_QUIET - 1
      for (let c = Math.round((r.x - 10) / module) - QR_QUIET; c < Math.round((r.x - 10 + r.width) / module) - QR_QUIET; c++) cells.add(`${row},${c}`)
    }
    const expected = new Set(model.qr.dark.flatMap((d, i) => (d ? [`${Math.floor(i / model.qr.size)},${i % model.qr.size}`] : [])))
    expect(cells).toEqual(expected)
  })

  it('the label is 80 × 40 mm', () => {
    expect(STAMP_PAGE.map((pt) => Math.round((pt * 25.4) / 72))).toEqual([80, 40])
  })

  it('a longer number gets a larger code, still the library’s', () => {
    const long = qrMatrix('1405/دبیرخانهٔ مرکزی/000000128')
    expect(long.size).toBeGreaterThan(model.qr.size)
    expect(Object.isFrozen(long.dark)).toBe(true)
  })
})

describe('who may receive a referral', () => {
  const users = [
    { id: 1, roles: ['admin'], fullName: 'مدیر سامانه' },
    { id: 2, roles: ['auditor'], fullName: 'حسابرس' },
    { id: 3, roles: ['secretariat'], fullName: 'رییس دفتر' },
    { id: 4, roles: ['deputy'], fullName: 'معاون' },
    { id: 5, roles: ['expert'], active: false, fullName: 'کارشناس غیرفعال' },
    { id: 6, roles: ['deputy', 'auditor'], fullName: 'معاونی که حسابرسی هم می‌کند' },
  ]

  it('the drawer offers active people who work papers, never the admin, the auditor or oneself', () => {
    expect(referralCandidates(users, 3).map((u) => u.id)).toEqual([4, 6])
    expect(worksPapers({ roles: ['admin', 'auditor'] })).toBe(false)
  })

  it('the server refuses the admin and the auditor always, oneself when sending', () => {
    expect(recipientRefusal([users[3], users[0]], 3, { sending: true })).toEqual({ kind: 'offDesk', users: [users[0]] })
    expect(recipientRefusal([users[1]], 3, { sending: false })?.kind).toBe('offDesk')
    expect(recipientRefusal([users[2]], 3, { sending: true })).toEqual({ kind: 'self' })
    // The triage draft the system proposes to the office chief at registration is their own.
    expect(recipientRefusal([users[2]], 3, { sending: false })).toBeNull()
    expect(recipientRefusal([users[3], users[5]], 3, { sending: true })).toBeNull()
  })
})
