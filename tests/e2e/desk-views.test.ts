import fs from 'fs'
import path from 'path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatJalaliDate } from '../../src/lib/jalali'
import { toPersianDigits } from '../../src/lib/persian'
import { api, demoToken } from '../helpers/app'
import { closeNetwork, launchBrowser } from '../helpers/browser'
import { textLines } from '../helpers/pdf'
import { DEMO_PASSWORD, repoRoot } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'

/**
 * The desk's views in the built admin, on a closed network (every host but the app's refused):
 * the referral tree on a letter (as the office chief and as a deputy who sees one branch only),
 * the registry book page and the director's daily digest page, and who is shown their links.
 */
const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')
const latinDigit = /[0-9]/
// Each test logs in and opens several admin pages of the built app; on the shared 2-core machine one takes 80–100 s.
const SLOW = 300_000

type Session = { context: BrowserContext; page: Page; outside: string[]; errors: string[] }

describe('the desk views: referral tree, registry book, daily digest', () => {
  let browser: Browser
  const sessions: Session[] = []
  const subject = 'درخواست برگزاری نشست هماهنگی انتخابات شوراها'
  const hiddenInstruction = 'هامش ویژهٔ معاون انتخابات'
  let letterId: number
  let registryNumber: string
  let bookName: string
  let ids: { root: number; onward: number; hidden: number }

  /** A browser context logged in as `email`, refusing and noting every request to another host. */
  async function session(email: string): Promise<Session> {
    const origin = new URL(inject('baseUrl')).origin
    const context = await browser.newContext({ locale: 'fa-IR', acceptDownloads: true })
    const s: Session = { context, page: undefined as never, outside: [], errors: [] }
    await closeNetwork(context, origin, s.outside)
    s.page = await context.newPage()
    s.page.on('pageerror', (error) => s.errors.push(error.message))
    await s.page.goto(`${origin}/admin/login`)
    await s.page.fill('input[name="email"]', email)
    await s.page.fill('input[name="password"]', DEMO_PASSWORD)
    await s.page.click('button[type="submit"]')
    await s.page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    sessions.push(s)
    return s
  }

  /** A picture for a person to look at: an artefact, not an assertion, so a slow capture on the loaded machine does not fail the test. */
  const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, name), fullPage: true, timeout: 60_000 }).catch(() => undefined)

  const clean = (s: Session) => {
    expect(s.outside).toEqual([])
    expect(s.errors).toEqual([])
  }

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true })
    browser = await launchBrowser()
    const office = await demoToken('office')
    const userId = async (local: string) => (await api('GET', `/api/users?where[email][equals]=${local}@demo.dabir.ir`, undefined, office)).body.docs[0].id as number
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری شهرستان فسا', kind: 'county-governorate' }, office)
    const letter = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      subject,
      senderNumber: '۷۸۹/ف',
      senderDateJalali: '1405/08/25',
      body: plainToRichText('گزارش فرمانداری دربارهٔ جلسهٔ شورای تأمین.'),
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
    }, office)
    expect(letter.status).toBe(201)
    letterId = letter.body.doc.id
    registryNumber = letter.body.doc.registryNumber
    const book = letter.body.doc.registryBook
    bookName = typeof book === 'object' ? book.name : (await api('GET', `/api/registry-books/${book}`, undefined, office)).body.name

    // Office → deputy (political) → head (political), who answers; office → deputy (elections), a branch the first deputy is not in.
    const about = { relationTo: 'letters', value: letterId }
    const root = await api('POST', '/api/referrals', { record: about, to: [await userId('deputy.political')], purpose: 'action', instruction: 'هماهنگی و گزارش' }, office)
    expect(root.status).toBe(201)
    const deputy = await demoToken('deputy.political')
    await api('GET', `/api/referrals/${root.body.doc.id}`, undefined, deputy)
    const onward = await api('POST', '/api/referrals', { record: about, to: [await userId('head.political')], purpose: 'review', instruction: 'نظر گروه را بدهید', parent: root.body.doc.id }, deputy)
    expect(onward.status).toBe(201)
    const head = await demoToken('head.political')
    await api('GET', `/api/referrals/${onward.body.doc.id}`, undefined, head)
    expect((await api('PATCH', `/api/referrals/${onward.body.doc.id}`, { state: 'done', response: 'گروه موافق است' }, head)).status).toBe(200)
    const hidden = await api('POST', '/api/referrals', { record: about, to: [await userId('deputy.elections')], purpose: 'information', instruction: hiddenInstruction }, office)
    expect(hidden.status).toBe(201)
    ids = { root: root.body.doc.id, onward: onward.body.doc.id, hidden: hidden.body.doc.id }
  })

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined)
    await browser?.close()
  })

  it('office chief: the letter shows its referral tree — nested, folding and unfolding, dates Jalali in Persian digits', async () => {
    const s = await session('office@demo.dabir.ir')
    const { page } = s
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    // The tree is in the letter's «ارتباط‌ها» tab.
    await page.locator('.tabs-field__tab-button', { hasText: 'ارتباط‌ها' }).click()
    const tree = page.locator('.referral-tree')
    await tree.waitFor({ timeout: 60_000 })
    const root = tree.locator(`li[data-referral="${ids.root}"]`)
    const onward = root.locator(`li[data-referral="${ids.onward}"]`)
    await expect.poll(() => onward.count()).toBe(1)
    expect(await tree.locator(`li[data-referral="${ids.hidden}"]`).count()).toBe(1)
    const text = (await tree.textContent()) ?? ''
    for (const phrase of ['جهت اقدام', 'جهت بررسی و اظهار نظر', 'هماهنگی و گزارش', 'نظر گروه را بدهید', 'گروه موافق است', 'انجام‌شده', hiddenInstruction]) expect(text).toContain(phrase)
    expect(text).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/)
    expect(text).not.toMatch(latinDigit)
    await shoot(page, 'referral-tree.png')

    // Fold the deputy's branch: the head's referral goes; unfold: it is back.
    await root.getByRole('button', { name: 'بستن ارجاع‌های بعدی' }).first().click()
    await expect.poll(() => onward.count()).toBe(0)
    expect(await root.getAttribute('aria-expanded')).toBe('false')
    await root.getByRole('button', { name: 'باز کردن ارجاع‌های بعدی' }).first().click()
    await expect.poll(() => onward.count()).toBe(1)
    await tree.getByRole('button', { name: 'بستن همه' }).click()
    await expect.poll(() => onward.count()).toBe(0)
    await tree.getByRole('button', { name: 'باز کردن همه' }).click()
    await expect.poll(() => onward.count()).toBe(1)
    clean(s)
  }, SLOW)

  it('office chief: the registry book page, reached from the dashboard, makes the PDF of a book and a Jalali period', async () => {
    const s = await session('office@demo.dabir.ir')
    const { page } = s
    await page.goto(`${inject('baseUrl')}/admin`)
    const card = page.locator('a[data-report="registry-book"]')
    await card.waitFor({ timeout: 60_000 })
    expect(await page.locator('#nav-registry-book').count()).toBe(1)
    await card.click()
    await page.waitForURL((url) => url.pathname === '/admin/registry-book')
    const select = page.locator('#registry-book-select')
    await select.waitFor({ timeout: 60_000 })
    // The incoming book is offered first (the office's own order, not the alphabet's).
    expect(await select.locator('option:checked').innerText()).toBe('دفتر نامه‌های وارده')
    await select.selectOption({ label: bookName })
    // The period is typed with the desk's Jalali picker: today, in Persian digits.
    const today = formatJalaliDate(new Date(), { digits: 'persian' })
    for (const label of ['از تاریخ', 'تا تاریخ']) {
      const input = page.getByLabel(label, { exact: true })
      await input.fill(today)
      await input.blur()
    }
    await page.getByRole('button', { name: 'تهیهٔ PDF' }).click()
    const save = page.getByRole('link', { name: 'ذخیرهٔ PDF' })
    await save.waitFor({ timeout: 60_000 })
    expect(await page.getByRole('link', { name: 'باز کردن PDF' }).count()).toBe(1)
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!))
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const lines = await textLines(bytes)
    expect(lines).toContain(toPersianDigits(registryNumber))
    expect(lines.join('\n')).toContain(`از ${today} تا ${today}`)
    await shoot(page, 'registry-book-page.png')
    clean(s)
  }, SLOW)

  it('director: the daily digest page shows today in Persian digits, the new letter among it', async () => {
    const s = await session('director@demo.dabir.ir')
    const { page } = s
    await page.goto(`${inject('baseUrl')}/admin`)
    const card = page.locator('a[data-report="digest"]')
    await card.waitFor({ timeout: 60_000 })
    await card.click()
    await page.waitForURL((url) => url.pathname === '/admin/digest')
    const digest = page.locator(`.desk-report__digest[data-day="${formatJalaliDate(new Date())}"]`)
    await digest.waitFor({ timeout: 60_000 })
    const text = (await digest.textContent()) ?? ''
    expect(text).toContain('نامه‌های ثبت‌شدهٔ تازه')
    expect(text).toContain(subject)
    expect(text).toContain(toPersianDigits(registryNumber))
    expect(text).toContain(formatJalaliDate(new Date(), { digits: 'persian' }))
    expect(text).not.toMatch(latinDigit)
    await shoot(page, 'digest-page.png')
    clean(s)
  }, SLOW)

  it('deputy: the tree shows only their branch (the other deputy’s referral and its instruction are absent); links mirror the endpoints', async () => {
    const s = await session('deputy.political@demo.dabir.ir')
    const { page } = s
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    // The tree is in the letter's «ارتباط‌ها» tab.
    await page.locator('.tabs-field__tab-button', { hasText: 'ارتباط‌ها' }).click()
    const tree = page.locator('.referral-tree')
    await tree.waitFor({ timeout: 60_000 })
    await expect.poll(() => tree.locator(`li[data-referral="${ids.onward}"]`).count()).toBe(1)
    expect(await tree.locator(`li[data-referral="${ids.root}"]`).count()).toBe(1)
    expect(await tree.locator(`li[data-referral="${ids.hidden}"]`).count()).toBe(0)
    expect((await tree.textContent()) ?? '').not.toContain(hiddenInstruction)

    // A deputy signs, so both endpoints serve them: both links, as the endpoints' own rules say.
    await page.goto(`${inject('baseUrl')}/admin`)
    await page.locator('.desk-reports').waitFor({ timeout: 60_000 })
    expect(await page.locator('a[data-report="registry-book"]').count()).toBe(1)
    expect(await page.locator('a[data-report="digest"]').count()).toBe(1)
    clean(s)
  }, SLOW)

  it('no link to a page one may not use: the auditor gets the registry book only, an expert neither; the page and the API refuse them', async () => {
    const auditor = await session('auditor@demo.dabir.ir')
    await auditor.page.goto(`${inject('baseUrl')}/admin`)
    await auditor.page.locator('a[data-report="registry-book"]').waitFor({ timeout: 60_000 })
    expect(await auditor.page.locator('a[data-report="digest"]').count()).toBe(0)
    expect(await auditor.page.locator('#nav-digest').count()).toBe(0)
    expect(await auditor.page.locator('#nav-registry-book').count()).toBe(1)

    const expert = await session('expert.political@demo.dabir.ir')
    await expert.page.goto(`${inject('baseUrl')}/admin`)
    await expert.page.locator('.dashboard').first().waitFor({ timeout: 60_000 })
    expect(await expert.page.locator('.desk-reports, #nav-registry-book, #nav-digest').count()).toBe(0)
    await expert.page.goto(`${inject('baseUrl')}/admin/digest`)
    const refusal = expert.page.locator('.desk-report__error')
    await refusal.waitFor({ timeout: 60_000 })
    expect(await refusal.textContent()).toContain('گزارش روزانه برای مدیرکل')
    expect(await expert.page.locator('.desk-report__digest').count()).toBe(0)
    const token = await demoToken('expert.political')
    expect((await api('GET', '/api/digest', undefined, token)).status).toBe(403)
    clean(auditor)
    clean(expert)
  }, SLOW)
})
