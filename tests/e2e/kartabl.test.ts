import path from 'path'
import { plainToRichText, richTextToPlain } from '../../src/lib/letters/text'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { tinyPdf } from '../helpers/files'
import { repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')
const SUBJECT = 'کارتابل مرورگر: گزارش تقسیمات دهستان'
// Each test walks several admin pages on the production build; a shared, loaded machine is slow.
const SLOW = 420_000
const RESPONSE = ['بررسی شد؛ نقشهٔ پیشنهادی پیوست است.', 'دو دهستان ادغام شوند.']

const userByEmail = async (email: string, token: string) => (await api('GET', `/api/users?where[email][equals]=${email}&depth=0`, undefined, token)).body.docs[0] as { id: number; fullName: string }

/** The kartabl on the dashboard, as `email` sees it. */
async function openDesk(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newPage()
  const outside: string[] = []
  const base = new URL(inject('baseUrl'))
  // The admin loads nothing from the internet.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    outside.push(url.href)
    return route.abort()
  })
  page.on('pageerror', (error) => outside.push(`page error: ${error.message}`))
  ;(page as Page & { outside?: string[] }).outside = outside
  page.setDefaultNavigationTimeout(180_000)
  await adminLogin(page, email)
  await page.goto(`${inject('baseUrl')}/admin`)
  await page.locator('.kartabl__tabs').waitFor({ timeout: 60_000 })
  return page
}
const outsideOf = (page: Page) => (page as Page & { outside?: string[] }).outside ?? []

describe('the kartabl on the admin dashboard', () => {
  let browser: Browser
  let letterId: number
  let fromDirector: number
  let deputy: { id: number; fullName: string }

  beforeAll(async () => {
    browser = await launchBrowser()
    const office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'بخشداری کارتابل مرورگر', kind: 'district-office' }, office)
    const letter = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      subject: SUBJECT,
      urgency: 'urgent',
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
      senderNumber: 'KT-1',
      senderDateJalali: '۱۴۰۵/۰۸/۰۱',
      body: plainToRichText('بررسی تقسیمات دهستان'),
    }, office)
    expect(letter.status).toBe(201)
    letterId = letter.body.doc.id
    deputy = await userByEmail('deputy.political@demo.dabir.ir', office)
    const director = await demoToken('director')
    const referral = await api('POST', '/api/referrals', {
      record: { relationTo: 'letters', value: letterId },
      to: [deputy.id],
      purpose: 'action',
      instruction: 'بررسی و گزارش تا پایان هفته',
    }, director)
    expect(referral.status).toBe(201)
    fromDirector = referral.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('the office chief reviews the triage draft made at registration and sends it', async () => {
    const office = await demoToken('office')
    // Registration queued the proposal; the job queue makes it (every minute).
    let draftId = 0
    await expect
      .poll(
        async () => {
          const res = await api('GET', `/api/kartabl?list=drafts&limit=100&q=${encodeURIComponent(SUBJECT)}`, undefined, office)
          draftId = res.body.docs?.[0]?.id ?? 0
          return draftId
        },
        { timeout: 150_000, interval: 2_000 },
      )
      .toBeGreaterThan(0)

    const page = await openDesk(browser, 'office@demo.dabir.ir')
    const tab = page.getByRole('tab', { name: /پیشنهادها/ })
    await expect.poll(async () => (await tab.textContent()) ?? '', { timeout: 60_000 }).toMatch(/پیشنهادها [۰-۹]+/)
    await tab.click()
    const row = page.locator(`tr[data-referral="${draftId}"]`)
    await row.waitFor({ timeout: 30_000 })
    expect(await row.textContent()).toContain(SUBJECT)
    await row.getByRole('button', { name: 'بازبینی و ویرایش' }).click()
    await row.getByLabel('گیرنده').selectOption(String(deputy.id))
    await row.getByLabel('هدف').selectOption('action')
    await row.getByLabel('هامش').fill('اقدام فوری')
    await row.getByRole('button', { name: 'ذخیره' }).click()
    await expect.poll(async () => (await row.locator('td[data-column="to"]').textContent()) ?? '', { timeout: 30_000 }).toBe(deputy.fullName)
    await page.screenshot({ path: path.join(shots, 'kartabl-drafts.png'), fullPage: true })
    await row.getByRole('button', { name: 'ارسال', exact: true }).click()
    await row.waitFor({ state: 'detached', timeout: 30_000 })
    expect(outsideOf(page)).toEqual([])
    await page.close()

    const sent = await api('GET', `/api/referrals/${draftId}?depth=0`, undefined, office)
    expect(sent.body).toMatchObject({ state: 'sent', purpose: 'action', instruction: 'اقدام فوری', to: [deputy.id] })
  }, SLOW)

  it('a deputy opens the paper (marking the referral seen) and answers in the response form with a file', async () => {
    const page = await openDesk(browser, 'deputy.political@demo.dabir.ir')
    const row = page.locator(`tr[data-referral="${fromDirector}"]`)
    await row.waitFor({ timeout: 30_000 })
    const text = (await row.textContent()) ?? ''
    expect(text).toContain(SUBJECT)
    expect(text).toContain('فوری')
    expect(text).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/)
    expect(await row.locator('td[data-column="from"]').textContent()).toBe((await userByEmail('director@demo.dabir.ir', await demoToken('office'))).fullName)
    expect(await row.locator('td[data-column="state"]').textContent()).toBe('ارسال‌شده')
    // The desk's counts, the row and the paging are in Persian digits.
    for (const part of [page.locator('.kartabl__tabs'), row, page.locator('.kartabl__paging')]) expect(await part.innerText()).not.toMatch(/[0-9]/)
    // No middle dot between page and count: beside Persian digits it reads as a zero («۱ · ۳» as «۱۰۳»).
    expect(await page.locator('.kartabl__paging').innerText()).not.toContain('·')
    await page.screenshot({ path: path.join(shots, 'kartabl.png'), fullPage: true })

    await row.locator('a.kartabl__open').click()
    await page.waitForURL(`**/admin/collections/letters/${letterId}`, { timeout: 180_000 })
    const director = await demoToken('director')
    expect((await api('GET', `/api/referrals/${fromDirector}?depth=0`, undefined, director)).body.state).toBe('seen')

    await page.goto(`${inject('baseUrl')}/admin`)
    await row.waitFor({ timeout: 30_000 })
    expect(await row.locator('td[data-column="state"]').textContent()).toBe('دیده‌شده')
    await row.getByRole('button', { name: 'انجام شد' }).click()
    const dialog = page.getByRole('dialog', { name: 'پاسخ / گزارش اقدام' })
    await dialog.waitFor()
    // Nothing is sent without the text.
    await dialog.getByRole('button', { name: 'ثبت پاسخ و انجام' }).click()
    expect((await api('GET', `/api/referrals/${fromDirector}?depth=0`, undefined, director)).body.state).toBe('seen')
    // The response is rich text: two paragraphs, the second in bold.
    await dialog.locator('[contenteditable="true"]').click()
    await page.keyboard.type(RESPONSE[0]!)
    await page.keyboard.press('Enter')
    await dialog.getByRole('button', { name: 'پررنگ' }).click()
    await page.keyboard.type(RESPONSE[1]!)
    // The files are chosen through the dialog's Persian button (the browser's own box is hidden).
    expect(await dialog.locator('input[type="file"]').isVisible()).toBe(false)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'انتخاب فایل…' }).click()])
    await chooser.setFiles({ name: 'نقشهٔ پیشنهادی.pdf', mimeType: 'application/pdf', buffer: tinyPdf })
    await dialog.getByText('نقشهٔ پیشنهادی.pdf').waitFor()
    await page.screenshot({ path: path.join(shots, 'kartabl-respond.png'), fullPage: true })
    await dialog.getByRole('button', { name: 'ثبت پاسخ و انجام' }).click()
    await row.waitFor({ state: 'detached', timeout: 30_000 })

    const stored = await api('GET', `/api/referrals/${fromDirector}?depth=1`, undefined, director)
    expect(stored.body.state).toBe('done')
    expect(richTextToPlain(stored.body.response)).toBe(RESPONSE.join('\n'))
    const paragraphs = stored.body.response.root.children as { type: string; children: { text: string; format: number }[] }[]
    expect(paragraphs.map((p) => p.type)).toEqual(['paragraph', 'paragraph'])
    expect(paragraphs[1]!.children[0]).toMatchObject({ text: RESPONSE[1], format: 1 })
    expect(stored.body.responseAttachments).toHaveLength(1)
    expect(stored.body.responseAttachments[0].originalName).toBe('نقشهٔ پیشنهادی.pdf')

    await page.getByRole('tab', { name: /انجام‌شده/ }).click()
    const done = page.locator(`tr[data-referral="${fromDirector}"]`)
    await done.waitFor({ timeout: 30_000 })
    expect(await done.textContent()).toContain('دو دهستان ادغام شوند.')
    expect(outsideOf(page)).toEqual([])
    await page.close()
  }, SLOW)

  it('the director follows it up: the state, the response with its file, and the notice', async () => {
    const page = await openDesk(browser, 'director@demo.dabir.ir')
    await page.getByRole('tab', { name: /پیگیری/ }).click()
    await page.getByLabel('شماره یا موضوع').fill('کارتابل مرورگر')
    await page.getByRole('button', { name: 'اعمال' }).click()
    const row = page.locator(`tr[data-referral="${fromDirector}"]`)
    await row.waitFor({ timeout: 30_000 })
    expect(await row.locator('td[data-column="state"]').textContent()).toBe('انجام‌شده')
    const outcome = (await row.locator('td[data-column="outcome"]').textContent()) ?? ''
    expect(outcome).toContain('دو دهستان ادغام شوند.')
    expect(outcome).toContain('نقشهٔ پیشنهادی')
    expect(await row.locator('td[data-column="outcome"] strong', { hasText: 'دو دهستان ادغام شوند.' }).count()).toBe(1)
    expect(await row.locator('td[data-column="notice"]').textContent()).toMatch(/^اعلان انجام — [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/)
    await page.screenshot({ path: path.join(shots, 'kartabl-followup.png'), fullPage: true })
    expect(outsideOf(page)).toEqual([])
    await page.close()
  }, SLOW)

  it('the office chief reads the response, as written, in the letter\'s referral tree', async () => {
    const page = await openDesk(browser, 'office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'ارتباط‌ها' }).click()
    const node = page.locator(`.referral-tree li[data-referral="${fromDirector}"]`)
    await node.waitFor({ timeout: 60_000 })
    const response = node.locator('.referral-tree__response').first()
    expect(await response.locator('p').allTextContents()).toEqual(RESPONSE)
    expect(await response.locator('strong').textContent()).toBe(RESPONSE[1])
    // Read-only: nothing to type into.
    expect(await response.locator('[contenteditable="true"], textarea, input').count()).toBe(0)
    await page.screenshot({ path: path.join(shots, 'kartabl-response-tree.png'), fullPage: true })
    expect(outsideOf(page)).toEqual([])
    await page.close()
  }, SLOW)
})
