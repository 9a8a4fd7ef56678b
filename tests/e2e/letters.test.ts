import fs from 'fs'
import path from 'path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { plainToRichText } from '../../src/lib/letters/text'
import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { repoRoot } from '../helpers/seed'
import { toPersianDigits } from '../../src/lib/persian/digits'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

describe('letters in the admin', () => {
  let browser: Browser
  let letter: { id: number; registryNumber: string }

  beforeAll(async () => {
    browser = await launchBrowser()
    fs.mkdirSync(shots, { recursive: true })
    const token = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری فسا', kind: 'county-governorate' }, token)
    const created = await api(
      'POST',
      '/api/letters',
      {
        kind: 'incoming',
        status: 'registered',
        subject: 'گزارش برگزاری جلسهٔ شورای تأمین شهرستان',
        sender: { relationTo: 'correspondents', value: sender.body.doc.id },
        senderNumber: '۱۲۳۴/ف',
        senderDateJalali: '۱۴۰۵/۰۸/۰۱',
        urgency: 'urgent',
        // Registration requires a body or an attachment of an incoming letter (data/registry-books.json).
        body: plainToRichText('شورای تأمین شهرستان جلسه را برگزار کرد.'),
      },
      token,
    )
    expect(created.status).toBe(201)
    letter = created.body.doc
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lists registered letters with their number and Jalali date', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters`)
    await page.waitForSelector('table')
    const table = await page.textContent('table')
    // Registry numbers are listed as the book prints them, in Persian digits.
    expect(table).toContain(toPersianDigits(letter.registryNumber))
    expect(table).toContain('گزارش برگزاری جلسهٔ شورای تأمین شهرستان')
    expect(table).toMatch(/14\d\d\/\d\d\/\d\d|۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/)
    await page.screenshot({ path: path.join(shots, 'letters-list.png'), fullPage: true })
    await page.close()
  })

  it('opens a registered letter read-only for a colleague, with the sender date in Jalali', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'head.political@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letter.id}`)
    const subject = page.locator('#field-subject')
    await subject.waitFor()
    expect(await subject.isDisabled()).toBe(true)
    const dateField = page.locator('#field-senderDate')
    await dateField.waitFor()
    expect(await dateField.textContent()).toContain('۱۴۰۵/۰۸/۰۱')
    // Server-set dates show as text, never as inputs, and the page does not overflow sideways.
    expect(await page.locator('#field-registeredAt input').count()).toBe(0)
    expect(await page.locator('#field-registeredAt').textContent()).toMatch(/۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    await page.screenshot({ path: path.join(shots, 'letter-readonly.png') })
    await page.close()
  })

  it('saves a new draft from the admin form as the office chief (the form sends an empty array as 0)', async () => {
    const page = await browser.newPage()
    const failures: string[] = []
    page.on('response', (res) => {
      if (res.url().includes('/api/letters') && res.request().method() !== 'GET' && res.status() >= 400) failures.push(`${res.status()} ${res.url()}`)
    })
    await adminLogin(page, 'office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/create`)
    await page.locator('#field-subject').waitFor()
    await page.fill('#field-subject', 'پیش‌نویس از فرم مدیریت')
    await page.locator('#field-kind .rs__control').click()
    await page.locator('.rs__option', { hasText: 'داخلی' }).first().click()
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/letters\/\d+/, { timeout: 60_000 })
    expect(failures).toEqual([])
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    const stored = await api('GET', `/api/letters/${id}?depth=0`, undefined, await demoToken('office'))
    expect(stored.body.subject).toBe('پیش‌نویس از فرم مدیریت')
    expect(stored.body.status).toBe('draft')
    await page.screenshot({ path: path.join(shots, 'letter-saved-from-form.png') })
    await page.close()
  })

})
