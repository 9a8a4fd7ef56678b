import fs from 'fs'
import path from 'path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { repoRoot } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

/** A Jalali date and time in Tehran written with Persian digits: ۱۴۰۵/۰۹/۰۹ ۲۲:۴۰. */
const JALALI_STAMP = /^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/
const GREGORIAN_YEAR = /20[0-9]{2}|۲۰[۰-۹]{2}/
const LATIN_DIGIT = /[0-9]/

const SUBJECT_BEFORE = 'درخواست گزارش وضعیت انتخابات شوراها'
const SUBJECT_AFTER = 'درخواست گزارش نهایی وضعیت انتخابات شوراها'

const CHIEFS = ['office', 'director', 'deputy.political'] as const

describe('Payload’s own dates are Jalali in Tehran time with Persian digits', () => {
  let browser: Browser
  let letterId: number
  let secretId: number
  let officeName: string

  beforeAll(async () => {
    browser = await launchBrowser()
    fs.mkdirSync(shots, { recursive: true })
    const office = await demoToken('office')
    officeName = (await api('GET', '/api/users/me', undefined, office)).body.user.fullName
    // A draft, then one change: two versions, the second changing the subject and the urgency.
    const created = await api('POST', '/api/letters', { kind: 'internal', subject: SUBJECT_BEFORE, classification: 'normal', urgency: 'normal' }, office)
    expect(created.status).toBe(201)
    letterId = created.body.doc.id
    const changed = await api('PATCH', `/api/letters/${letterId}`, { subject: SUBJECT_AFTER, urgency: 'urgent' }, office)
    expect(changed.status).toBe(200)

    // A secret letter addressed to the political expert (cleared for confidential): the expert
    // sees that it exists, not its content, hence none of its versions.
    const expert = await demoToken('expert.political')
    const me = await api('GET', '/api/users/me?depth=0', undefined, expert)
    const expertPost = typeof me.body.user.post === 'object' ? me.body.user.post.id : me.body.user.post
    const sender = await api('POST', '/api/correspondents', { name: 'استانداری نمونه', kind: 'county-governorate' }, office)
    const secret = await api(
      'POST',
      '/api/letters',
      {
        kind: 'incoming',
        status: 'registered',
        classification: 'secret',
        subject: 'نامهٔ سری دربارهٔ امنیت حوزه‌های رأی‌گیری',
        sender: { relationTo: 'correspondents', value: sender.body.doc.id },
        senderNumber: '۹۸۷/س',
        body: plainToRichText('متن نامهٔ سری.'),
        senderDateJalali: '۱۴۰۵/۰۸/۲۰',
        recipients: [{ relationTo: 'posts', value: expertPost }],
      },
      office,
    )
    expect(secret.status).toBe(201)
    secretId = secret.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function open(email: string): Promise<Page> {
    const page = await browser.newPage()
    await adminLogin(page, email)
    return page
  }

  for (const who of CHIEFS) {
    it(`shows the created and updated columns of a list in Jalali with Persian digits, to ${who}`, async () => {
      const page = await open(`${who}@demo.dabir.ir`)
      const columns = encodeURIComponent(JSON.stringify(['subject', 'createdAt', 'updatedAt']))
      await page.goto(`${inject('baseUrl')}/admin/collections/letters?columns=${columns}&limit=10`)
      await page.waitForSelector('table td.cell-createdAt')
      const cells = [...(await page.locator('td.cell-createdAt').allInnerTexts()), ...(await page.locator('td.cell-updatedAt').allInnerTexts())]
      expect(cells.length).toBeGreaterThanOrEqual(2)
      for (const text of cells) {
        expect(text.trim()).toMatch(JALALI_STAMP)
        expect(text).not.toMatch(GREGORIAN_YEAR)
        expect(text).not.toMatch(LATIN_DIGIT)
      }
      // The same for a record type with no date fields of its own: the correspondents.
      await page.goto(`${inject('baseUrl')}/admin/collections/correspondents?columns=${encodeURIComponent(JSON.stringify(['name', 'updatedAt']))}`)
      await page.waitForSelector('table td.cell-updatedAt')
      for (const text of await page.locator('td.cell-updatedAt').allInnerTexts()) expect(text.trim()).toMatch(JALALI_STAMP)
      await page.screenshot({ path: path.join(shots, `jalali-list-${who}.png`), fullPage: true })
      // Payload remembers a user's chosen columns: forget them, so later tests see the defaults.
      for (const slug of ['letters', 'correspondents']) {
        const res = await page.request.delete(`${inject('baseUrl')}/api/payload-preferences/collection-${slug}`)
        expect(res.status()).toBeLessThan(300)
      }
      await page.close()
    })

    it(`shows a letter's header dates, versions and comparison in Jalali with Persian labels, to ${who}`, async () => {
      const page = await open(`${who}@demo.dabir.ir`)
      await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
      const dates = page.locator('.dabir-doc-dates')
      await dates.waitFor()
      expect(await dates.locator('[data-dabir-date="updatedAt"]').innerText()).toContain('آخرین تغییر')
      expect(await dates.locator('[data-dabir-date="createdAt"]').innerText()).toContain('ایجاد شد')
      for (const value of await dates.locator('.dabir-doc-dates__value').allInnerTexts()) expect(value.trim()).toMatch(JALALI_STAMP)
      // Payload's own Gregorian pair is gone from what a person sees.
      const controls = await page.locator('.doc-controls').first().innerText()
      expect(controls).not.toMatch(GREGORIAN_YEAR)
      expect(controls).not.toMatch(LATIN_DIGIT)

      await page.locator('.doc-tabs').getByRole('link', { name: 'نسخه‌ها' }).click()
      await page.waitForURL(/\/versions$/)
      const rows = page.locator('.dabir-versions__table tbody tr')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(2)
      for (const when of await page.locator('.dabir-versions__table .dabir-versions__when').allInnerTexts()) expect(when.trim()).toMatch(JALALI_STAMP)
      const list = await page.locator('.dabir-versions').innerText()
      expect(list).toContain('تغییردهنده')
      expect(list).toContain(officeName)
      expect(list).toContain('پیش‌نویس') // the letter's status in each version, by its label
      expect(list).not.toMatch(GREGORIAN_YEAR)
      expect(list).not.toMatch(LATIN_DIGIT)
      await page.screenshot({ path: path.join(shots, `jalali-versions-${who}.png`), fullPage: true })

      // The newest version against the one before: the changed fields by Persian label.
      await rows.first().getByRole('link', { name: 'مشاهده و مقایسه' }).click()
      const diff = page.locator('.dabir-version__diff')
      await diff.waitFor()
      const subject = diff.locator('tr[data-dabir-field="subject"]')
      expect(await subject.locator('th').innerText()).toBe('موضوع')
      expect(await subject.locator('.dabir-version__before').innerText()).toBe(SUBJECT_BEFORE)
      expect(await subject.locator('.dabir-version__after').innerText()).toBe(SUBJECT_AFTER)
      expect(await diff.locator('tr[data-dabir-field="urgency"] th').innerText()).toBe('فوریت')
      expect(await diff.locator('tr').count()).toBe(3) // header, subject, urgency: nothing else changed
      const version = await page.locator('.dabir-version').innerText()
      expect(version).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/)
      expect(version).not.toMatch(GREGORIAN_YEAR)
      expect(version).not.toMatch(LATIN_DIGIT)
      await page.screenshot({ path: path.join(shots, `jalali-version-${who}.png`), fullPage: true })
      await page.close()
    })
  }

  it('asks in Persian before restoring an older version, and restores it as the office chief', async () => {
    const page = await open('office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}/versions`)
    const rows = page.locator('.dabir-versions__table tbody tr')
    await rows.first().waitFor()
    // The oldest version is last (newest first).
    await rows.last().getByRole('link', { name: 'مشاهده و مقایسه' }).click()
    await page.getByRole('button', { name: 'بازیابی این نسخه' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    const text = await dialog.innerText()
    expect(text).toContain('بازیابی نسخه')
    expect(text).toMatch(/سند به نسخهٔ [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2} بازگردانده شود؟/)
    expect(text).not.toMatch(/[A-Za-z0-9]/)
    await page.screenshot({ path: path.join(shots, 'jalali-restore-dialog.png') })
    // Cancel closes it and changes nothing …
    await dialog.getByRole('button', { name: 'انصراف' }).click()
    await dialog.waitFor({ state: 'detached' })
    const office = await demoToken('office')
    expect((await api('GET', `/api/letters/${letterId}?depth=0`, undefined, office)).body.subject).toBe(SUBJECT_AFTER)
    // … confirming restores the older subject.
    await page.getByRole('button', { name: 'بازیابی این نسخه' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'بله، بازیابی شود' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/letters/${letterId}$`))
    expect((await api('GET', `/api/letters/${letterId}?depth=0`, undefined, office)).body.subject).toBe(SUBJECT_BEFORE)
    await page.close()
  })

  it('gives a reader who may not read a letter’s versions neither the tab nor the versions', async () => {
    const expert = await demoToken('expert.political')
    // The expert sees the letter …
    expect((await api('GET', `/api/letters/${secretId}?depth=0`, undefined, expert)).status).toBe(200)
    // … but none of its versions, while the office chief does.
    const versions = `/api/letters/versions?where[parent][equals]=${secretId}&depth=0`
    expect((await api('GET', versions, undefined, expert)).body.totalDocs).toBe(0)
    expect((await api('GET', versions, undefined, await demoToken('office'))).body.totalDocs).toBeGreaterThan(0)

    const page = await open('expert.political@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${secretId}`)
    // The letter opens (its subject is a header field the expert may read) …
    await page.locator('#field-subject').waitFor({ timeout: 60_000 })
    await page.locator('.doc-tabs').first().waitFor()
    expect(await page.locator('.doc-tabs').getByText('نسخه‌ها').count()).toBe(0)
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${secretId}/versions`)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('.dabir-versions__table').count()).toBe(0)
    await page.close()
  })
})
