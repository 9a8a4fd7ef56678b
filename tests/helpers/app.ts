import type { Page } from 'playwright-core'
import { inject } from 'vitest'

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
