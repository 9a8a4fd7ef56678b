import fs from 'fs'
import path from 'path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, api, demoToken, type AdminSession } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { tinyPdf } from '../helpers/files'
import { repoRoot } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'
import { toPersianDigits } from '../../src/lib/persian/digits'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

type Session = AdminSession

/**
 * The document actions of the letter page («ثبت»، «اصلاح»، «ابطال») and the keyboard path of
 * an incoming letter, on the production build, with every host but the app's refused.
 */
describe('document actions on the letter page', () => {
  let browser: Browser
  let office: string
  let senderId: number
  const sessions: Session[] = []

  async function login(local: string): Promise<Session> {
    const session = await adminSession(browser, local)
    sessions.push(session)
    return session
  }

  async function letter(token: string, data: Record<string, unknown>) {
    const res = await api(
      'POST',
      '/api/letters?depth=0',
      {
        kind: 'incoming',
        sender: { relationTo: 'correspondents', value: senderId },
        senderNumber: `${Math.floor(Math.random() * 1e6)}/ج`,
        senderDateJalali: '۱۴۰۵/۰۸/۰۱',
        body: plainToRichText('متن نامهٔ فرمانداری دربارهٔ برگزاری جلسه.'),
        ...data,
      },
      token,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: number; registryNumber?: string; subject: string }
  }

  const stored = async (id: number) => (await api('GET', `/api/letters/${id}?depth=0`, undefined, office)).body

  const open = async (s: Session, id: number) => {
    await s.page.goto(`${inject('baseUrl')}/admin/collections/letters/${id}`)
    await s.page.locator('#field-subject').waitFor()
  }

  const actionButton = (s: Session, key: string) => s.page.locator(`.doc-actions [data-action="${key}"]`)

  beforeAll(async () => {
    browser = await launchBrowser()
    fs.mkdirSync(shots, { recursive: true })
    office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری جهرم', kind: 'county-governorate' }, office)
    expect(sender.status).toBe(201)
    senderId = sender.body.doc.id
  })

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined)
    await browser?.close()
  }, 400_000)

  it('the office chief registers a draft with «ثبت» and sees its number large, in Persian digits', async () => {
    const draft = await letter(office, { subject: 'دعوت به جلسهٔ کمیسیون تقسیمات کشوری' })
    const s = await login('office')
    await open(s, draft.id)
    await actionButton(s, 'register').click()
    const big = s.page.locator('[data-registered-number]')
    await big.waitFor({ timeout: 90_000 })
    const after = await stored(draft.id)
    expect(after.status).toBe('registered')
    expect(await big.textContent()).toBe(toPersianDigits(after.registryNumber))
    // Large: three times the page's text.
    const ratio = await big.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) / parseFloat(getComputedStyle(document.body).fontSize))
    expect(ratio).toBeGreaterThanOrEqual(2.5)
    await s.page.screenshot({ path: path.join(shots, 'letter-registered-number.png') })
    // Escape closes the number's dialog (docs/keyboard.md).
    await s.page.keyboard.press('Escape')
    await big.waitFor({ state: 'detached', timeout: 30_000 })
    await expect.poll(() => s.page.locator('[data-headline]').textContent()).toContain(toPersianDigits(after.registryNumber))
    // Registered now: «ثبت» gone, «اصلاح» and «ابطال» offered.
    expect(await actionButton(s, 'register').count()).toBe(0)
    expect(await actionButton(s, 'correct').count()).toBe(1)
    expect(await actionButton(s, 'cancel').count()).toBe(1)
    expect(s.outside).toEqual([])
    expect(s.errors).toEqual([])
  }, 400_000)

  it('a registration the server refuses shows its Persian message and registers nothing', async () => {
    // A draft filed in a registry book that does not number incoming letters: the server refuses.
    const books = await api('GET', '/api/registry-books?depth=0&limit=50', undefined, office)
    const wrong = books.body.docs.find((b: { kinds?: string[] }) => !b.kinds?.includes('incoming'))
    expect(wrong, 'a registry book not for incoming letters').toBeTruthy()
    const draft = await letter(office, { subject: 'نامهٔ وارده در دفتر صادره', registryBook: wrong.id })
    const s = await login('office')
    await open(s, draft.id)
    await actionButton(s, 'register').click()
    const toast = s.page.locator('[data-sonner-toast]', { hasText: 'این دفتر اندیکاتور نامه‌های این نوع را شماره نمی‌زند' })
    await toast.first().waitFor({ timeout: 90_000 })
    expect((await stored(draft.id)).status).toBe('draft')
    expect(await s.page.locator('[data-registered-number]').count()).toBe(0)
    expect(await actionButton(s, 'register').count()).toBe(1)
  }, 400_000)

  it('the office chief corrects a registered letter only with a reason, and sees before and after', async () => {
    const registered = await letter(office, { status: 'registered', subject: 'گزارش انتخابات شورای شهر' })
    const s = await login('office')
    await open(s, registered.id)
    await s.page.fill('#field-subject', 'گزارش انتخابات شورای شهر و روستا')
    // A plain save without a reason: refused in Persian, nothing stored.
    await s.page.locator('#action-save').click()
    await s.page.locator('[data-sonner-toast]', { hasText: 'دلیل اصلاح' }).first().waitFor({ timeout: 90_000 })
    expect((await stored(registered.id)).subject).toBe('گزارش انتخابات شورای شهر')
    // «اصلاح»: a blank reason is refused in the dialog.
    await actionButton(s, 'correct').click()
    const dialog = s.page.locator('dialog.doc-actions__dialog[open]')
    await dialog.waitFor()
    await dialog.locator('button[type="submit"]').click()
    await dialog.locator('[role="alert"]', { hasText: 'نوشتن دلیل لازم است' }).waitFor()
    expect((await stored(registered.id)).subject).toBe('گزارش انتخابات شورای شهر')
    await dialog.locator('textarea').fill('عنوان نامه ناقص ثبت شده بود.')
    await dialog.locator('button[type="submit"]').click()
    await expect.poll(async () => (await stored(registered.id)).subject, { timeout: 90_000 }).toBe('گزارش انتخابات شورای شهر و روستا')
    const after = await stored(registered.id)
    expect(after.corrections).toHaveLength(1)
    expect(after.corrections[0].reason).toBe('عنوان نامه ناقص ثبت شده بود.')
    // The corrections as a readable list: label, before, after, who, when (Jalali, Persian digits), why.
    // The corrections are in the letter's «ثبت و سوابق» tab.
    await s.page.locator('.tabs-field__tab-button', { hasText: 'ثبت و سوابق' }).click()
    const entry = s.page.locator('[data-correction]').first()
    await entry.waitFor({ timeout: 90_000 })
    const text = (await entry.textContent()) ?? ''
    expect(text).toContain('موضوع')
    expect(text).toContain('گزارش انتخابات شورای شهر')
    expect(text).toContain('گزارش انتخابات شورای شهر و روستا')
    expect(text).toContain('عنوان نامه ناقص ثبت شده بود.')
    expect(text).toMatch(/۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/)
    const me = (await api('GET', '/api/users/me', undefined, office)).body.user
    expect(text).toContain(me.fullName)
    // No JSON editor (it loads from a CDN) and no raw JSON.
    expect(await s.page.locator('[data-corrections] .monaco-editor, [data-corrections] .json-field').count()).toBe(0)
    expect(text).not.toContain('"field"')
    await s.page.locator('[data-corrections]').screenshot({ path: path.join(shots, 'letter-corrections.png') })
    expect(s.outside).toEqual([])
    expect(s.errors).toEqual([])
  }, 400_000)

  it('the office chief cancels a registered letter with a reason', async () => {
    const registered = await letter(office, { status: 'registered', subject: 'نامه‌ای که باطل می‌شود' })
    const s = await login('office')
    await open(s, registered.id)
    await actionButton(s, 'cancel').click()
    const dialog = s.page.locator('dialog.doc-actions__dialog[open]')
    await dialog.waitFor()
    await dialog.locator('textarea').fill('دوبار ثبت شده بود.')
    await dialog.locator('button[type="submit"]').click()
    await s.page.locator('[data-sonner-toast]', { hasText: 'نامه باطل شد' }).first().waitFor({ timeout: 90_000 })
    const after = await stored(registered.id)
    expect(after.status).toBe('cancelled')
    expect(after.cancelReason).toBe('دوبار ثبت شده بود.')
    // The page reads the letter again: cancelled, no action left but «چاپ / PDF».
    await s.page.locator('.doc-actions__badge', { hasText: 'باطل‌شده' }).waitFor({ timeout: 90_000 })
    expect(await s.page.locator('.doc-actions [data-action]').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual(['print'])
    expect(s.errors).toEqual([])
  })

  // Persian names in the letters' subjects: the desk walk reads every list for stray Latin.
  const PERSIAN_NAME = { director: 'مدیرکل', 'deputy.political': 'معاون سیاسی' } as const
  for (const who of ['director', 'deputy.political'] as const) {
    it(`${who}: no «اصلاح» or «ابطال» on a registered letter, no «ثبت» on an incoming draft`, async () => {
      const registered = await letter(office, { status: 'registered', subject: `نامهٔ ثبت‌شده برای ${PERSIAN_NAME[who]}` })
      const token = await demoToken(who)
      const own = await letter(token, { subject: `پیش‌نویس واردهٔ ${PERSIAN_NAME[who]}` })
      const s = await login(who)
      await open(s, registered.id)
      await s.page.locator('[data-headline]').waitFor()
      expect(await actionButton(s, 'correct').count()).toBe(0)
      expect(await actionButton(s, 'cancel').count()).toBe(0)
      expect(await actionButton(s, 'register').count()).toBe(0)
      await open(s, own.id)
      // The bar is there (the page is the letter's), «ثبت» is not: incoming letters are the secretariat's.
      await s.page.locator('.doc-actions').waitFor({ state: 'attached' })
      expect(await actionButton(s, 'register').count()).toBe(0)
      expect(s.outside).toEqual([])
      expect(s.errors).toEqual([])
    }, 400_000)
  }

  // The count is printed and written into docs/keyboard.md by hand from a passing run.
  it('registers an incoming letter from the keyboard alone: Alt+N, Tab along the paper, Ctrl+Enter', async () => {
    const s = await login('office')
    const page = s.page
    // Playwright intercepts the browser's file chooser from the first 'filechooser' listener on;
    // turned on only as Enter is pressed, the interception raced the key and the chooser was lost.
    page.on('filechooser', () => undefined)
    // Every key counted: a chord (Alt+N, Ctrl+Enter) or a named key is one key; a typed text one
    // key per character; choosing the file in the browser's chooser is counted as one key too.
    let keys = 0
    let characters = 0
    const press = async (key: string) => {
      keys += 1
      await page.keyboard.press(key)
    }
    const type = async (text: string) => {
      characters += [...text].length
      await page.keyboard.type(text)
    }
    const choose = async (text: string, option: string) => {
      await type(text)
      await page.locator('.rs__option', { hasText: option }).first().waitFor({ timeout: 90_000 })
      await press('Enter')
    }
    // The field holding the keyboard's focus, by Payload's `field-<name>` id; Tab must land exactly there.
    const focusedField = () => page.evaluate(() => document.activeElement?.closest('[id^="field-"]')?.id ?? document.activeElement?.tagName ?? '')
    const expectFocus = (field: string) => expect.poll(focusedField, { timeout: 90_000 }).toBe(`field-${field}`)

    await page.goto(`${inject('baseUrl')}/admin`)
    await page.locator('nav').first().waitFor()
    await press('Alt+KeyN')
    await page.waitForURL(/\/admin\/collections\/letters\/create\?kind=incoming/, { timeout: 90_000 })
    // The cursor lands on the sender, the kind already «وارده» (built so by the server: it stays).
    await expectFocus('sender')
    await expect.poll(() => page.locator('#field-kind').textContent(), { timeout: 90_000 }).toContain('وارده')
    await choose('جهرم', 'فرمانداری جهرم')
    await expectFocus('sender')
    await press('Tab')
    await expectFocus('senderNumber')
    await type('4471/ج')
    await press('Tab')
    await expectFocus('senderDate')
    await type('1405/08/20')
    await press('Tab')
    await expectFocus('subject')
    await type('درخواست برگزاری جلسهٔ شورای تأمین')
    // Into the «متن و پیوست‌ها» tab: the attachments' «افزودن فایل از رایانه…».
    await press('Tab')
    await expectFocus('attachments')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-attach-file'))).toBe(true)
    // A check, not counted: Shift+Tab goes back into «مشخصات» to the subject, Tab forward again.
    await page.keyboard.press('Shift+Tab')
    await expectFocus('subject')
    expect(await page.locator('#field-subject').inputValue()).toBe('درخواست برگزاری جلسهٔ شورای تأمین')
    await page.keyboard.press('Tab')
    await expectFocus('attachments')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-attach-file'))).toBe(true)
    // Enter opens the file chooser; the scan is chosen there (one more).
    const chooser = page.waitForEvent('filechooser', { timeout: 90_000 })
    await press('Enter')
    await (await chooser).setFiles({ name: 'scan-jahrom-4471.pdf', mimeType: 'application/pdf', buffer: tinyPdf })
    keys += 1
    await page.locator('#field-attachments .rs__multi-value', { hasText: 'scan-jahrom-4471' }).waitFor({ timeout: 90_000 })
    await press('Control+Enter')
    const big = page.locator('[data-registered-number]')
    await big.waitFor({ timeout: 90_000 })
    await page.screenshot({ path: path.join(shots, 'letter-keyboard-registered.png') })

    // The new letter's own page (the number may show before the address changes).
    await page.waitForURL(/\/admin\/collections\/letters\/\d+$/, { timeout: 90_000 })
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    const saved = await stored(id)
    expect(saved.status).toBe('registered')
    expect(saved.kind).toBe('incoming')
    expect(saved.sender).toEqual({ relationTo: 'correspondents', value: senderId })
    expect(saved.senderNumber).toBe('4471/ج')
    expect(saved.senderDateJalali).toMatch(/1405\/08\/20|۱۴۰۵\/۰۸\/۲۰/)
    expect(saved.subject).toBe('درخواست برگزاری جلسهٔ شورای تأمین')
    expect(saved.attachments).toHaveLength(1)
    const file = (await api('GET', `/api/attachments/${saved.attachments[0]}?depth=0`, undefined, office)).body
    expect(file.originalName ?? file.title).toContain('scan-jahrom-4471')
    expect(await big.textContent()).toBe(toPersianDigits(saved.registryNumber))
    console.log(
      `Key presses to register an incoming letter (sender, number, date, subject, one attachment): ${keys + characters} including typed characters; ${keys} without them (${characters} characters typed)`,
    )
    // Alt+N, Enter (sender), Tab ×4, Enter (chooser), the file, Ctrl+Enter.
    expect(keys).toBe(9)
    expect(s.outside).toEqual([])
    expect(s.errors).toEqual([])
  }, 400_000)
})
