import path from 'path'
import { plainToRichText } from '../../src/lib/letters/text'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

describe('the kartabl on the admin dashboard', () => {
  let browser: Browser
  let referralId: number

  beforeAll(async () => {
    browser = await launchBrowser()
    const office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'بخشداری مرکزی', kind: 'district-office' }, office)
    const letter = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      subject: 'درخواست بررسی تقسیمات دهستان',
      urgency: 'urgent',
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
      senderNumber: 'KT-1',
      senderDateJalali: '۱۴۰۵/۰۸/۰۱',
      body: plainToRichText('بررسی تقسیمات دهستان'),
    }, office)
    expect(letter.status).toBe(201)
    const expert = (await api('GET', '/api/users?where[email][equals]=expert.divisions@demo.dabir.ir', undefined, office)).body.docs[0]
    const referral = await api('POST', '/api/referrals', {
      record: { relationTo: 'letters', value: letter.body.doc.id },
      to: [expert.id],
      purpose: 'action',
      instruction: 'بررسی و گزارش تا پایان هفته',
    }, office)
    expect(referral.status).toBe(201)
    referralId = referral.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows my referrals in Persian and works them with one click each', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'expert.divisions@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin`)
    const row = page.locator(`tr[data-referral="${referralId}"]`)
    await row.waitFor({ timeout: 30_000 })
    expect(await page.locator('.kartabl h2').textContent()).toBe('کارتابل من')
    expect(await row.textContent()).toContain('درخواست بررسی تقسیمات دهستان')
    expect(await row.textContent()).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/)
    await page.screenshot({ path: path.join(shots, 'kartabl.png'), fullPage: true })

    // Refer onward: the same paper to a colleague, as a child of this referral.
    const gis = (await api('GET', '/api/users?where[email][equals]=expert.gis@demo.dabir.ir', undefined, await demoToken('office'))).body.docs[0]
    await row.getByRole('button', { name: 'ارجاع به دیگری' }).click()
    await row.getByLabel('گیرنده').selectOption(String(gis.id))
    await row.getByLabel('هامش').fill('نظر فنی بدهید')
    await row.getByRole('button', { name: 'ارجاع', exact: true }).click()
    await expect
      .poll(async () => (await api('GET', `/api/referrals?where[parent][equals]=${referralId}`, undefined, await demoToken('office'))).body.totalDocs)
      .toBe(1)

    await row.getByRole('button', { name: 'در دست اقدام' }).click()
    // The state cell, not the row: the row also holds a button of that name.
    await expect.poll(async () => (await row.locator('td').nth(3).textContent()) ?? '').toBe('در دست اقدام')
    page.once('dialog', (dialog) => void dialog.accept('بررسی شد؛ گزارش پیوست است.'))
    await row.getByRole('button', { name: 'انجام شد' }).click()
    await row.waitFor({ state: 'detached', timeout: 30_000 })
    await page.close()

    const stored = await api('GET', `/api/referrals/${referralId}`, undefined, await demoToken('office'))
    expect(stored.body.state).toBe('done')
    expect(stored.body.response).toBe('بررسی شد؛ گزارش پیوست است.')
  })
})
