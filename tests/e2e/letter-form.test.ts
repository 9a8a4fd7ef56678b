// Issue 13 items 1 and 11 in the browser, on the production build: the create form has the
// content fields, in tabs; registration from it refuses an incomplete letter with one Persian
// message and registers a complete one; readers who may change nothing get a read-only view.
import path from 'path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { tinyPdf } from '../helpers/files'
import { repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')
const TABS = ['مشخصات', 'متن و پیوست‌ها', 'ارتباط‌ها', 'ثبت و سوابق']
const SENDER = 'شهرداری کازرون (آزمون فرم)'
const FILE = 'نامهٔ شهرداری.pdf'

async function upload(token: string, name: string) {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(tinyPdf)]), name)
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${inject('baseUrl')}/api/attachments`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  expect(res.status).toBe(201)
  return (await res.json()).doc as { id: number; title: string }
}

/** How an input is drawn: its border colour and background. */
const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el)
    return { border: style.borderTopColor, background: style.backgroundColor }
  })

const tabLabels = async (page: Page) => (await page.locator('.tabs-field__tab-button').allTextContents()).map((t) => t.trim())

async function pick(page: Page, field: string, text: string, type?: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  if (type) await page.keyboard.type(type)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

describe('the letter form', () => {
  let browser: Browser
  let registered: { id: number }
  let cancelled: { id: number }

  beforeAll(async () => {
    browser = await launchBrowser()
    const office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: SENDER, kind: 'organisation' }, office)
    expect(sender.status).toBe(201)
    await upload(office, FILE)
    const complete = (subject: string, number: string) => ({
      kind: 'incoming',
      status: 'registered',
      urgency: 'normal',
      classification: 'normal',
      subject,
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
      senderNumber: number,
      senderDateJalali: '۱۴۰۵/۰۸/۰۱',
      body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'rtl', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'rtl', textFormat: 0, children: [{ type: 'text', text: 'متن نامه', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } },
    })
    const one = await api('POST', '/api/letters', complete('نامهٔ ثبت‌شده برای نمای فقط‌خواندنی', 'LF-1'), office)
    expect(one.status).toBe(201)
    registered = one.body.doc
    const two = await api('POST', '/api/letters', complete('نامهٔ باطل‌شده برای نمای مدیر کل', 'LF-2'), office)
    expect(two.status).toBe(201)
    const cancel = await api('PATCH', `/api/letters/${two.body.doc.id}`, { status: 'cancelled', cancelReason: 'ثبت نادرست' }, office)
    expect(cancel.status).toBe(200)
    cancelled = two.body.doc
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('office chief: writes body and attachment on the create form, is refused registration with a Persian message naming what is missing, then registers', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/create`)
    await page.locator('#field-subject').waitFor()
    expect(await tabLabels(page)).toEqual(TABS)
    // Server-set fields are not on a new letter's form; nor are the Jalali companions of dates.
    for (const field of ['registryNumber', 'registeredAt', 'registeredBy', 'createdBy', 'cancelledAt', 'senderDateJalali', 'registryYear']) {
      expect(await page.locator(`#field-${field}`).count(), field).toBe(0)
    }

    await pick(page, 'kind', 'وارده')
    await page.fill('#field-subject', 'درخواست همکاری در برگزاری انتخابات شورا')
    await pick(page, 'sender', SENDER, 'آزمون فرم')
    await page.locator('#field-senderDate input').first().fill('۱۴۰۵/۰۸/۰۱')

    // The status select offers only the moves this user may make from a draft.
    await page.locator('#field-status .rs__control').click()
    expect((await page.locator('.rs__option').allTextContents()).map((t) => t.trim())).toEqual(['پیش‌نویس', 'ثبت‌شده'])
    await page.locator('.rs__option', { hasText: 'ثبت‌شده' }).click()
    // …and classifications only up to the office chief's clearance (secret).
    await page.locator('#field-classification .rs__control').click()
    expect(await page.locator('.rs__option', { hasText: 'به‌کلی سری' }).count()).toBe(0)
    await page.keyboard.press('Escape')

    await page.locator('.tabs-field__tab-button', { hasText: 'متن و پیوست‌ها' }).click()
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('شهرداری برای برگزاری انتخابات شورا همکاری می‌خواهد.')
    await pick(page, 'attachments', FILE)
    await page.screenshot({ path: path.join(shots, 'letter-form-create.png'), fullPage: true })

    await page.locator('#action-save').click()
    const toast = page.locator('.payload-toast-container')
    await toast.getByText('شمارهٔ نامهٔ فرستنده', { exact: false }).waitFor({ timeout: 30_000 })
    const message = await toast.textContent()
    expect(message).toContain('«شمارهٔ نامهٔ فرستنده»')
    expect(message).not.toContain('«متن نامه یا دست‌کم یک پیوست»')
    expect(message).not.toMatch(/senderNumber/)
    expect(page.url()).toMatch(/\/create$/)
    await page.screenshot({ path: path.join(shots, 'letter-form-refused.png'), fullPage: true })

    await page.locator('.tabs-field__tab-button', { hasText: 'مشخصات' }).click()
    await page.fill('#field-senderNumber', '۴۴۵۶/ش')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/letters\/\d+/, { timeout: 60_000 })
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    const stored = await api('GET', `/api/letters/${id}?depth=0`, undefined, await demoToken('office'))
    expect(stored.body.status).toBe('registered')
    expect(stored.body.registryNumber).toBeTruthy()
    expect(stored.body.senderNumber).toBe('۴۴۵۶/ش')
    expect(stored.body.attachments).toHaveLength(1)
    expect(JSON.stringify(stored.body.body)).toContain('همکاری می‌خواهد')
    // The number, now set, shows in the sidebar.
    await page.locator('#field-registryNumber').waitFor()
    await page.close()
  })

  it('office chief, on a draft: an editable form, not the read-only view', async () => {
    const draft = await api('POST', '/api/letters', { kind: 'incoming', status: 'draft', subject: 'پیش‌نویس برای فرم ویرایش‌پذیر' }, await demoToken('office'))
    expect(draft.status).toBe(201)
    const page = await browser.newPage()
    await adminLogin(page, 'office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${draft.body.doc.id}`)
    await page.locator('#field-subject').waitFor()
    // Save is there once the form is up: the marker has had its turn. Payload disables the
    // inputs while it (re)initialises the form, so the settled form is waited for, not sampled.
    await page.locator('#action-save').waitFor()
    await page.waitForLoadState('networkidle')
    await expect.poll(() => page.locator('#field-subject').isDisabled(), { timeout: 30_000 }).toBe(false)
    expect(await page.evaluate(() => document.documentElement.classList.contains('readonly-view'))).toBe(false)
    expect((await boxOf(page, '#field-subject')).border).not.toBe('rgba(0, 0, 0, 0)')
    await page.close()
  })

  for (const [who, email, letter] of [
    ['a deputy, on a registered letter', 'deputy.political@demo.dabir.ir', () => registered],
    ['the director, on a cancelled letter', 'director@demo.dabir.ir', () => cancelled],
  ] as const) {
    it(`${who}: a read-only view in tabs, without a Save button or empty boxes for server fields`, async () => {
      const page = await browser.newPage()
      await adminLogin(page, email)
      await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letter().id}`)
      await page.locator('#field-subject').waitFor()
      expect(await tabLabels(page)).toEqual(TABS)
      expect(await page.locator('#field-subject').isDisabled()).toBe(true)
      expect(await page.locator('#action-save').count()).toBe(0)
      // The form is marked a read-only view (ReadOnlyMarker) and its boxes drawn as plain values.
      await page.waitForFunction(() => document.documentElement.classList.contains('readonly-view'), null, { timeout: 30_000 })
      // (Payload's inputs fade their background: the plain look is waited for, then read.)
      const plain = { border: 'rgba(0, 0, 0, 0)', background: 'rgba(0, 0, 0, 0)' }
      await page
        .waitForFunction((want) => {
          const style = getComputedStyle(document.querySelector('#field-subject')!)
          return style.borderTopColor === want.border && style.backgroundColor === want.background
        }, plain, { timeout: 10_000 })
        .catch(() => undefined)
      expect(await boxOf(page, '#field-subject')).toEqual(plain)
      // The registry number in the sidebar: Persian digits, as the list and the book print it.
      expect(await page.locator('#field-registryNumber').inputValue()).toMatch(/^[۰-۹]+\/[^0-9]+\/[۰-۹]+$/)
      expect(await page.locator('#field-correctionReason').count()).toBe(0)
      expect(await page.locator('#field-deliberateDuplicate').count()).toBe(0)
      // The date is shown once, in Jalali; its text companion is not on the form.
      expect(await page.locator('#field-senderDate').textContent()).toContain('۱۴۰۵/۰۸/۰۱')
      expect(await page.locator('#field-senderDateJalali').count()).toBe(0)
      await page.screenshot({ path: path.join(shots, `letter-form-readonly-${email.split('@')[0]}.png`), fullPage: true })
      await page.close()
    })
  }
})
