import fs from 'fs'
import path from 'path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD, repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

describe('the Persian admin in a real browser', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ locale: 'en-US' })
    fs.mkdirSync(shots, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the login screen right-to-left in Persian, whatever the browser language', async () => {
    await page.goto(`${inject('baseUrl')}/admin`)
    await page.waitForSelector('input[name="email"]')
    expect(page.url()).toContain('/admin/login')
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('fa')
    const bodyText = await page.textContent('body')
    expect(bodyText).toMatch(/ورود/)
    expect(bodyText).toContain('دبیر')
    await page.screenshot({ path: path.join(shots, 'login.png') })
  })

  it('logs in as the office chief and sees the Persian navigation in Vazirmatn', async () => {
    await page.fill('input[name="email"]', 'office@demo.dabir.ir')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.waitForSelector('nav')
    const nav = await page.textContent('nav')
    for (const label of ['کاربران', 'سمت‌ها', 'واحدهای سازمانی', 'تقسیمات کشوری']) {
      expect(nav).toContain(label)
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl')
    const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    expect(fontFamily).toContain('Vazirmatn')
    const vazirLoaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px Vazirmatn', 'سلام')
    })
    expect(vazirLoaded).toBe(true)
    await page.screenshot({ path: path.join(shots, 'dashboard-office.png'), fullPage: true })
  })

  it('lists the eleven posts of the directorate with their units, superiors and holders', async () => {
    await page.goto(`${inject('baseUrl')}/admin/collections/posts?limit=50`)
    await page.waitForSelector('table')
    const rows = await page.locator('table tbody tr').count()
    expect(rows).toBeGreaterThanOrEqual(11)
    // Relationship cells fill in after the page loads.
    await page.waitForFunction(() => !document.querySelector('table')?.textContent?.includes('در حال بارگذاری'), null, { timeout: 30_000 })
    const row = page.locator('table tbody tr').filter({ has: page.getByRole('link', { name: 'معاون امور سیاسی', exact: true }) })
    // The cells may start loading only after the check above: wait for this row's own cells.
    await row.filter({ hasText: '(نمایشی)' }).filter({ hasText: 'معاونت امور سیاسی' }).waitFor({ timeout: 30_000 })
    const rowText = await row.textContent()
    expect(rowText).toContain('معاونت امور سیاسی') // its unit
    expect(rowText).toContain('مدیر کل سیاسی، انتخابات و تقسیمات کشوری') // the post it reports to
    expect(rowText).toContain('(نمایشی)') // its demo holder
    await page.screenshot({ path: path.join(shots, 'posts-list.png'), fullPage: true })
  })
})
