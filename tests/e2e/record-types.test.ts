import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closeNetwork, launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD } from '../helpers/seed'

/**
 * Every record type's list in the built admin, as the office chief, on a closed network: each
 * page renders its Persian title with no request leaving the app's own origin and no page
 * error. The record-type folders under src/collections are named here on purpose.
 */
const LISTS: { slug: string; folder: string; title: string }[] = [
  { slug: 'letters', folder: 'Letters', title: 'نامه‌ها' },
  { slug: 'attachments', folder: 'Attachments', title: 'پیوست‌ها' },
  { slug: 'referrals', folder: 'Referrals', title: 'ارجاع‌ها' },
  { slug: 'dossiers', folder: 'Dossiers', title: 'پرونده‌ها' },
  { slug: 'routing-rules', folder: 'RoutingRules', title: 'قواعد ارجاع خودکار' },
  { slug: 'notifications', folder: 'Notifications', title: 'اعلان‌ها' },
  { slug: 'holidays', folder: 'Holidays', title: 'تعطیلات' },
]

describe('every record type in the admin, on a closed network', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const outside: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    const origin = new URL(inject('baseUrl')).origin
    browser = await launchBrowser()
    context = await browser.newContext({ locale: 'fa-IR' })
    // The office's intranet has no way out: anything not from the app itself is refused and noted.
    await closeNetwork(context, origin, outside)
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${origin}/admin/login`)
    await page.fill('input[name="email"]', 'office@demo.dabir.ir')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const { slug, folder, title } of LISTS) {
    it(`shows the ${folder} list (${slug}) under its Persian title`, async () => {
      const response = await page.goto(`${inject('baseUrl')}/admin/collections/${slug}`)
      expect(response?.status()).toBe(200)
      await page.waitForSelector('h1')
      expect(await page.textContent('h1')).toContain(title)
      expect(outside).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('lists the seeded holidays with Jalali dates in Persian digits, Tasua and Ashura of 1404 among them', async () => {
    await page.goto(`${inject('baseUrl')}/admin/collections/holidays?limit=100&where[name][like]=عاشورا`)
    await page.waitForSelector('table tbody tr')
    const table = (await page.textContent('table')) ?? ''
    expect(table).toContain('عاشورا')
    // 1404/04/15 (Ashura, 6 July 2025) as the cell prints it.
    expect(table).toContain('۱۴۰۴/۰۴/۱۵')
    expect(table).not.toMatch(/20\d\d-\d\d-\d\d/)
    expect(outside).toEqual([])
    expect(errors).toEqual([])
  })
})
