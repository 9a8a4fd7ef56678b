import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, demoToken } from '../helpers/app'
import { closeNetwork, launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD } from '../helpers/seed'
import { plainToRichText } from '../../src/lib/letters/text'

/**
 * A walk through every screen of the desk, on the production build, with the network closed:
 * as the office chief, the director and a deputy. A screen fails on any request leaving the
 * app, any page or console error, any Latin letter in its visible text (or placeholders, the
 * values of its text boxes, or the tab title) outside the allowed places below, and any Latin digit.
 *
 * To add a screen, add a row to ROUTES (a path, made from the fixture if it needs a record).
 * Every collection and global linked from the navigation is walked as well, so a new record
 * type is covered without a row.
 */

type Role = 'office' | 'director' | 'deputy.political'
const ROLES: Role[] = ['office', 'director', 'deputy.political']

interface Fixture {
  letterId: number
  referralId: number
  /** A holiday the seed wrote (its source is the reference data's English provenance). */
  holidayId: number
  bookId: number
  /** A unit with an internal code (grp-political). */
  unitId: number
}

interface Route {
  name: string
  path: (f: Fixture) => string
  /** Who may open it (default: all three). */
  roles?: Role[]
}

const ROUTES: Route[] = [
  { name: 'پیشخوان', path: () => '/admin' },
  { name: 'جستجوی اسناد', path: () => '/admin/lookup' },
  { name: 'حساب کاربری', path: () => '/admin/account' },
  { name: 'فهرست نامه‌ها', path: () => '/admin/collections/letters' },
  { name: 'نامهٔ ثبت‌شده', path: (f) => `/admin/collections/letters/${f.letterId}` },
  { name: 'نسخه‌های نامه', path: (f) => `/admin/collections/letters/${f.letterId}/versions` },
  { name: 'نامهٔ تازه', path: () => '/admin/collections/letters/create', roles: ['office'] },
  { name: 'فهرست ارجاع‌ها', path: () => '/admin/collections/referrals' },
  { name: 'ارجاع', path: (f) => `/admin/collections/referrals/${f.referralId}` },
  { name: 'تعطیلی از دادهٔ مرجع', path: (f) => `/admin/collections/holidays/${f.holidayId}` },
  { name: 'دفتر اندیکاتور', path: (f) => `/admin/collections/registry-books/${f.bookId}` },
  { name: 'واحد سازمانی', path: (f) => `/admin/collections/units/${f.unitId}` },
  { name: 'فهرست تقسیمات', path: () => '/admin/collections/divisions' },
  { name: 'فهرست تعطیلات', path: () => '/admin/collections/holidays' },
  // Issue 14's record types, as far as they are built.
  { name: 'فهرست جلسات', path: () => '/admin/collections/meetings' },
  { name: 'جلسهٔ تازه', path: () => '/admin/collections/meetings/create', roles: ['office'] },
  { name: 'فهرست کمیسیون‌ها', path: () => '/admin/collections/commissions' },
  { name: 'فهرست اتاق‌ها و مکان‌ها', path: () => '/admin/collections/places' },
]

/**
 * Latin that may be shown, each with why: removed from the text before the check.
 * Anything else in Latin letters, and any Latin digit, fails the screen.
 */
const ALLOWED_LATIN: { why: string; pattern: RegExp }[] = [
  { why: 'email addresses (accounts, senders)', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { why: 'file names with their extension', pattern: /[^\s«»"']*\.(?:pdf|docx|jpe?g|png|tiff?|webp)\b/gi },
  { why: 'file-type names as staff know them', pattern: /\b(?:PDF|JPEG|PNG|TIFF|WebP|Word|docx)\b/g },
  { why: 'reference-data keys of divisions (county:0701)', pattern: /\b(?:province|county|district|rural_district|city|urban_district|village):\d+\b/g },
  { why: 'a file\'s SHA-256 digest and its name', pattern: /\bSHA-256\b|\b[0-9a-f]{64}\b/g },
]

const LATIN = /[A-Za-z]+/g
const LATIN_DIGITS = /[0-9]+/g

/**
 * What a person reads on the page: visible text, placeholders, the values of visible text boxes
 * (a read-only registry number, a template), the tab's title.
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
      // checkVisibility: a box folded in a closed <details> is laid out but not shown.
      (el) => el.checkVisibility() && (el.tagName === 'TEXTAREA' || ['text', 'email', 'search', ''].includes(el.getAttribute('type') ?? '')),
    )
    const placeholders = boxes.map((el) => el.placeholder).filter(Boolean)
    const values = boxes.map((el) => el.value).filter(Boolean)
    return [document.title, document.body.innerText, ...placeholders, ...values].join('\n')
  })
}

/** The Latin letters and digits left once the allowed places are taken out, with some context. */
export function strayLatin(text: string): string[] {
  let rest = text
  for (const { pattern } of ALLOWED_LATIN) rest = rest.replace(pattern, ' ')
  const found: string[] = []
  for (const re of [LATIN, LATIN_DIGITS]) {
    for (const m of rest.matchAll(re)) {
      const at = m.index ?? 0
      found.push(`«${m[0]}» in «${rest.slice(Math.max(0, at - 25), at + m[0].length + 25).replace(/\s+/g, ' ')}»`)
    }
  }
  return [...new Set(found)]
}

describe('the desk, screen by screen, in Persian and on a closed network', () => {
  let browser: Browser
  let origin: string
  const fixture: Fixture = { letterId: 0, referralId: 0, holidayId: 0, bookId: 0, unitId: 0 }

  beforeAll(async () => {
    origin = new URL(inject('baseUrl')).origin
    browser = await launchBrowser()
    const token = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری کازرون', kind: 'county-governorate' }, token)
    const letter = await api(
      'POST',
      '/api/letters',
      {
        kind: 'incoming',
        status: 'registered',
        subject: 'درخواست تعیین محدودهٔ بخش',
        sender: { relationTo: 'correspondents', value: sender.body.doc.id },
        senderNumber: '۴۵۶/ک',
        body: plainToRichText('درخواست فرمانداری دربارهٔ محدودهٔ بخش.'),
        senderDateJalali: '۱۴۰۵/۰۸/۰۱',
        urgency: 'normal',
      },
      token,
    )
    expect(letter.status).toBe(201)
    fixture.letterId = letter.body.doc.id
    const deputy = await api('GET', '/api/users?where[email][equals]=deputy.political@demo.dabir.ir&depth=0', undefined, token)
    const referral = await api(
      'POST',
      '/api/referrals',
      { record: { relationTo: 'letters', value: fixture.letterId }, to: [deputy.body.docs[0].id], purpose: 'action', instruction: 'بررسی و گزارش شود.' },
      token,
    )
    expect(referral.status).toBe(201)
    fixture.referralId = referral.body.doc.id
    const first = async (query: string) => {
      const found = await api('GET', `${query}&limit=1&depth=0`, undefined, token)
      expect(found.body.docs, query).toHaveLength(1)
      return found.body.docs[0].id as number
    }
    fixture.holidayId = await first('/api/holidays?where[seedKey][like]=iran-holidays')
    fixture.bookId = await first('/api/registry-books?where[code][equals]=و')
    fixture.unitId = await first('/api/units?where[code][equals]=grp-political')
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const role of ROLES) {
    it(`as ${role}: every screen loads from the app alone, without errors, English or Latin digits`, async () => {
      const context = await browser.newContext({ locale: 'en-US' })
      const outside: string[] = []
      const errors: string[] = []
      // A closed intranet: anything not from the app itself is refused and noted.
      await closeNetwork(context, origin, outside)
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`)
      })
      await page.goto(`${origin}/admin/login`)
      await page.fill('input[name="email"]', `${role}@demo.dabir.ir`)
      await page.fill('input[name="password"]', DEMO_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
      await page.waitForSelector('nav')

      // The table, then every collection and global the navigation offers this person.
      const navPaths = await page.$$eval('nav a[href]', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => /^\/admin\/(collections|globals)\//.test(p)),
      )
      const screens = new Map<string, string>()
      for (const route of ROUTES) if (!route.roles || route.roles.includes(role)) screens.set(route.path(fixture), route.name)
      for (const p of navPaths) if (!screens.has(p)) screens.set(p, `از فهرست کناری: ${p}`)

      const failures: string[] = []
      for (const [path, name] of screens) {
        const before = { outside: outside.length, errors: errors.length }
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 60_000 })
        if (!response || response.status() >= 400) failures.push(`${name} (${path}): HTTP ${response?.status()}`)
        await page.waitForFunction(() => !document.body.innerText.includes('در حال بارگذاری'), null, { timeout: 30_000 }).catch(() => undefined)
        const texts = [await visibleText(page)]
        // A document's field tabs (مشخصات، متن و پیوست‌ها…) each show their own fields.
        const tabButtons = page.locator('.tabs-field__tab-button')
        for (let i = 0; i < (await tabButtons.count()); i++) {
          await tabButtons.nth(i).click()
          texts.push(await visibleText(page))
        }
        for (const stray of strayLatin(texts.join('\n'))) failures.push(`${name} (${path}): ${stray}`)
        for (const url of outside.slice(before.outside)) failures.push(`${name} (${path}): outside request ${url}`)
        for (const e of errors.slice(before.errors)) failures.push(`${name} (${path}): ${e}`)
      }
      await context.close()
      expect(failures).toEqual([])
    }, 600_000)
  }
})

describe('the allow-list of the walk', () => {
  it('lets emails, file names, file types and division keys through and catches English and Latin digits', () => {
    expect(strayLatin('office@demo.dabir.ir — نامه.pdf — سند PDF — county:0701')).toEqual([])
    expect(strayLatin('شناسه: ۲')).toEqual([])
    expect(strayLatin('Successfully saved 1 files')).not.toEqual([])
    expect(strayLatin('۱۴۰۵/و/12')).toEqual(['«12» in «۱۴۰۵/و/12»'])
  })
})
