import type { Browser, BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'

import { closeNetwork } from './browser'
import { DEMO_PASSWORD } from './seed'

/** A JSON request to the running app (`npm start`, started by serverSetup). */
export async function api(method: string, url: string, body?: unknown, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${inject('baseUrl')}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

/** A demo account's token from the running app. */
export async function demoToken(local: string): Promise<string> {
  return (await api('POST', '/api/users/login', { email: `${local}@demo.dabir.ir`, password: DEMO_PASSWORD })).body.token
}

/** Logs a demo account into the admin panel in `page`. */
export async function adminLogin(page: Page, email: string) {
  await page.goto(`${inject('baseUrl')}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

/** A logged-in browser session of the admin, with the network closed to all but the app. */
export type AdminSession = { context: BrowserContext; page: Page; outside: string[]; errors: string[] }

/**
 * Logs demo account `local` into the admin in a new Persian (fa-IR) context of `browser`, every
 * host but the app's blocked (`outside` lists what was asked of them; `errors`, page errors).
 * Waits are generous, never assertions of speed: the machine is shared by several builds.
 */
export async function adminSession(browser: Browser, local: string, viewport = { width: 1280, height: 900 }): Promise<AdminSession> {
  const origin = new URL(inject('baseUrl')).origin
  const context = await browser.newContext({ locale: 'fa-IR', viewport })
  context.setDefaultTimeout(90_000)
  context.setDefaultNavigationTimeout(90_000)
  const session: AdminSession = { context, page: await context.newPage(), outside: [], errors: [] }
  await closeNetwork(context, origin, session.outside)
  session.page.on('pageerror', (error) => session.errors.push(error.message))
  await session.page.goto(`${origin}/admin/login`)
  await session.page.fill('input[name="email"]', `${local}@demo.dabir.ir`)
  await session.page.fill('input[name="password"]', DEMO_PASSWORD)
  await session.page.click('button[type="submit"]')
  await session.page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 90_000 })
  return session
}
