import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD } from '../helpers/seed'

/** The headers every page and API answer carries (next.config.mjs `headers()`). */
function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp, what).toContain("default-src 'self'")
  expect(csp, what).toContain("frame-ancestors 'none'")
  // Only this origin: no other host named anywhere in the policy.
  expect(csp, what).not.toMatch(/https?:|\*/)
  expect(headers.get('x-frame-options'), what).toBe('DENY')
  expect(headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(headers.get('referrer-policy'), what).toBe('same-origin')
}

describe('security headers on the built server', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('sends the CSP, X-Frame-Options, nosniff and Referrer-Policy on /admin and /api', async () => {
    const base = inject('baseUrl')
    const admin = await fetch(`${base}/admin/login`)
    expect(admin.status).toBe(200)
    expectSecurityHeaders(admin.headers, '/admin/login')
    const redirect = await fetch(`${base}/admin`, { redirect: 'manual' })
    expectSecurityHeaders(redirect.headers, '/admin')
    const me = await fetch(`${base}/api/users/me`)
    expect(me.status).toBe(200)
    expectSecurityHeaders(me.headers, '/api/users/me')
    const graphql = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ __typename }"}' })
    expect(graphql.status).toBe(401)
  })

  /** A page that records every CSP violation the browser reports. */
  async function watchedPage() {
    const page = await browser.newPage({ locale: 'en-US' })
    const violations: string[] = []
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) violations.push(msg.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
    })
    return { page, violations }
  }

  it('renders the login page under the policy without a single violation', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${inject('baseUrl')}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    await page.waitForLoadState('networkidle')
    // The page is interactive: React hydrated despite the policy.
    await page.fill('input[name="email"]', 'nobody@test.dabir.ir')
    expect(await page.inputValue('input[name="email"]')).toBe('nobody@test.dabir.ir')
    expect(violations).toEqual([])
    await page.close()
  })

  it('renders the dashboard (kartabl) and the lookup after logging in, without a violation', async () => {
    const base = inject('baseUrl')
    // An account of this file's own, made by the demo admin.
    const admin = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.dabir.ir', password: DEMO_PASSWORD }) })
    const { token } = (await admin.json()) as { token: string }
    const created = await fetch(`${base}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ email: 'csp-e2e@test.dabir.ir', password: DEMO_PASSWORD, fullName: 'آزمون سیاست امنیتی', roles: ['expert'], clearance: 'normal' }),
    })
    expect(created.status).toBe(201)

    const { page, violations } = await watchedPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', 'csp-e2e@test.dabir.ir')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.waitForSelector('nav')
    await page.waitForLoadState('networkidle')
    await page.goto(`${base}/admin/lookup`)
    await page.waitForLoadState('networkidle')
    expect(await page.textContent('body')).toContain('جستجو')
    expect(violations).toEqual([])
    await page.close()
  })
})
