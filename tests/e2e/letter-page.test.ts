// The secretariat's trial of the letter page (issue 13), on the production build with every
// host but the app's refused: the registry number reads as the book prints it on every screen,
// the action bar keeps whole buttons and the number on one line, the form shows no box nobody
// may fill, version restore is not offered on a registered letter, and the smaller texts
// (a registration with no kind, the attachment page, not-found, the list's search).
import fs from 'fs'
import path from 'path'

import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, api, demoToken, type AdminSession } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { tinyPdf } from '../helpers/files'
import { repoRoot } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'
import { toPersianDigits } from '../../src/lib/persian/digits'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

type Session = AdminSession
type Letter = { id: number; registryNumber?: string; subject: string }

/**
 * Where the year and the sequence of the registry number inside `el` are drawn: the text node
 * holding the number is measured with ranges. The book prints «۱۴۰۵/و/۱» right to left: the
 * year is to the right of the sequence. `lines` counts the lines the whole number takes.
 */
async function numberLayout(el: Locator, number: string) {
  return el.evaluate((root, shown) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node: Text | null = null
    while (walker.nextNode()) {
      if ((walker.currentNode as Text).data.includes(shown)) {
        node = walker.currentNode as Text
        break
      }
    }
    if (!node) return null
    const start = node.data.indexOf(shown)
    const range = (from: number, to: number) => {
      const r = document.createRange()
      r.setStart(node!, start + from)
      r.setEnd(node!, start + to)
      return r
    }
    const yearEnd = shown.indexOf('/')
    const seqStart = shown.lastIndexOf('/') + 1
    const year = range(0, yearEnd).getBoundingClientRect()
    const seq = range(seqStart, shown.length).getBoundingClientRect()
    const tops = new Set([...range(0, shown.length).getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
    return { yearLeft: year.left, yearRight: year.right, seqLeft: seq.left, seqRight: seq.right, lines: tops.size, text: (root as HTMLElement).innerText }
  }, number)
}

/** The most lines any text inside `el` wraps onto (text boxes only: inner elements' boxes sit at their own heights). */
const linesOf = (el: Locator) =>
  el.evaluate((e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT)
    let most = 0
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      if (!node.data.trim()) continue
      const r = document.createRange()
      r.selectNodeContents(node)
      most = Math.max(most, new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size)
    }
    return most
  })

describe('the letter page as the secretariat tried it', () => {
  let browser: Browser
  let office: string
  let senderId: number
  let registered: Letter
  let cancelled: Letter
  const sessions: Session[] = []

  async function login(local: string, width = 1280): Promise<Session> {
    const session = await adminSession(browser, local, { width, height: 900 })
    sessions.push(session)
    return session
  }

  async function letter(data: Record<string, unknown>): Promise<Letter> {
    const res = await api(
      'POST',
      '/api/letters?depth=0',
      {
        kind: 'incoming',
        sender: { relationTo: 'correspondents', value: senderId },
        senderNumber: `${Math.floor(Math.random() * 1e6)}/ص`,
        senderDateJalali: '۱۴۰۵/۰۸/۰۱',
        body: plainToRichText('متن نامهٔ بخشداری دربارهٔ جلسهٔ شورا.'),
        ...data,
      },
      office,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as Letter
  }

  const open = async (s: Session, id: number) => {
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/${id}`)
    await s.page.locator('#field-subject').waitFor()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    fs.mkdirSync(shots, { recursive: true })
    office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'بخشداری ارژن (آزمون صفحهٔ نامه)', kind: 'county-governorate' }, office)
    expect(sender.status).toBe(201)
    senderId = sender.body.doc.id
    registered = await letter({ status: 'registered', subject: 'جلسهٔ شورای بخش ارژن' })
    expect(registered.registryNumber).toMatch(/\//)
    cancelled = await letter({ status: 'registered', subject: 'نامهٔ ارژن که باطل می‌شود' })
    const cancel = await api('PATCH', `/api/letters/${cancelled.id}`, { status: 'cancelled', cancelReason: 'دو بار ثبت شده بود.' }, office)
    expect(cancel.status).toBe(200)
  })

  afterAll(async () => {
    for (const s of sessions) {
      expect(s.outside, 'requests outside the app').toEqual([])
      await s.context.close().catch(() => undefined)
    }
    await browser?.close()
  }, 400_000)

  it('draws the registry number in the headline as the letters list (and the book) do: year on the right, on one line, Persian digits', async () => {
    const s = await login('office')
    const shown = toPersianDigits(registered.registryNumber!)
    await open(s, registered.id)
    const headline = s.page.locator('[data-headline] [data-registry-number]')
    await headline.waitFor()
    const head = await numberLayout(headline, shown)
    expect(head, 'the number is in the headline').not.toBeNull()
    expect(head!.text.trim()).toBe(shown)
    expect(head!.yearLeft, 'the year is right of the sequence').toBeGreaterThanOrEqual(head!.seqRight - 0.5)
    expect(head!.lines).toBe(1)
    // The measure tells the orders apart: in a left-to-right box (as the headline was) the same text reads «و/۱/۱۴۰۵».
    await headline.evaluate((e) => e.setAttribute('dir', 'ltr'))
    const flipped = await numberLayout(headline, shown)
    expect(flipped!.yearRight).toBeLessThanOrEqual(flipped!.seqLeft + 0.5)
    await headline.evaluate((e) => e.setAttribute('dir', 'rtl'))

    // The list's column: the same order.
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters?limit=100`)
    const cell = s.page.locator('.table td', { hasText: shown }).first()
    await cell.waitFor()
    const listed = await numberLayout(cell, shown)
    expect(listed!.yearLeft).toBeGreaterThanOrEqual(listed!.seqRight - 0.5)
    expect(s.errors).toEqual([])
  })

  it('keeps the number on one line and every action button whole when the bar is narrow', async () => {
    const s = await login('office', 900)
    await open(s, registered.id)
    const headline = s.page.locator('[data-headline] [data-registry-number]')
    await headline.waitFor()
    expect(await linesOf(headline)).toBe(1)
    const buttons = s.page.locator('.doc-controls__controls button:visible')
    const count = await buttons.count()
    expect(count).toBeGreaterThan(3)
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i)
      if (!((await button.textContent()) ?? '').trim()) continue
      expect(await linesOf(button), (await button.textContent()) ?? '').toBe(1)
    }
    await s.page.screenshot({ path: path.join(shots, 'letter-page-narrow-bar.png') })
  })

  it('shows no empty signer, signing time or cancellation reason on a registered incoming letter, and no clear-× on its required selects', async () => {
    const s = await login('office')
    await open(s, registered.id)
    await s.page.locator('.tabs-field__tab-button', { hasText: 'ثبت و سوابق' }).click()
    await s.page.locator('#field-registeredAt, #field-createdBy').first().waitFor()
    for (const field of ['signedBy', 'signedAt', 'cancelReason']) expect(await s.page.locator(`#field-${field}`).count(), field).toBe(0)
    await s.page.locator('.tabs-field__tab-button', { hasText: 'مشخصات' }).click()
    for (const field of ['kind', 'status', 'classification', 'urgency']) {
      await s.page.locator(`#field-${field}`).waitFor()
      expect(await s.page.locator(`#field-${field} .clear-indicator`).count(), field).toBe(0)
    }
    // The office chief may still cancel it: the status select stays live for him, once the form has settled.
    await s.page.waitForLoadState('networkidle')
    await expect.poll(() => s.page.locator('#field-status .rs__control--is-disabled').count(), { timeout: 30_000 }).toBe(0)
  })

  it('shows the status of a cancelled letter, and the director the classification and status of a registered one, read-only', async () => {
    const s = await login('office')
    await open(s, cancelled.id)
    await s.page.locator('#field-status').waitFor()
    // The form settles (its state comes back from the server) before it is judged.
    await s.page.waitForLoadState('networkidle')
    await expect.poll(() => s.page.locator('#field-status .rs__control--is-disabled').count(), { timeout: 30_000 }).toBe(1)
    expect(await s.page.locator('#field-cancelReason').count()).toBe(0)
    await s.page.locator('.tabs-field__tab-button', { hasText: 'ثبت و سوابق' }).click()
    await s.page.locator('#field-cancelReason').waitFor()

    const d = await login('director')
    await open(d, registered.id)
    await d.page.waitForLoadState('networkidle')
    for (const field of ['status', 'classification']) {
      await d.page.locator(`#field-${field}`).waitFor()
      await expect.poll(() => d.page.locator(`#field-${field} .rs__control--is-disabled`).count(), { timeout: 30_000, message: field }).toBe(1)
    }
  })

  it('offers no version restore on a registered letter (the server refuses it, pointing to «اصلاح»), and compares a correction in Persian', async () => {
    const corrected = await api('PATCH', `/api/letters/${registered.id}?depth=0`, { senderNumber: 'ارژن-۷', correctionReason: 'شمارهٔ فرستنده اشتباه خوانده شده بود.' }, office)
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200)
    const versions = await api('GET', `/api/letters/versions?where[parent][equals]=${registered.id}&sort=updatedAt&depth=0`, undefined, office)
    expect(versions.body.docs.length).toBeGreaterThanOrEqual(2)
    const first = versions.body.docs[0]
    const last = versions.body.docs[versions.body.docs.length - 1]

    const refused = await api('POST', `/api/letters/versions/${first.id}`, undefined, office)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('«اصلاح»')

    const s = await login('office')
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/${registered.id}/versions/${first.id}`)
    await s.page.locator('.dabir-version__facts').waitFor()
    expect(await s.page.getByText('بازیابی این نسخه').count()).toBe(0)

    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/${registered.id}/versions/${last.id}`)
    const row = s.page.locator('[data-dabir-field="corrections"]')
    await row.waitFor()
    const text = (await row.textContent()) ?? ''
    expect(text).toContain('شمارهٔ نامهٔ فرستنده')
    expect(text).not.toMatch(/senderNumber|"field"|"before"|"after"/)
    expect(await s.page.locator('[data-dabir-field="archived"]').count()).toBe(0)
    await s.page.screenshot({ path: path.join(shots, 'letter-page-version-correction.png'), fullPage: true })

    // A draft still goes back to an earlier version.
    const draft = await letter({ subject: 'پیش‌نویس ارژن' })
    const edited = await api('PATCH', `/api/letters/${draft.id}?depth=0`, { subject: 'پیش‌نویس ارژن، ویرایش‌شده' }, office)
    expect(edited.status).toBe(200)
    const draftVersions = await api('GET', `/api/letters/versions?where[parent][equals]=${draft.id}&sort=updatedAt&depth=0`, undefined, office)
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/${draft.id}/versions/${draftVersions.body.docs[0].id}`)
    await s.page.getByText('بازیابی این نسخه').first().waitFor()
  })

  it('asks for the kind when «ثبت» is pressed before it is chosen, never printing undefined', async () => {
    const s = await login('office')
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/create`)
    await s.page.locator('#field-subject').waitFor()
    await s.page.fill('#field-subject', 'نامه‌ای که نوعش انتخاب نشده')
    await s.page.locator('.doc-actions [data-action="register"]').click()
    const toast = s.page.locator('.payload-toast-container')
    await toast.getByText('نوع نامه را انتخاب کنید', { exact: false }).waitFor({ timeout: 60_000 })
    expect(await toast.textContent()).not.toContain('undefined')
  })

  it('shows an attachment by its uploaded name, without the stored hash name, its hash or detected type', async () => {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(tinyPdf)]), 'نامهٔ بخشداری ارژن.pdf')
    form.append('_payload', JSON.stringify({}))
    const res = await fetch(`${inject('baseUrl')}/api/attachments`, { method: 'POST', headers: { Authorization: `JWT ${office}` }, body: form })
    expect(res.status).toBe(201)
    const file = (await res.json()).doc as { id: number; filename: string }
    const s = await login('office')
    await s.page.goto(`${inject('baseUrl')}/admin/collections/attachments/${file.id}`)
    await s.page.locator('#field-originalName').waitFor()
    expect(await s.page.locator('h1').first().textContent()).toContain('نامهٔ بخشداری ارژن.pdf')
    // innerText leaves out what is not displayed.
    expect(await s.page.evaluate((name) => document.body.innerText.includes(name), file.filename)).toBe(false)
    for (const field of ['sha256', 'detectedType']) expect(await s.page.locator(`#field-${field}`).count(), field).toBe(0)
  })

  it('says a missing letter is not found in Persian words, with no Latin digit', async () => {
    const s = await login('office')
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/987654`)
    const banner = s.page.getByText('سندی با این شناسه پیدا نشد', { exact: false }).first()
    await banner.waitFor()
    const text = (await banner.textContent()) ?? ''
    expect(text).not.toMatch(/[0-9]|صفحهی/)
  })

  it('finds a letter in the list by its registry number typed in Persian digits; the hint asks for no Latin digits', async () => {
    const s = await login('office')
    const typed = toPersianDigits(registered.registryNumber!)
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters?search=${encodeURIComponent(typed)}`)
    await s.page.locator('.table td', { hasText: registered.subject }).first().waitFor()
    const hint = (await s.page.locator('.search-filter__input, input[type="search"], #search-filter-input').first().getAttribute('placeholder')) ?? ''
    expect(hint).toContain('شمارهٔ ثبت')
    expect(hint).not.toContain('لاتین')
  })
})
