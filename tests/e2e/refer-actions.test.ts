import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addDays, endOfJalaliDay, formatJalaliDate, nowInTehran } from '../../src/lib/jalali'
import { api, demoToken } from '../helpers/app'
import { closeNetwork, launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'

/**
 * The letter page's actions in the built admin, on a closed network: the office chief refers a
 * registered letter to two colleagues with a Jalali deadline (the drawer offers neither the
 * admin, the auditor nor themselves), starts a reply, opens the PDF and the registration
 * stamp; the deputy who received it refers it onward, and no further than the server allows.
 */
describe('the letter page’s actions: ارجاع، پاسخ، پیرو، چاپ، برچسب ثبت', () => {
  let browser: Browser
  const outside: string[] = []
  const errors: string[] = []
  let office: string
  let letterId: number
  let correspondentId: number
  let firstReferral: number
  const people: Record<string, { id: number; fullName: string }> = {}

  async function session(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const origin = new URL(inject('baseUrl')).origin
    const context = await browser.newContext({ locale: 'fa-IR' })
    // The office's intranet has no way out: anything not from the app itself is refused and noted.
    await closeNetwork(context, origin, outside)
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${origin}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    return { context, page }
  }

  /** Opens the drawer and returns the names it offers, in order. */
  async function openDrawer(page: Page): Promise<string[]> {
    await page.getByRole('button', { name: 'ارجاع', exact: true }).click()
    const drawer = page.locator('.refer-drawer')
    await drawer.locator('.refer-drawer__person').first().waitFor({ timeout: 30_000 })
    return drawer.locator('.refer-drawer__name').allTextContents()
  }

  const choose = (page: Page, fullName: string) =>
    page.locator('.refer-drawer__person').filter({ has: page.locator('.refer-drawer__name', { hasText: fullName }) }).locator('input[type="checkbox"]').check()

  beforeAll(async () => {
    browser = await launchBrowser()
    office = await demoToken('office')
    for (const local of ['office', 'admin', 'auditor', 'deputy.political', 'head.political', 'expert.political']) {
      const user = (await api('GET', `/api/users?where[email][equals]=${local}@demo.dabir.ir`, undefined, office)).body.docs[0]
      people[local] = { id: user.id, fullName: user.fullName }
    }
    correspondentId = (await api('POST', '/api/correspondents', { name: 'فرمانداری داراب', kind: 'county-governorate' }, office)).body.doc.id
    const letter = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      subject: 'درخواست مجوز برگزاری همایش',
      urgency: 'urgent',
      sender: { relationTo: 'correspondents', value: correspondentId },
      senderNumber: '۴۴۱/۲۰',
      senderDateJalali: '۱۴۰۵/۰۸/۰۱',
      body: plainToRichText('متن نامهٔ فرمانداری.'),
    }, office)
    expect(letter.status).toBe(201)
    letterId = letter.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('the office chief refers the letter to two colleagues at once with a Jalali deadline (one referral each); the drawer offers no admin, auditor or self', async () => {
    const { context, page } = await session('office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    const offered = await openDrawer(page)
    expect(offered).toContain(people['deputy.political']!.fullName)
    expect(offered).toContain(people['head.political']!.fullName)
    for (const local of ['admin', 'auditor', 'office']) expect(offered, local).not.toContain(people[local]!.fullName)

    await choose(page, people['deputy.political']!.fullName)
    await choose(page, people['head.political']!.fullName)
    await page.getByLabel('هدف ارجاع').selectOption('reply')
    await page.getByLabel('هامش / دستور').fill('بررسی و تهیهٔ پاسخ')
    const day = addDays(nowInTehran(), 10)
    await page.getByLabel('مهلت', { exact: true }).fill(formatJalaliDate(day, { digits: 'persian' }))
    await page.getByLabel('مهلت', { exact: true }).blur()
    await page.getByRole('button', { name: 'ارسال ارجاع' }).click()
    await page.getByRole('status').filter({ hasText: 'ارجاع شد' }).waitFor({ timeout: 30_000 })

    // One referral each, the same paper, purpose, instruction and deadline.
    const sent = await api('GET', `/api/referrals?where[from][equals]=${people.office!.id}&sort=id&limit=2&depth=0&where[record.value][equals]=${letterId}`, undefined, office)
    expect(sent.body.docs).toHaveLength(2)
    expect(sent.body.docs.map((r: { to: number[] }) => r.to)).toEqual([[people['deputy.political']!.id], [people['head.political']!.id]])
    for (const referral of sent.body.docs) {
      expect(referral.record).toEqual({ relationTo: 'letters', value: letterId })
      expect(referral).toMatchObject({ purpose: 'reply', instruction: 'بررسی و تهیهٔ پاسخ', state: 'sent' })
      // A date-only deadline is the end of that day in Tehran.
      expect(referral.deadline).toBe(endOfJalaliDay(day))
    }
    firstReferral = sent.body.docs[0].id
    for (const [index, local] of ['deputy.political', 'head.political'].entries()) {
      const desk = await api('GET', '/api/kartabl', undefined, await demoToken(local))
      expect(desk.body.inbox.docs.map((d: { id: number }) => d.id), local).toContain(sent.body.docs[index].id)
    }
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('«پاسخ» creates an outgoing draft in reply to the letter, to its sender, and opens it', async () => {
    const { context, page } = await session('office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    await page.getByRole('button', { name: 'پاسخ', exact: true }).click()
    await page.waitForURL((url) => /\/collections\/letters\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${letterId}`), { timeout: 30_000 })
    const draftId = Number(new URL(page.url()).pathname.split('/').pop())
    const draft = (await api('GET', `/api/letters/${draftId}?depth=0`, undefined, office)).body
    expect(draft).toMatchObject({ status: 'draft', kind: 'outgoing', subject: 'پاسخ: درخواست مجوز برگزاری همایش', inReplyTo: letterId, urgency: 'urgent' })
    expect(draft.recipients).toEqual([{ relationTo: 'correspondents', value: correspondentId }])
    // The new draft's page is open, with its subject in the form.
    await expect.poll(async () => page.locator('input[name="subject"]').inputValue(), { timeout: 30_000 }).toBe('پاسخ: درخواست مجوز برگزاری همایش')
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('«چاپ / PDF» and «برچسب ثبت» open the letter’s PDF and its stamp in a new tab', async () => {
    const { context, page } = await session('office@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    for (const [name, tail] of [['چاپ / PDF', '/pdf'], ['برچسب ثبت', '/stamp']] as const) {
      const link = page.getByRole('link', { name, exact: true })
      await link.waitFor({ timeout: 30_000 })
      expect(await link.getAttribute('target')).toBe('_blank')
      const href = (await link.getAttribute('href'))!
      expect(href).toBe(`/api/letters/${letterId}${tail}`)
      // With the session's cookie, as the new tab asks for it.
      const res = await context.request.get(new URL(href, inject('baseUrl')).href)
      expect(res.status(), name).toBe(200)
      expect(res.headers()['content-type']).toBe('application/pdf')
      expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-')
    }
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('the deputy who received it refers it onward, under their referral; the drawer and the server keep out the admin, the auditor and themselves', async () => {
    const { context, page } = await session('deputy.political@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    for (const name of ['پاسخ', 'پیرو']) await page.getByRole('button', { name, exact: true }).waitFor({ timeout: 30_000 })
    await page.getByRole('link', { name: 'برچسب ثبت', exact: true }).waitFor()
    const offered = await openDrawer(page)
    for (const local of ['admin', 'auditor', 'deputy.political']) expect(offered, local).not.toContain(people[local]!.fullName)
    await choose(page, people['expert.political']!.fullName)
    await page.getByLabel('هامش / دستور').fill('اقدام شود')
    await page.getByRole('button', { name: 'ارسال ارجاع' }).click()
    await page.getByRole('status').filter({ hasText: 'ارجاع شد' }).waitFor({ timeout: 30_000 })
    const deputy = await demoToken('deputy.political')
    const onward = (await api('GET', `/api/referrals?where[from][equals]=${people['deputy.political']!.id}&sort=-id&limit=1&depth=0`, undefined, deputy)).body.docs[0]
    expect(onward).toMatchObject({ parent: firstReferral, to: [people['expert.political']!.id], state: 'sent' })

    // The referral's own page (where its mail links): for its recipient the instruction is read-only.
    await page.goto(`${inject('baseUrl')}/admin/collections/referrals/${firstReferral}`)
    await page.locator('#field-instruction').waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await expect.poll(() => page.locator('#field-instruction').isDisabled(), { timeout: 30_000 }).toBe(true)

    // What the drawer hides, the server refuses (in Persian), and stores nothing.
    for (const local of ['auditor', 'admin', 'deputy.political']) {
      const res = await api('POST', '/api/referrals', { record: { relationTo: 'letters', value: letterId }, to: [people[local]!.id], purpose: 'action' }, deputy)
      expect(res.status, local).toBe(403)
      expect(res.body.errors[0].message).toMatch(/[\u0600-\u06FF]/)
    }
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a secret letter, the deputy’s drawer greys out colleagues below its level, whom the server refuses too', async () => {
    const secret = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      classification: 'secret',
      subject: 'گزارش سری انتخابات',
      senderNumber: '۵۵۲/۲۰',
      senderDateJalali: '۱۴۰۵/۰۸/۰۲',
      body: plainToRichText('متن گزارش سری.'),
      sender: { relationTo: 'correspondents', value: correspondentId },
    }, office)
    expect(secret.status).toBe(201)
    const toDeputy = await api('POST', '/api/referrals', { record: { relationTo: 'letters', value: secret.body.doc.id }, to: [people['deputy.political']!.id], purpose: 'action' }, office)
    expect(toDeputy.status).toBe(201)

    const { context, page } = await session('deputy.political@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${secret.body.doc.id}`)
    await openDrawer(page)
    const expert = page.locator('.refer-drawer__person').filter({ has: page.locator('.refer-drawer__name', { hasText: people['expert.political']!.fullName }) })
    expect(await expert.locator('input').isDisabled()).toBe(true)
    expect(await expert.textContent()).toContain('سطح دسترسی کافی نیست')
    const res = await api('POST', '/api/referrals', { record: { relationTo: 'letters', value: secret.body.doc.id }, to: [people['expert.political']!.id], purpose: 'action' }, await demoToken('deputy.political'))
    expect(res.status).toBe(403)
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
